package io.github.camelsegmentremote.segment.tracking;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.camelsegmentremote.client.ApiError;
import io.github.camelsegmentremote.client.ApiException;
import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.segment.TrackingCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The batcher alone, with a transport that records batches and can be held back. */
class SegmentTrackingBatcherTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders = Executors.newFixedThreadPool(2);
    private final RecordingTransport transport = new RecordingTransport();
    private final Outcomes outcomes = new Outcomes();

    @AfterEach
    void stop() {
        transport.release();
        timer.shutdownNow();
        senders.shutdownNow();
    }

    private TrackingBatcher batcher(int batchSize, long flushMillis, int maxQueueSize) {
        return new TrackingBatcher(new TrackingSettings(batchSize, Duration.ofMillis(flushMillis),
                TrackingLimits.MAX_BATCH_BYTES, maxQueueSize, 2), timer, senders, transport);
    }

    private List<PendingMessage> messages(int count, int bytes) {
        return IntStream.range(0, count).mapToObj(i -> new PendingMessage(new EncodedMessage(TrackingCall.identify,
                "m-" + outcomes.next(), "u", new byte[bytes]), outcomes)).toList();
    }

    @Test
    void fullBatchesGoAtOnceAndTheRestWhenTheIntervalPasses() throws Exception {
        TrackingBatcher batcher = batcher(10, 300, 1000);

        for (int i = 0; i < 25; i++) {
            batcher.add(messages(1, 100));
        }
        await().atMost(5, TimeUnit.SECONDS).until(() -> transport.sizes().size() == 3);

        assertThat(transport.sizes()).containsExactlyInAnyOrder(10, 10, 5);
        assertThat(outcomes.delivered()).isEqualTo(25);
    }

    @Test
    void theByteLimitClosesABatchBeforeItsCount() throws Exception {
        TrackingBatcher batcher = batcher(2500, 60_000, 10_000);

        for (int i = 0; i < 40; i++) {
            batcher.add(messages(1, 30_000));
        }
        batcher.close(Duration.ofSeconds(5));

        assertThat(transport.bytes()).allSatisfy(b -> assertThat(b).isLessThanOrEqualTo(TrackingLimits.MAX_BATCH_BYTES));
        assertThat(transport.sizes()).containsExactlyInAnyOrder(17, 17, 6);
    }

    @Test
    void anExchangesMessagesStayInOneBatchWhenTheyFitInOne() throws Exception {
        TrackingBatcher batcher = batcher(10, 60_000, 1000);

        batcher.add(messages(7, 10));
        batcher.add(messages(5, 10));
        batcher.close(Duration.ofSeconds(5));

        assertThat(transport.sizes()).as("not 10 and 2").containsExactlyInAnyOrder(7, 5);
    }

    @Test
    void closeSendsTheOpenBatchAndWaitsForBatchesInFlight() throws Exception {
        TrackingBatcher batcher = batcher(100, 60_000, 1000);
        transport.holdBack();
        batcher.add(messages(3, 10));
        batcher.flush();
        batcher.add(messages(2, 10));

        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
            try {
                batcher.close(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await().during(300, TimeUnit.MILLISECONDS).atMost(2, TimeUnit.SECONDS).until(() -> !closing.isDone());
        transport.release();
        closing.get(5, TimeUnit.SECONDS);

        assertThat(transport.sizes()).containsExactlyInAnyOrder(3, 2);
        assertThat(outcomes.delivered()).isEqualTo(5);
        assertThatThrownBy(() -> batcher.add(messages(1, 10))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopped");
    }

    @Test
    void whatCannotBeSentInTimeFailsItsExchangesInsteadOfVanishing() throws Exception {
        TrackingBatcher batcher = new TrackingBatcher(new TrackingSettings(2, Duration.ofMinutes(1),
                TrackingLimits.MAX_BATCH_BYTES, 100, 1), timer, senders, transport);
        transport.holdBack();
        batcher.add(messages(2, 10));
        batcher.add(messages(2, 10));
        batcher.add(messages(1, 10));

        batcher.close(Duration.ofMillis(300));

        assertThat(outcomes.delivered() + outcomes.failed()).as("every message has exactly one outcome")
                .isEqualTo(5);
        assertThat(outcomes.failed()).isEqualTo(5);
        assertThat(outcomes.failures()).anySatisfy(e -> assertThat(e).hasMessageContaining("producer stopped"));
    }

    @Test
    void aFullQueueHoldsTheSenderBackUntilThereIsRoom() throws Exception {
        TrackingBatcher batcher = batcher(10, 60_000, 20);
        transport.holdBack();
        batcher.add(messages(20, 10));

        CompletableFuture<Void> blocked = CompletableFuture.runAsync(() -> {
            try {
                batcher.add(messages(1, 10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await().during(300, TimeUnit.MILLISECONDS).atMost(2, TimeUnit.SECONDS).until(() -> !blocked.isDone());
        assertThat(batcher.pending()).isEqualTo(20);
        transport.release();
        blocked.get(5, TimeUnit.SECONDS);
        batcher.close(Duration.ofSeconds(5));

        assertThat(outcomes.delivered()).isEqualTo(21);
        assertThat(batcher.pending()).isZero();
    }

    @Test
    void settingsOutsideSegmentsLimitsAreRefusedNamingTheOption() {
        Duration second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new TrackingSettings(2501, second, TrackingLimits.MAX_BATCH_BYTES, 10_000, 2))
                .hasMessageStartingWith("Option batchSize must be between 1 and 2500");
        assertThatThrownBy(() -> new TrackingSettings(100, second, 600_000, 10_000, 2))
                .hasMessageStartingWith("Option maxBatchBytes must be between");
        assertThatThrownBy(() -> new TrackingSettings(100, second, 20_000, 10_000, 2))
                .hasMessageContaining("one message of 32 KB and the envelope");
        assertThatThrownBy(() -> new TrackingSettings(100, Duration.ZERO, TrackingLimits.MAX_BATCH_BYTES, 10_000, 2))
                .hasMessageStartingWith("Option flushInterval must be positive");
        assertThatThrownBy(() -> new TrackingSettings(100, second, TrackingLimits.MAX_BATCH_BYTES, 50, 2))
                .hasMessageStartingWith("Option maxQueueSize must be at least batchSize");
        assertThatThrownBy(() -> new TrackingSettings(100, second, TrackingLimits.MAX_BATCH_BYTES, 10_000, 0))
                .hasMessageStartingWith("Option senderThreads must be at least 1");
    }

    /** Records batches; while held back, sending blocks until released (or interrupted: then the batch fails). */
    private static final class RecordingTransport implements BatchTransport {
        private final List<Batch> sent = new CopyOnWriteArrayList<>();
        private volatile CountDownLatch gate = new CountDownLatch(0);

        void holdBack() {
            gate = new CountDownLatch(1);
        }

        void release() {
            gate.countDown();
        }

        List<Integer> sizes() {
            return sent.stream().map(Batch::size).toList();
        }

        List<Integer> bytes() {
            return sent.stream().map(Batch::bytes).toList();
        }

        @Override
        public void send(Batch batch) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.failed(failure("interrupted"));
                return;
            }
            sent.add(batch);
            batch.delivered(200);
        }

        @Override
        public void abandon(Batch batch, String reason) {
            batch.failed(failure(reason));
        }

        private static ApiException failure(String message) {
            return new ApiException(new ApiError(ApiError.Kind.TRANSPORT, ApiRequest.get("/v1/batch"), 0, null,
                    message, null, null), null);
        }
    }

    /** Counts outcomes per message. */
    private static final class Outcomes implements Delivery {
        private final AtomicInteger ids = new AtomicInteger();
        private final AtomicInteger delivered = new AtomicInteger();
        private final List<ApiException> failures = new CopyOnWriteArrayList<>();

        int next() {
            return ids.incrementAndGet();
        }

        int delivered() {
            return delivered.get();
        }

        int failed() {
            return failures.size();
        }

        List<ApiException> failures() {
            return failures;
        }

        @Override
        public void delivered(int status, int batchSize) {
            delivered.incrementAndGet();
        }

        @Override
        public void failed(ApiException cause, int batchSize) {
            failures.add(cause);
        }
    }
}
