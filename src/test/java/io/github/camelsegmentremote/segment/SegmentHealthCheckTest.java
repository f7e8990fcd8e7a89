package io.github.camelsegmentremote.segment;

import java.util.Collection;
import java.util.Optional;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentPublicApiSimulator;
import org.apache.camel.Producer;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.health.ProducersHealthCheckRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The producers' readiness check: getWorkspace with the endpoint's token, no secret in what it reports. */
class SegmentHealthCheckTest extends CamelTestSupport {

    private static final String BAD_TOKEN = "sgp_fake-revoked-token-for-health";

    private static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void enableProducerChecks() {
        HealthCheckHelper.getHealthCheckRepository(context, "producers", ProducersHealthCheckRepository.class)
                .setEnabled(true);
    }

    private String uri(String token) {
        return "segment:listSources?token=RAW(" + token + ")&baseUrl=" + sandbox.segmentUs().baseUrl();
    }

    private HealthCheck.Result check(SegmentEndpoint endpoint) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        Optional<HealthCheck.Result> result = results.stream()
                .filter(r -> r.getCheck().getId().equals("producer:segment-" + endpoint.getId())).findFirst();
        assertThat(result).as("readiness results %s", results).isPresent();
        return result.get();
    }

    private SegmentEndpoint startedProducer(String uri) throws Exception {
        SegmentEndpoint endpoint = context.getEndpoint(uri, SegmentEndpoint.class);
        Producer producer = endpoint.createProducer();
        ServiceHelper.startService(producer);
        return endpoint;
    }

    @Test
    void upWhenTheTokenReadsItsWorkspace() throws Exception {
        SegmentEndpoint endpoint = startedProducer(uri(SandboxTokens.SEGMENT_US_TOKEN));
        HealthCheck.Result result = check(endpoint);
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("workspace", "sandbox-us").containsEntry("region", "us")
                .containsEntry("apiFamily", "public").containsEntry("operation", "listSources");
        assertThat(result.getCheck().isLiveness()).isFalse();
        assertThat(result.getDetails().toString()).doesNotContain(SandboxTokens.SEGMENT_US_TOKEN);
    }

    @Test
    void downWithTheReasonButNoTokenWhenRefused() throws Exception {
        SegmentEndpoint endpoint = startedProducer(uri(BAD_TOKEN));
        HealthCheck.Result result = check(endpoint);
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("getWorkspace")
                .contains("HTTP 401").doesNotContain(BAD_TOKEN));
        assertThat(result.getError()).hasValueSatisfying(e -> assertThat(e).isInstanceOf(SegmentApiException.class));
        assertThat(result.getDetails().toString()).doesNotContain(BAD_TOKEN);
    }

    @Test
    void theComponentCanTurnProducerChecksOff() throws Exception {
        context.getComponent("segment", SegmentComponent.class).setHealthCheckProducerEnabled(false);
        SegmentEndpoint endpoint = startedProducer(uri(SandboxTokens.SEGMENT_US_TOKEN) + "&pageSize=50");
        long calls = ((SegmentPublicApiSimulator) sandbox.segmentUs().simulator()).calls("getWorkspace");
        HealthCheck.Result result = check(endpoint);
        assertThat(result.getCheck().isEnabled()).isFalse();
        assertThat(result.getState()).isNotEqualTo(HealthCheck.State.DOWN);
        assertThat(((SegmentPublicApiSimulator) sandbox.segmentUs().simulator()).calls("getWorkspace"))
                .as("a disabled check calls nothing").isEqualTo(calls);
    }
}
