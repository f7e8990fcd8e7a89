package io.github.camelsegmentremote.client;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.github.camelsegmentremote.remote.RemoteComponent;
import io.github.camelsegmentremote.segment.SegmentComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * segment: and remote: follow one convention where they do the same thing: endpoints that differ only in their
 * credential are two endpoints with the same masked URI, and the component hands endpoints with the same host,
 * credential and limit one rate limiter.
 */
class SharedConventionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"remote:listEmployments?environment=sandbox&token=RAW(ra_test_%s)",
            "segment:identify?writeKey=RAW(write-key-%s)"})
    void endpointsThatDifferOnlyInTheCredentialAreTwoMaskedEndpoints(String template) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            Endpoint first = context.getEndpoint(template.formatted("first-secret"));
            Endpoint second = context.getEndpoint(template.formatted("second-secret"));
            assertThat(first).isNotEqualTo(second).isInstanceOf(ApiEndpointSupport.class);
            assertThat(first.getEndpointUri()).isEqualTo(second.getEndpointUri()).doesNotContain("secret");
            assertThat(first).isEqualTo(context.getEndpoint(template.formatted("first-secret")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"segment", "remote"})
    void oneLimiterPerHostCredentialAndLimit(String scheme) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            ApiComponentSupport component = scheme.equals("segment") ? new SegmentComponent() : new RemoteComponent();
            context.addComponent(scheme, component);
            Duration second = Duration.ofSeconds(1);
            RateLimiter limiter = component.rateLimiter("https://a", "key-1", 5, second);
            assertThat(component.rateLimiter("https://a", "key-1", 5, second)).isSameAs(limiter);
            assertThat(component.rateLimiter("https://a", "key-2", 5, second)).isNotSameAs(limiter);
            assertThat(component.rateLimiter("https://b", "key-1", 5, second)).isNotSameAs(limiter);
            assertThat(component.rateLimiter("https://a", "key-1", 6, second)).isNotSameAs(limiter);
            assertThat(limiter.toString()).doesNotContain("key-1");
        }
    }

    @Test
    void twoSegmentEndpointsWithOneWriteKeyShareTheLimiter() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = "{\"success\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            String options = "?writeKey=RAW(wk)&requestsPerSecond=1&batchSize=1&baseUrl=http://127.0.0.1:"
                    + server.getAddress().getPort();
            ProducerTemplate template = context.createProducerTemplate();
            Map<String, Object> identify = Map.of("userId", "u1", "traits", Map.of());
            Map<String, Object> track = Map.of("userId", "u1", "event", "Limited");
            long started = System.nanoTime();
            for (int i = 0; i < 2; i++) {
                template.sendBody("segment:identify" + options, identify);
                template.sendBody("segment:track" + options, track);
            }
            // One limiter of 1 request per second for both endpoints: 4 requests at t = 0, 1, 2 and 3 s. With a
            // limiter each, they would go at 0, 0, 1 and 1 s.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(2800));
        } finally {
            server.stop(0);
        }
    }
}
