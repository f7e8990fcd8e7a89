package io.github.camelsegmentremote.segment.tracking;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.segment.TrackingCall;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * What happens to an exchange sent to a Tracking API endpoint: its messages are checked and encoded, then sent on
 * the caller's thread ({@link #synchronous}) or packed with other exchanges' messages into batches
 * ({@link #batching}); the exchange completes when every message it carried has an outcome.
 */
public final class TrackingPipeline {

    private final TrackingSettings settings;
    private final MessageEncoder encoder;
    private final TrackingMetrics metrics = new TrackingMetrics();
    private final TrackingSender sender;
    private final TrackingBatcher batcher;
    private final Executor completions;

    private TrackingPipeline(TrackingSettings settings, ApiClient client, Clock clock, ScheduledExecutorService timer,
            ExecutorService senders, Executor completions) {
        this.settings = settings;
        this.encoder = new MessageEncoder(client.mapper(), clock);
        this.sender = new TrackingSender(client, metrics, clock);
        this.batcher = timer == null ? null : new TrackingBatcher(settings, timer, senders, sender);
        this.completions = completions;
    }

    /** Sends every exchange on its own, on the caller's thread (batchSize=1). */
    public static TrackingPipeline synchronous(TrackingSettings settings, ApiClient client, Clock clock) {
        return new TrackingPipeline(settings, client, clock, null, null, null);
    }

    /**
     * Packs messages into batches.
     *
     * @param timer       runs the flushInterval timers
     * @param senders     runs the sender loops; shut down by {@link #close(Duration)}
     * @param completions completes exchanges, so that routes never continue on a sender thread
     */
    public static TrackingPipeline batching(TrackingSettings settings, ApiClient client, Clock clock,
            ScheduledExecutorService timer, ExecutorService senders, Executor completions) {
        return new TrackingPipeline(settings, client, clock, timer, senders, completions);
    }

    /**
     * Processes one exchange; answers whether it completed on this thread, as Camel's AsyncProcessor does.
     *
     * @param messageIdKey the caller's key to derive messageIds from, or null for random ones
     */
    public boolean process(Exchange exchange, AsyncCallback callback, TrackingCall call, String messageIdKey) {
        return process(exchange, callback, call, exchange.getMessage().getBody(), messageIdKey);
    }

    /**
     * Processes one exchange whose messages are {@code body} (the exchange's body, or what the producer converted it
     * to); answers whether it completed on this thread.
     */
    public boolean process(Exchange exchange, AsyncCallback callback, TrackingCall call, Object body,
            String messageIdKey) {
        List<EncodedMessage> messages;
        try {
            messages = encoder.encode(body, call, messageIdKey);
        } catch (SegmentMessageRejectedException e) {
            metrics.rejected();
            return failNow(exchange, callback, e);
        }
        boolean batchOperation = call == TrackingCall.batch;
        if (batcher == null) {
            ExchangeDelivery delivery = new ExchangeDelivery(exchange, callback, messages, batchOperation,
                    Runnable::run, true);
            List<PendingMessage> pending = pending(messages, delivery);
            if (batchOperation) {
                // batchSize=1 means no packing across exchanges; a batch exchange still goes in as few requests
                // as Segment's limits allow.
                Batch.pack(pending, TrackingLimits.MAX_BATCH_MESSAGES, settings.maxBatchBytes())
                        .forEach(sender::send);
            } else {
                sender.sendSingle(pending.get(0));
            }
            return true;
        }
        ExchangeDelivery delivery = new ExchangeDelivery(exchange, callback, messages, batchOperation, completions,
                false);
        try {
            batcher.add(pending(messages, delivery));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failNow(exchange, callback, e);
        } catch (IllegalStateException e) {
            return failNow(exchange, callback, e);
        }
        return false;
    }

    private static List<PendingMessage> pending(List<EncodedMessage> messages, ExchangeDelivery delivery) {
        return messages.stream().map(m -> new PendingMessage(m, delivery)).toList();
    }

    private static boolean failNow(Exchange exchange, AsyncCallback callback, Exception e) {
        exchange.setException(e);
        callback.done(true);
        return true;
    }

    /** Sends the open batch now, however full. */
    public void flush() {
        if (batcher != null) {
            batcher.flush();
        }
    }

    /** Sends the open batch now and every later message at once: the context is stopping. */
    public void drain() {
        if (batcher != null) {
            batcher.drain();
        }
    }

    /** Messages waiting for their batch or in flight. */
    public int pending() {
        return batcher == null ? 0 : batcher.pending();
    }

    public TrackingMetrics metrics() {
        return metrics;
    }

    /**
     * Stops taking messages, sends the open batch and waits for every batch to have an outcome; what is still
     * unsent after {@code maxWait} fails its exchanges.
     */
    public void close(Duration maxWait) throws InterruptedException {
        if (batcher != null) {
            batcher.close(maxWait);
        }
    }
}
