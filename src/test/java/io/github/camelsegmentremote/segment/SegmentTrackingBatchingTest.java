package io.github.camelsegmentremote.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.segment.tracking.Alias;
import io.github.camelsegmentremote.segment.tracking.Group;
import io.github.camelsegmentremote.segment.tracking.Identify;
import io.github.camelsegmentremote.segment.tracking.Page;
import io.github.camelsegmentremote.segment.tracking.Screen;
import io.github.camelsegmentremote.segment.tracking.SegmentMessageRejectedException;
import io.github.camelsegmentremote.segment.tracking.Track;
import io.github.camelsegmentremote.segment.tracking.TrackingLimits;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SegmentTrackingBatchingTest extends SegmentTrackingTestSupport {

    private final Set<String> continuationThreads = ConcurrentHashMap.newKeySet();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:parallel").split(body()).parallelProcessing()
                        .to(tracking("identify", "batchSize=100&flushInterval=200"));
                from("direct:large").split(body()).parallelProcessing()
                        .to(tracking("identify", "batchSize=2500&flushInterval=200"));
                from("direct:threads").to(tracking("identify", "batchSize=20&flushInterval=1000"));
                from("direct:identify").to(tracking("identify", "batchSize=100&flushInterval=100"));
                from("direct:slowContinuation").split(body()).parallelProcessing()
                        .to(tracking("identify", "batchSize=100&flushInterval=200"))
                        .process(e -> {
                            continuationThreads.add(Thread.currentThread().getName());
                            Thread.sleep(1);
                        });
                from("direct:sync").to(tracking("identify", "batchSize=1"));
                from("direct:batch").to(tracking("batch", "flushInterval=100"));
                from("direct:syncBatch").to(tracking("batch", "batchSize=1"));
                from("direct:lingering").routeId("lingering")
                        .to(tracking("identify", "batchSize=100&flushInterval=600000"));
                from("direct:stoppable").routeId("stoppable")
                        .to(tracking("identify", "batchSize=100&flushInterval=1000"));
            }
        };
    }

    @Test
    void tenThousandConcurrentIdentifiesArriveExactlyOnceInFullBatches() {
        List<Map<String, Object>> employees = IntStream.range(0, 10_000).mapToObj(i -> identify("emp-" + i))
                .toList();

        template.requestBody("direct:parallel", employees);

        SegmentEventLog events = usEvents();
        assertThat(events.accepted("identify")).isEqualTo(10_000);
        assertThat(events.distinctUserIds()).isEqualTo(10_000);
        assertThat(events.duplicates()).isZero();
        assertThat(events.batchReceipts()).allSatisfy(batch -> {
            assertThat(batch.events()).isBetween(1, 100);
            assertThat(batch.bytes()).isLessThanOrEqualTo(TrackingLimits.MAX_BATCH_BYTES);
        });
        assertThat(events.batchReceipts().stream().mapToInt(b -> b.events()).sum()).isEqualTo(10_000);
        assertThat(events.batches()).as("messages of concurrent exchanges are packed together").isLessThan(150);
        assertThat(traffic("us").requests()).isEqualTo(events.batches());
    }

    @Test
    void routesContinueOnCompletionThreadsEvenWhenTheyAreAllBusy() {
        // 100 exchanges complete at once per batch and each continuation takes a while: completions must queue,
        // not run on the sender thread (which would stall sending, or deadlock a route that sends again).
        template.requestBody("direct:slowContinuation", IntStream.range(0, 600)
                .mapToObj(i -> identify("slow-" + i)).toList());

        assertThat(usEvents().accepted("identify")).isEqualTo(600);
        assertThat(continuationThreads).isNotEmpty()
                .allSatisfy(name -> assertThat(name).contains("SegmentTrackingCompletion"));
    }

    @Test
    void exchangesFromManyThreadsGetTheirOwnMessageIdAndTheBatchOutcome() throws Exception {
        Set<String> messageIds = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> senders = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                int thread = t;
                senders.add(threads.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        String userId = "emp-" + thread + "-" + i;
                        Exchange done = template.request("direct:threads",
                                e -> e.getMessage().setBody(identify(userId)));
                        assertThat(done.getException()).isNull();
                        assertThat(done.getMessage().getHeader(SegmentConstants.RESPONSE_STATUS)).isEqualTo(200);
                        assertThat(done.getMessage().getHeader(SegmentConstants.BATCH_SIZE, Integer.class))
                                .isBetween(1, 20);
                        messageIds.add(done.getMessage().getHeader(SegmentConstants.MESSAGE_ID, String.class));
                    }
                    return null;
                }));
            }
            for (Future<?> sender : senders) {
                sender.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(messageIds).hasSize(1000);
        assertThat(usEvents().accepted()).isEqualTo(1000);
        assertThat(usEvents().duplicates()).isZero();
        assertThat(usEvents().batchReceipts()).allSatisfy(b -> assertThat(b.events()).isLessThanOrEqualTo(20));
    }

    @Test
    void largeMessagesArePackedIntoRequestsUnder500Kb() {
        String notes = "n".repeat(7000);
        List<Map<String, Object>> employees = IntStream.range(0, 300)
                .mapToObj(i -> Map.<String, Object>of("userId", "emp-" + i, "traits", Map.of("notes", notes)))
                .toList();

        template.requestBody("direct:large", employees);

        assertThat(usEvents().accepted()).isEqualTo(300);
        assertThat(traffic("us").tooLarge()).isZero();
        assertThat(usEvents().batchReceipts()).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(b -> assertThat(b.bytes()).isLessThanOrEqualTo(TrackingLimits.MAX_BATCH_BYTES));
        assertThat(usEvents().batchReceipts().stream().mapToInt(b -> b.bytes()).max().orElseThrow())
                .as("requests are filled close to the limit").isGreaterThan(TrackingLimits.MAX_BATCH_BYTES - 8000);
    }

    @Test
    void anOversizedMessageFailsItsExchangeWhileItsNeighboursGoThrough() {
        Map<String, Object> oversized = Map.of("userId", "emp-big", "traits", Map.of("notes", "n".repeat(33 * 1024)));

        CompletableFuture<Exchange> before = template.asyncSend("direct:identify",
                e -> e.getMessage().setBody(identify("emp-1")));
        CompletableFuture<Exchange> big = template.asyncSend("direct:identify", e -> e.getMessage().setBody(oversized));
        CompletableFuture<Exchange> after = template.asyncSend("direct:identify",
                e -> e.getMessage().setBody(identify("emp-2")));

        assertThat(big.join().getException()).isInstanceOf(SegmentMessageRejectedException.class)
                .hasMessageContaining("userId 'emp-big'").hasMessageContaining("bytes serialised")
                .hasMessageContaining("limit of 32768 bytes");
        assertThat(before.join().getException()).isNull();
        assertThat(after.join().getException()).isNull();
        assertThat(usEvents().userIds()).containsExactlyInAnyOrder("emp-1", "emp-2");
        assertThat(traffic("us").tooLarge()).as("never sent").isZero();
    }

    @Test
    void theSameKeyGivesTheSameMessageIdSoSegmentDropsTheReplay() {
        Map<String, Object> headers = Map.of(SegmentConstants.MESSAGE_ID_KEY, "emp-7:traits-hash-1");

        Exchange first = template.request("direct:identify", e -> {
            e.getMessage().setBody(identify("emp-7"));
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        Exchange replay = template.request("direct:identify", e -> {
            e.getMessage().setBody(identify("emp-7"));
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        Exchange changed = template.request("direct:identify", e -> {
            e.getMessage().setBody(identify("emp-7"));
            e.getMessage().setHeader(SegmentConstants.MESSAGE_ID_KEY, "emp-7:traits-hash-2");
        });

        String id = first.getMessage().getHeader(SegmentConstants.MESSAGE_ID, String.class);
        assertThat(replay.getMessage().getHeader(SegmentConstants.MESSAGE_ID)).isEqualTo(id);
        assertThat(changed.getMessage().getHeader(SegmentConstants.MESSAGE_ID)).isNotEqualTo(id);
        assertThat(usEvents().identifies("emp-7")).isEqualTo(2);
        assertThat(usEvents().duplicates()).isEqualTo(1);
    }

    @Test
    void batchSizeOneSendsEachExchangeToItsSingleCallEndpoint() {
        Exchange done = template.request("direct:sync", e -> e.getMessage().setBody(Identify.builder()
                .userId("emp-1").trait("email", "a@example.com").build()));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader(SegmentConstants.BATCH_SIZE)).isEqualTo(1);
        assertThat(done.getMessage().getHeader(SegmentConstants.RESPONSE_STATUS)).isEqualTo(200);
        assertThat(usEvents().latestTraits("emp-1").orElseThrow().path("email").asText()).isEqualTo("a@example.com");
        assertThat(usEvents().batches()).as("sent to /v1/identify, not /v1/batch").isZero();
    }

    @Test
    void theBatchOperationSendsMessagesOfEveryTypeTogether() {
        List<Object> messages = List.of(Identify.builder().userId("emp-1").trait("title", "Engineer").build(),
                Track.builder().userId("emp-1").event("Employment Started").build(),
                Group.builder().userId("emp-1").groupId("team-7").build(),
                Page.builder().userId("emp-1").name("Payslips").build(),
                Screen.builder().userId("emp-1").name("Home").build(),
                Alias.builder().previousId("candidate-9").userId("emp-1").build());

        for (String uri : List.of("direct:batch", "direct:syncBatch")) {
            SANDBOX.sandbox().reset();
            Exchange done = template.request(uri, e -> e.getMessage().setBody(messages));

            assertThat(done.getException()).isNull();
            assertThat(done.getMessage().getHeader(SegmentConstants.MESSAGE_IDS, List.class)).hasSize(6)
                    .doesNotHaveDuplicates();
            assertThat(usEvents().acceptedByType()).containsOnlyKeys("identify", "track", "group", "page", "screen",
                    "alias");
            assertThat(usEvents().batches()).as(uri).isEqualTo(1);
        }
    }

    @Test
    void stoppingTheContextSendsAHalfFullBatchAtOnce() {
        context.getShutdownStrategy().setTimeout(20);
        List<CompletableFuture<Exchange>> sent = IntStream.range(0, 40).mapToObj(i -> template.asyncSend(
                "direct:lingering", e -> e.getMessage().setBody(identify("emp-" + i)))).toList();
        await().atMost(10, TimeUnit.SECONDS).until(() -> context.getInflightRepository().size() == 40);
        assertThat(usEvents().accepted()).as("the batch waits for its 10 minutes").isZero();

        context.stop();

        assertThat(sent).allSatisfy(f -> assertThat(f.join().getException()).isNull());
        assertThat(usEvents().accepted()).isEqualTo(40);
        assertThat(usEvents().batches()).isEqualTo(1);
    }

    @Test
    void stoppingTheRouteDeliversItsOpenBatch() throws Exception {
        List<CompletableFuture<Exchange>> sent = IntStream.range(0, 10).mapToObj(i -> template.asyncSend(
                "direct:stoppable", e -> e.getMessage().setBody(identify("emp-" + i)))).toList();
        await().atMost(10, TimeUnit.SECONDS).until(() -> context.getInflightRepository().size("stoppable") == 10);

        context.getRouteController().stopRoute("stoppable");

        assertThat(sent).allSatisfy(f -> assertThat(f.join().getException()).isNull());
        assertThat(new HashSet<>(usEvents().userIds())).hasSize(10);
    }
}
