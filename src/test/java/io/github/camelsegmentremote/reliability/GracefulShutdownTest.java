package io.github.camelsegmentremote.reliability;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelsegmentremote.sandbox.FaultPlan;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.segment.SegmentComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping the context in the middle of batching: two full batches are in flight (the sandbox answers slowly and
 * fails a fifth of the requests), a third is open and would wait ten minutes for its flush interval. Promise:
 * every message the producer accepted is delivered before the context has stopped, and every exchange completes
 * successfully; Segment's own analytics-java drops its queue here.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class GracefulShutdownTest {

    private static final int MESSAGES = 1_250;
    private static final int BATCH_SIZE = 500;

    @Test
    void everythingTheProducerAcceptedIsDeliveredBeforeTheContextStops() throws Exception {
        try (Sandbox sandbox = Sandbox.start()) {
            sandbox.trackingUs().faults().plan(FaultPlan.NONE.withLatency(500).withServerErrors(0.2, 503));
            CamelContext context = new DefaultCamelContext();
            context.getCamelContextExtension().setName("graceful-shutdown");
            var defaults = context.getComponent("segment", SegmentComponent.class).getConfiguration();
            defaults.setInitialBackoff(20);
            defaults.setMaxAttempts(10);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:identify").routeId("identify")
                            .to("segment:identify?writeKey=RAW(" + SandboxTokens.SEGMENT_WRITE_KEY + ")&baseUrl="
                                    + sandbox.trackingUs().baseUrl() + "&batchSize=" + BATCH_SIZE
                                    + "&flushInterval=600000");
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                sent.add(template.asyncSend("direct:identify", e -> e.getMessage().setBody(Map.of(
                        "userId", "shutdown-" + e.getContext().getUuidGenerator().generateUuid(),
                        "traits", Map.of("name", "Employee")))));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> pendingMessages() == MESSAGES);
            SegmentEventLog events = sandbox.segmentWorld().us().events();
            assertThat(events.accepted()).as("still in flight or waiting when the stop begins")
                    .isLessThan(MESSAGES);
            assertThat(sent).noneMatch(CompletableFuture::isDone);

            context.stop();

            assertThat(events.accepted()).isEqualTo(MESSAGES);
            assertThat(events.distinctUserIds()).isEqualTo(MESSAGES);
            assertThat(sent).allSatisfy(future -> {
                assertThat(future).isDone();
                assertThat(future.get().getException()).isNull();
            });
            assertThat(sandbox.trackingUs().answered(503)).as("the drain went through failures").isPositive();
            template.close();
        }
    }

    /** The producer's PendingMessages JMX attribute: messages waiting for their batch or in flight. */
    private static long pendingMessages() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> producers = server.queryNames(new ObjectName(
                "org.apache.camel:context=graceful-shutdown,type=producers,*"), null);
        long pending = 0;
        for (ObjectName producer : producers) {
            if (Arrays.stream(server.getMBeanInfo(producer).getAttributes())
                    .anyMatch(a -> a.getName().equals("PendingMessages"))) {
                pending += ((Number) server.getAttribute(producer, "PendingMessages")).longValue();
            }
        }
        return pending;
    }
}
