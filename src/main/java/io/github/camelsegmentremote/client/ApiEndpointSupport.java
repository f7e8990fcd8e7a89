package io.github.camelsegmentremote.client;

import org.apache.camel.Component;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.URISupport;

/**
 * What the project's endpoints share: the endpoint URI Camel shows, logs and exposes over JMX is masked (tokens,
 * write keys, passwords), and endpoints are told apart by the URI as written, credentials included, so two endpoints
 * that differ only in their credential stay two endpoints (Camel compares endpoints by their URI, and both would
 * show the same masked one).
 */
public abstract class ApiEndpointSupport extends ScheduledPollEndpoint {

    /** The URI as written, credentials included; never shown, only compared. */
    private final String identity;

    protected ApiEndpointSupport(String uri, Component component) {
        super(URISupport.sanitizeUri(uri), component);
        this.identity = uri;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiEndpointSupport that && getClass() == that.getClass()
                && identity.equals(that.identity) && getCamelContext() == that.getCamelContext();
    }

    @Override
    public int hashCode() {
        return identity.hashCode();
    }
}
