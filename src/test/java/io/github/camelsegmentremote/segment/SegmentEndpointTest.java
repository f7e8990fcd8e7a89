package io.github.camelsegmentremote.segment;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Endpoint options and URI handling, without calling any API. */
class SegmentEndpointTest {

    private static final String TOKEN = "sgp_fake-endpoint-test-token";
    private static final String OTHER_TOKEN = "sgp_fake-endpoint-test-token-2";

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void tokenNeverShowsInTheEndpointUri() {
        SegmentEndpoint endpoint = endpoint("segment:listSources?token=RAW(" + TOKEN + ")&region=eu");
        assertThat(endpoint.toString()).doesNotContain(TOKEN).contains("region=eu");
        assertThat(endpoint.getEndpointUri()).doesNotContain(TOKEN);
        assertThat(endpoint.getConfiguration().getToken()).isEqualTo(TOKEN);
    }

    @Test
    void writeKeyPathParameterNeverShowsInTheEndpointUri() {
        SegmentEndpoint endpoint = endpoint("segment:removeWriteKeyFromSource?token=RAW(" + TOKEN
                + ")&sourceId=src1&writeKey=RAW(fake-write-key-123)");
        assertThat(endpoint.getEndpointUri()).doesNotContain("fake-write-key-123").doesNotContain(TOKEN);
        assertThat(endpoint.getConfiguration().getPathParameters())
                .containsEntry("writeKey", "fake-write-key-123").containsEntry("sourceId", "src1");
    }

    @Test
    void endpointsThatDifferOnlyInTheirTokenStayApart() {
        SegmentEndpoint first = endpoint("segment:listSources?token=RAW(" + TOKEN + ")");
        SegmentEndpoint second = endpoint("segment:listSources?token=RAW(" + OTHER_TOKEN + ")");
        assertThat(first.getEndpointUri()).isEqualTo(second.getEndpointUri());
        assertThat(first).isNotEqualTo(second).isNotSameAs(second);
        assertThat(second.getConfiguration().getToken()).isEqualTo(OTHER_TOKEN);
        assertThat(endpoint("segment:listSources?token=RAW(" + TOKEN + ")")).isSameAs(first);
    }

    @Test
    void pathAndQueryParametersComeFromTheUri() {
        SegmentEndpoint endpoint = endpoint("segment:getEventsVolumeFromWorkspace?token=RAW(" + TOKEN
                + ")&query.granularity=DAY&query.startTime=2024-01-01T00:00:00Z");
        assertThat(endpoint.getConfiguration().getQueryParameters())
                .containsExactlyInAnyOrderEntriesOf(Map.of("granularity", "DAY", "startTime",
                        "2024-01-01T00:00:00Z"));
        SegmentEndpoint getSource = endpoint("segment:getSource?token=RAW(" + TOKEN + ")&sourceId=abc");
        assertThat(getSource.getConfiguration().getPathParameters()).containsExactly(Map.entry("sourceId", "abc"));
    }

    @Test
    void endpointsDoNotShareTheComponentDefaults() {
        SegmentComponent component = context.getComponent("segment", SegmentComponent.class);
        component.getConfiguration().setPathParameters(Map.of("sourceId", "default-source"));
        SegmentEndpoint endpoint = endpoint("segment:getSource?token=RAW(" + TOKEN + ")&sourceId=mine");
        assertThat(endpoint.getConfiguration().getPathParameters()).containsEntry("sourceId", "mine");
        assertThat(component.getConfiguration().getPathParameters()).containsEntry("sourceId", "default-source");
    }

    @Test
    void unknownOperationFailsWithTheClosestNames() {
        assertThatThrownBy(() -> context.getEndpoint("segment:listSource?token=RAW(" + TOKEN + ")"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause()
                .hasMessageContaining("Unknown Segment Public API operation 'listSource'")
                .hasMessageContaining("Did you mean listSources")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void unknownOptionFails() {
        assertThatThrownBy(() -> context.getEndpoint("segment:getSource?token=RAW(" + TOKEN + ")&sourceid=x"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("sourceid")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void pageSizeStaysWithinSegmentsLimit() {
        assertThatThrownBy(() -> context.getEndpoint("segment:listSources?token=RAW(" + TOKEN + ")&pageSize=500"))
                .rootCause().hasMessageContaining("pageSize must be 1 to 200");
    }

    @Test
    void onlyListOperationsCanBePolled() {
        SegmentEndpoint endpoint = endpoint("segment:getSource?token=RAW(" + TOKEN + ")&sourceId=abc");
        assertThatThrownBy(() -> endpoint.createConsumer(exchange -> {
        })).hasMessageContaining("getSource returns no list");
    }

    @Test
    void configApiFamilyHasItsOwnOperations() {
        SegmentEndpoint endpoint = endpoint("segment:listSources?apiFamily=config&token=RAW(" + TOKEN
                + ")&workspace=acme");
        assertThat(endpoint.getConfiguration().getApiFamily()).isEqualTo(SegmentApiFamily.CONFIG);
        assertThat(endpoint.getConfiguration().getPathParameters()).containsEntry("workspace", "acme");
        assertThatThrownBy(() -> context.getEndpoint("segment:createSource?apiFamily=config&token=RAW(" + TOKEN
                + ")")).rootCause().hasMessageContaining("Config API");
    }

    @Test
    void missingTokenSaysWhereToGetOne() {
        SegmentEndpoint endpoint = endpoint("segment:listSources");
        assertThatThrownBy(endpoint::createPublicApiClient)
                .hasMessageContaining("Option token is required")
                .hasMessageContaining("Access Management > Tokens");
    }

    private SegmentEndpoint endpoint(String uri) {
        Endpoint endpoint = context.getEndpoint(uri);
        assertThat(endpoint).isInstanceOf(SegmentEndpoint.class);
        return (SegmentEndpoint) endpoint;
    }
}
