package io.github.camelsegmentremote.segment;

import java.util.Map;

import io.github.camelsegmentremote.client.ApiError;
import io.github.camelsegmentremote.sandbox.Fault;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxServer;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentCatalog;
import io.github.camelsegmentremote.segment.model.Workspace;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Segment's errors as typed exceptions, and which failures are retried. */
class SegmentErrorsTest extends CamelTestSupport {

    private static Sandbox sandbox;
    private static SandboxServer server;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().start();
        server = sandbox.segmentUs();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void resetSandbox() {
        sandbox.reset();
    }

    private static String us(String operation, String options) {
        return "segment:" + operation + "?token=RAW(" + SandboxTokens.SEGMENT_US_TOKEN + ")&baseUrl="
                + server.baseUrl() + "&initialBackoff=10" + (options.isEmpty() ? "" : "&" + options);
    }

    private static SegmentApiException failure(Runnable call) {
        try {
            call.run();
        } catch (CamelExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(SegmentApiException.class);
            return (SegmentApiException) e.getCause();
        }
        throw new AssertionError("the call did not fail");
    }

    @Test
    void readsAreRetriedAfterServerErrors() {
        server.faults().failNext(Fault.SERVER_ERROR, 2);
        long requests = server.stats().path("requests").asLong();
        Workspace workspace = template.requestBody(us("getWorkspace", ""), (Object) null, Workspace.class);
        assertThat(workspace.getSlug()).isEqualTo("sandbox-us");
        assertThat(server.stats().path("requests").asLong() - requests).isEqualTo(3);
    }

    @Test
    void pagesAreRetriedMidIteration() {
        sandbox.segmentWorld().us().addSources(30, "bulk");
        Iterable<?> items = template.requestBody(us("listSources", "pageSize=10"), (Object) null, Iterable.class);
        server.faults().failNext(Fault.RESET, 1);
        int count = 0;
        for (Object ignored : items) {
            count++;
        }
        assertThat(count).isEqualTo(sandbox.segmentWorld().us().sourceCount());
        assertThat(server.stats().path("resets").asLong()).isEqualTo(1);
    }

    @Test
    void aFailedCreateIsNotSentAgain() {
        int before = sandbox.segmentWorld().us().sourceCount();
        server.faults().failNext(Fault.SERVER_ERROR, 1);
        long requests = server.stats().path("requests").asLong();
        SegmentApiException e = failure(() -> template.requestBody(us("createSource", ""), Map.of("slug", "once",
                "enabled", true, "metadataId", SegmentCatalog.NODE_SOURCE_ID)));
        assertThat(e.status()).isGreaterThanOrEqualTo(500);
        assertThat(e.operation()).isEqualTo("createSource");
        assertThat(e.method()).isEqualTo("POST");
        assertThat(server.stats().path("requests").asLong() - requests).isEqualTo(1);
        assertThat(sandbox.segmentWorld().us().sourceCount()).isEqualTo(before);
    }

    @Test
    void rateLimitedCallsWaitAndRetry() {
        server.faults().failNext(Fault.RATE_LIMIT, 1);
        Workspace workspace = template.requestBody(us("getWorkspace", ""), (Object) null, Workspace.class);
        assertThat(workspace.getSlug()).isEqualTo("sandbox-us");
        assertThat(server.answered(429)).isEqualTo(1);
    }

    @Test
    void givesUpAfterMaxAttempts() {
        server.faults().failNext(Fault.SERVER_ERROR, 10);
        SegmentApiException e = failure(() -> template.requestBody(us("getWorkspace", "maxAttempts=3"),
                (Object) null));
        assertThat(e.kind()).isEqualTo(ApiError.Kind.RETRIES_EXHAUSTED);
        assertThat(e.getMessage()).contains("gave up after 3 attempts");
    }

    @Test
    void notFoundCarriesSegmentsErrorAndAHint() {
        SegmentApiException e = failure(() -> template.requestBodyAndHeader(us("getSource", ""), null,
                SegmentConstants.SOURCE_ID, "no-such-source"));
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.errorType()).isEqualTo("not-found");
        assertThat(e.apiMessage()).isNotBlank();
        assertThat(e.path()).isEqualTo("/sources/no-such-source");
        assertThat(e.getMessage()).contains("getSource (GET /sources/no-such-source) failed: HTTP 404 [not-found]")
                .contains("Check the ids");
    }

    @Test
    void validationErrorsNameTheField() {
        SegmentApiException e = failure(() -> template.requestBody(us("createSource", ""),
                Map.of("slug", "x", "enabled", true)));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.errorType()).isEqualTo("input-validation");
        assertThat(e.apiMessage()).contains("metadataId");
    }

    @Test
    void aCutAnswerIsAClearError() {
        server.faults().failNext(Fault.MALFORMED, 1);
        SegmentApiException e = failure(() -> template.requestBody(us("getWorkspace", ""), (Object) null));
        assertThat(e.kind()).isEqualTo(ApiError.Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("not valid JSON");
    }

    @Test
    void protocolsSettingsNeedATrackingPlan() {
        String hr = sandbox.segmentWorld().us().source("remote-hr").orElseThrow().id();
        SegmentApiException e = failure(() -> template.requestBodyAndHeader(us("updateSchemaSettingsInSource", ""),
                Map.of("track", Map.of("allowUnplannedEvents", false)), SegmentConstants.SOURCE_ID, hr));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.apiMessage()).isEqualTo("Source is not connected to a tracking plan");
    }
}
