package io.github.camelsegmentremote.segment;

import java.util.Map;
import java.util.stream.IntStream;

import io.github.camelsegmentremote.sandbox.SandboxServer;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentWorld;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No baseUrl here: the endpoints call Segment's real host names, and an HttpClient whose route planner connects
 * each production host to its sandbox server shows which host the region chose.
 */
class SegmentTrackingRegionTest extends SegmentTrackingTestSupport {

    private final CloseableHttpClient sandboxHosts = HttpClients.custom().setRoutePlanner((target, context) -> {
        SandboxServer server = switch (target.getHostName()) {
            case "api.segment.io" -> SANDBOX.sandbox().trackingUs();
            case "events.eu1.segmentapis.com" -> SANDBOX.sandbox().trackingEu();
            default -> throw new HttpException("no sandbox server stands for " + target);
        };
        return new HttpRoute(new HttpHost("http", "127.0.0.1", server.port()));
    }).build();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("sandboxHosts", sandboxHosts);
    }

    @AfterEach
    void closeClient() throws Exception {
        sandboxHosts.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:eu").split(body()).parallelProcessing()
                        .to("segment:identify?region=eu&flushInterval=100&httpClient=#sandboxHosts&writeKey=RAW("
                                + SandboxTokens.SEGMENT_EU_WRITE_KEY + ")");
                from("direct:us").to("segment:track?batchSize=1&httpClient=#sandboxHosts&writeKey=RAW("
                        + SandboxTokens.SEGMENT_WRITE_KEY + ")");
            }
        };
    }

    @Test
    void regionEuSendsToTheEuHostOnly() {
        assertThat(SegmentRegion.eu.trackingUrl()).isEqualTo("https://events.eu1.segmentapis.com")
                .isEqualTo("https://events.eu1.segmentapis.com");

        template.requestBody("direct:eu", IntStream.range(0, 3).mapToObj(i -> identify("emp-" + i)).toList());

        SegmentWorld world = SANDBOX.sandbox().segmentWorld();
        assertThat(world.eu().events().userIds()).containsExactly("emp-0", "emp-1", "emp-2");
        assertThat(world.eu().events().batches()).isEqualTo(1);
        assertThat(traffic("us").requests()).isZero();
        assertThat(world.us().events().accepted()).isZero();
    }

    @Test
    void regionUsIsTheDefaultAndSendsToTheUsHost() {
        template.requestBody("direct:us", Map.of("userId", "emp-1", "event", "Employment Started"));

        SegmentWorld world = SANDBOX.sandbox().segmentWorld();
        assertThat(world.us().events().accepted("track")).isEqualTo(1);
        assertThat(traffic("eu").requests()).isZero();
        assertThat(world.eu().events().accepted()).isZero();
        assertThat(SegmentRegion.us.trackingUrl()).isEqualTo("https://api.segment.io");
    }
}
