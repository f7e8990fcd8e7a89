package io.github.camelsegmentremote.remote;

import java.util.Map;

import io.github.camelsegmentremote.client.ApiException;
import io.github.camelsegmentremote.client.ApiRequest;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of a {@code remote:} producer: the credentials work against the endpoint's environment, checked with
 * the cheapest authenticated call, {@code GET /v1/employments?page_size=1}. Details name the environment, base URL
 * and HTTP status, never a credential.
 */
final class RemoteProducerHealthCheck extends AbstractHealthCheck {

    private final RemoteEndpoint endpoint;

    RemoteProducerHealthCheck(RemoteEndpoint endpoint, String id) {
        super("camel", "producer:remote-" + id);
        this.endpoint = endpoint;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("environment", endpoint.getConfiguration().getEnvironment().name());
        builder.detail("baseUrl", endpoint.baseUrl());
        if (!endpoint.isStarted()) {
            builder.message("The endpoint is not started").down();
            return;
        }
        ApiRequest probe = ApiRequest.builder("GET", "/v1/employments").query("page_size", 1)
                .operation("health check (listEmployments)").build();
        try {
            endpoint.client().execute(probe);
            builder.up();
        } catch (ApiException e) {
            builder.detail(SERVICE_STATUS_CODE, e.status());
            if (e.errorType() != null) {
                builder.detail(SERVICE_ERROR_CODE, e.errorType());
            }
            builder.message(e.getMessage()).error(e).down();
        }
    }
}
