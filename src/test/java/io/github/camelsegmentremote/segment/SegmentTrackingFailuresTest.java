package io.github.camelsegmentremote.segment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.github.camelsegmentremote.sandbox.Fault;
import io.github.camelsegmentremote.sandbox.FaultInjector;
import io.github.camelsegmentremote.sandbox.FaultPlan;
import io.github.camelsegmentremote.segment.tracking.SegmentDeliveryException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentTrackingFailuresTest extends SegmentTrackingTestSupport {

    private final ExecutorService inOrder = Executors.newSingleThreadExecutor();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:faulty").split(body()).parallelProcessing()
                        .to(tracking("identify", "flushInterval=100&maxAttempts=10&initialBackoff=10"));
                from("direct:identify").to(tracking("identify", "flushInterval=50&initialBackoff=10"));
                // One sender thread and a single-threaded splitter: the first five messages form the first batch.
                from("direct:deadLetter").errorHandler(deadLetterChannel("mock:dead"))
                        .split(body()).parallelProcessing().executorService(inOrder)
                        .to(tracking("identify", "batchSize=5&flushInterval=60000&senderThreads=1&maxAttempts=2"
                                + "&initialBackoff=10"))
                        .to("mock:delivered");
            }
        };
    }

    @AfterEach
    void stopExecutor() {
        inOrder.shutdownNow();
    }

    private static FaultInjector faults() {
        return SANDBOX.sandbox().trackingUs().faults();
    }

    @Test
    void injectedServerErrorsRateLimitsAndResetsAreRetriedAndNothingIsLost() {
        faults().plan(FaultPlan.NONE.withServerErrors(0.15, 503).withRateLimits(0.05, 1).withResets(0.1));
        List<Map<String, Object>> employees = IntStream.range(0, 2000).mapToObj(i -> identify("emp-" + i)).toList();

        template.requestBody("direct:faulty", employees);

        assertThat(usEvents().accepted()).isEqualTo(2000);
        assertThat(usEvents().distinctUserIds()).isEqualTo(2000);
        assertThat(SANDBOX.sandbox().trackingUs().stats().path("requests").asLong())
                .as("failed requests were sent again").isGreaterThan(usEvents().batches());
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "SERVER_ERROR", "RATE_LIMIT", "RESET" })
    void eachKindOfTransientFailureIsRetried(Fault fault) {
        faults().failNext(fault, 2);

        Exchange done = template.request("direct:identify", e -> e.getMessage().setBody(identify("emp-1")));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader(SegmentConstants.RESPONSE_STATUS)).isEqualTo(200);
        assertThat(usEvents().identifies("emp-1")).isEqualTo(1);
        assertThat(SANDBOX.sandbox().trackingUs().stats().path("requests").asLong()).isEqualTo(3);
    }

    @Test
    void aBatchThatFinallyFailsFailsExactlyItsExchangesAndTheDeadLetterChannelSeesEach() throws Exception {
        faults().failNext(Fault.SERVER_ERROR, 2);
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(5);
        MockEndpoint delivered = getMockEndpoint("mock:delivered");
        delivered.expectedMessageCount(5);

        template.requestBody("direct:deadLetter", IntStream.range(0, 10).mapToObj(i -> identify("emp-" + i))
                .toList());

        MockEndpoint.assertIsSatisfied(context);
        assertThat(dead.getExchanges()).allSatisfy(e -> {
            String messageId = e.getMessage().getHeader(SegmentConstants.MESSAGE_ID, String.class);
            assertThat(e.getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOfSatisfying(
                    SegmentDeliveryException.class, failure -> {
                        assertThat(failure.status()).isEqualTo(500);
                        assertThat(failure.messageIds()).containsExactly(messageId);
                        assertThat(failure.batchSize()).isEqualTo(5);
                        assertThat(failure).hasMessageContaining("gave up after 2 attempts")
                                .hasMessageContaining(messageId);
                    });
            assertThat(e.getMessage().getHeader(SegmentConstants.RESPONSE_STATUS)).isEqualTo(500);
        });
        assertThat(dead.getExchanges()).extracting(e -> e.getMessage().getBody(Map.class).get("userId"))
                .containsExactlyInAnyOrder("emp-0", "emp-1", "emp-2", "emp-3", "emp-4");
        assertThat(usEvents().userIds()).containsExactlyInAnyOrder("emp-5", "emp-6", "emp-7", "emp-8", "emp-9");
    }
}
