package io.github.camelsegmentremote.segment;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.ApiException;
import io.github.camelsegmentremote.client.ApiRequest;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of a {@code segment:} producer: can its token read its workspace? Calls {@code getWorkspace} (the
 * Config API: {@code listWorkspaces}, one item) without retrying. The details name the region, API and host,
 * never the token.
 */
final class SegmentHealthCheck extends AbstractHealthCheck {

    private final SegmentEndpoint endpoint;
    private final SegmentApiInvoker invoker;

    SegmentHealthCheck(SegmentEndpoint endpoint, SegmentApiInvoker invoker) {
        super("camel", "producer:segment-" + endpoint.getId());
        this.endpoint = endpoint;
        this.invoker = invoker;
    }

    @Override
    public boolean isLiveness() {
        // An unreachable or refusing API does not make restarting the application any use.
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        SegmentConfiguration configuration = endpoint.getConfiguration();
        builder.detail("operation", configuration.getOperation());
        builder.detail("apiFamily", invoker.family().name().toLowerCase(Locale.ROOT));
        builder.detail("region", configuration.getRegion().name());
        builder.detail("baseUrl", invoker.client().baseUrl());
        boolean publicApi = invoker.family() == SegmentApiFamily.PUBLIC;
        ApiRequest probe = (publicApi
                ? ApiRequest.builder("GET", "/").operation("getWorkspace")
                : ApiRequest.builder("GET", "/v1beta/workspaces").operation("listWorkspaces").query("page_size", 1))
                .retryable(false)
                .build();
        try {
            JsonNode answer = invoker.execute(probe).json();
            if (publicApi) {
                builder.detail("workspace", answer.path("data").path("workspace").path("slug").asText(null));
            }
            builder.up();
        } catch (ApiException e) {
            builder.detail(HealthCheck.HTTP_RESPONSE_CODE, e.status());
            builder.message(e.getMessage());
            builder.error(e);
            builder.down();
        }
    }
}
