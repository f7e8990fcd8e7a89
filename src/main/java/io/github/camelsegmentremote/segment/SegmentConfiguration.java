package io.github.camelsegmentremote.segment;

import io.github.camelsegmentremote.client.ApiClientConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * Options of a {@code segment:} endpoint. The component holds one instance as defaults; each endpoint works on
 * its own copy, so endpoints with different tokens, write keys and regions live side by side.
 */
@UriParams
public class SegmentConfiguration extends ApiClientConfiguration {

    @UriPath(description = "The operation: a Segment Public API operationId (listSources, getWorkspace, "
            + "updateSchemaSettingsInSource, ...) or a Tracking API call (identify, track, group, page, screen, "
            + "alias, batch)")
    @Metadata(required = true)
    private String operation;

    @UriParam(defaultValue = "us", description = "The region of the workspace: us or eu. It decides the host of "
            + "the Public API (api.segmentapis.com or eu1.api.segmentapis.com) and the Tracking API "
            + "(api.segment.io or events.eu1.segmentapis.com)")
    private SegmentRegion region = SegmentRegion.us;
    @UriParam(label = "advanced", defaultValue = "0", description = "Client-side limit of requests per second "
            + "for this endpoint; 0 = no client-side limit (the API's 429s are still honoured)")
    private int requestsPerSecond;

    // ---- Public API ----
    @UriParam(label = "security", secret = true, description = "Public API token (Bearer). It is scoped to one "
            + "workspace, which lives in one region: set region=eu for EU workspaces")
    private String token;
    @UriParam(label = "publicapi", defaultValue = "v1", description = "Public API version sent in the Accept "
            + "header: v1, v1beta or v1alpha")
    private SegmentApiVersion apiVersion = SegmentApiVersion.v1;

    // ---- Tracking API ----
    @UriParam(label = "security", secret = true, description = "Write key of the source the Tracking API calls "
            + "(identify, track, group, page, screen, alias, batch) send to")
    private String writeKey;

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public SegmentRegion getRegion() {
        return region;
    }

    public void setRegion(SegmentRegion region) {
        this.region = region;
    }

    public int getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(int requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    // ---- Public API accessors ----

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public SegmentApiVersion getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(SegmentApiVersion apiVersion) {
        this.apiVersion = apiVersion;
    }

    // ---- Tracking API accessors ----

    public String getWriteKey() {
        return writeKey;
    }

    public void setWriteKey(String writeKey) {
        this.writeKey = writeKey;
    }

    // ---- end of accessors ----

    public SegmentConfiguration copy() {
        return (SegmentConfiguration) copyInstance();
    }
}
