package io.github.camelsegmentremote.segment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.segment.tracking.Batch;
import io.github.camelsegmentremote.segment.tracking.EncodedMessage;
import io.github.camelsegmentremote.segment.tracking.ExchangeDelivery;
import io.github.camelsegmentremote.segment.tracking.MessageEncoder;
import io.github.camelsegmentremote.segment.tracking.PendingMessage;
import io.github.camelsegmentremote.segment.tracking.SegmentMessageRejectedException;
import io.github.camelsegmentremote.segment.tracking.TrackingBatcher;
import io.github.camelsegmentremote.segment.tracking.TrackingLimits;
import io.github.camelsegmentremote.segment.tracking.TrackingMetrics;
import io.github.camelsegmentremote.segment.tracking.TrackingSender;
import io.github.camelsegmentremote.segment.tracking.TrackingSettings;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.EventNotifier;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Sends Tracking API calls (identify, track, group, page, screen, alias, batch). Each exchange's messages are
 * checked, given a messageId, and packed with other exchanges' messages into {@code /v1/batch} requests; the
 * exchange completes when the request that carried them was accepted, or fails with
 * {@link io.github.camelsegmentremote.segment.tracking.SegmentDeliveryException} when it finally failed. Stopping
 * sends the open batch and waits for the batches in flight. With batchSize=1 each exchange is sent on its own to
 * the call's single endpoint, on the caller's thread.
 */
@ManagedResource(description = "Segment Tracking API producer")
public class SegmentTrackingProducer extends DefaultAsyncProducer {

    private final SegmentEndpoint endpoint;
    private final TrackingMetrics metrics = new TrackingMetrics();
    private final Clock clock = Clock.systemUTC();
    private TrackingSettings settings;
    private MessageEncoder encoder;
    private ApiClient client;
    private TrackingSender sender;
    private TrackingBatcher batcher;
    private ScheduledExecutorService timer;
    private ExecutorService completions;
    private final EventNotifier drainOnContextStopping = new DrainOnContextStopping();

    public SegmentTrackingProducer(SegmentEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SegmentConfiguration configuration = endpoint.getConfiguration();
        settings = new TrackingSettings(configuration.getBatchSize(),
                Duration.ofMillis(configuration.getFlushInterval()), configuration.getMaxBatchBytes(),
                configuration.getMaxQueueSize(), configuration.getSenderThreads());
        client = endpoint.createTrackingClient();
        encoder = new MessageEncoder(client.mapper(), clock);
        sender = new TrackingSender(client, metrics, clock);
        if (!settings.synchronous()) {
            ExecutorServiceManager executors = getEndpoint().getCamelContext().getExecutorServiceManager();
            timer = executors.newSingleThreadScheduledExecutor(this, "SegmentTrackingFlush");
            completions = executors.newThreadPool(this, "SegmentTrackingCompletion", completionProfile());
            batcher = new TrackingBatcher(settings, timer,
                    executors.newFixedThreadPool(this, "SegmentTrackingSender", settings.senderThreads()), sender);
            getEndpoint().getCamelContext().getManagementStrategy().addEventNotifier(drainOnContextStopping);
            ServiceHelper.startService(drainOnContextStopping);
        }
    }

    /** Threads that complete exchanges (the route continues on them); the queue is unbounded, never rejecting. */
    private static ThreadPoolProfile completionProfile() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ThreadPoolProfile profile = new ThreadPoolProfile("SegmentTrackingCompletion");
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(-1);
        return profile;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        TrackingCall call;
        List<EncodedMessage> messages;
        try {
            call = operation(exchange);
            messages = encoder.encode(exchange.getMessage().getBody(),
                    call, exchange.getMessage().getHeader(SegmentConstants.MESSAGE_ID_KEY, String.class));
        } catch (SegmentMessageRejectedException e) {
            metrics.rejected();
            return failNow(exchange, callback, e);
        } catch (IllegalArgumentException e) {
            return failNow(exchange, callback, e);
        }
        boolean batchOperation = call == TrackingCall.batch;
        if (settings.synchronous()) {
            ExchangeDelivery delivery = new ExchangeDelivery(exchange, callback, messages, batchOperation,
                    Runnable::run, true);
            List<PendingMessage> pending = pending(messages, delivery);
            if (batchOperation) {
                // batchSize=1 means "no packing across exchanges"; a batch exchange is sent in as few requests
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

    private TrackingCall operation(Exchange exchange) {
        String override = exchange.getMessage().getHeader(SegmentConstants.OPERATION, String.class);
        String operation = override != null ? override : endpoint.getConfiguration().getOperation();
        return TrackingCall.of(operation).orElseThrow(() -> new IllegalArgumentException("Operation '" + operation
                + "' is not a Tracking API call: a Tracking endpoint (" + endpoint.getConfiguration().getOperation()
                + ") sends identify, track, group, page, screen, alias or batch. Public API operations go to an "
                + "endpoint configured with one"));
    }

    private static List<PendingMessage> pending(List<EncodedMessage> messages, ExchangeDelivery delivery) {
        return messages.stream().map(m -> new PendingMessage(m, delivery)).toList();
    }

    private static boolean failNow(Exchange exchange, AsyncCallback callback, Exception e) {
        exchange.setException(e);
        callback.done(true);
        return true;
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getCamelContext().getManagementStrategy().removeEventNotifier(drainOnContextStopping);
        ServiceHelper.stopService(drainOnContextStopping);
        if (batcher != null) {
            SegmentConfiguration configuration = endpoint.getConfiguration();
            batcher.close(Duration.ofMillis(configuration.getMaxRetryTime() + configuration.getResponseTimeout()));
            batcher = null;
        }
        if (completions != null) {
            // Every exchange must be completed: wait for the queued completions instead of dropping them.
            completions.shutdown();
            completions.awaitTermination(1, TimeUnit.MINUTES);
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(completions);
            completions = null;
        }
        if (timer != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(timer);
            timer = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
        super.doStop();
    }

    /**
     * Graceful shutdown waits for in-flight exchanges before it stops producers, and ours wait for their batch:
     * when the context starts stopping, open batches are sent at once, so they need not wait for flushInterval.
     * (Camel does not offer producers its ShutdownPrepared callback.)
     */
    private final class DrainOnContextStopping extends SimpleEventNotifierSupport {

        DrainOnContextStopping() {
            setIgnoreExchangeEvents(true);
            setIgnoreRouteEvents(true);
            setIgnoreServiceEvents(true);
            setIgnoreStepEvents(true);
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.CamelContextStoppingEvent;
        }

        @Override
        public void notify(CamelEvent event) {
            TrackingBatcher b = batcher;
            if (b != null) {
                b.drain();
            }
        }
    }

    /** The counters, for Micrometer gauges or tests. */
    public TrackingMetrics getMetrics() {
        return metrics;
    }

    @ManagedAttribute(description = "Messages Segment accepted")
    public long getMessagesSent() {
        return metrics.messagesSent();
    }

    @ManagedAttribute(description = "Messages whose request finally failed, after retries")
    public long getMessagesFailed() {
        return metrics.messagesFailed();
    }

    @ManagedAttribute(description = "Messages not sent because Segment would reject them (no userId or "
            + "anonymousId, bad timestamp, over 32 KB, ...)")
    public long getMessagesRejected() {
        return metrics.messagesRejected();
    }

    @ManagedAttribute(description = "Requests Segment accepted (batches; single calls count as batches of one)")
    public long getBatchesSent() {
        return metrics.batchesSent();
    }

    @ManagedAttribute(description = "Requests that finally failed, after retries")
    public long getBatchesFailed() {
        return metrics.batchesFailed();
    }

    @ManagedAttribute(description = "Request body bytes Segment accepted")
    public long getBytesSent() {
        return metrics.bytesSent();
    }

    @ManagedAttribute(description = "Requests sent again after a 429, a 5xx or a dropped connection")
    public long getRetries() {
        ApiClient c = client;
        return c == null ? 0 : c.metrics().retries();
    }

    @ManagedAttribute(description = "Messages waiting for their batch or in flight")
    public int getPendingMessages() {
        TrackingBatcher b = batcher;
        return b == null ? 0 : b.pending();
    }

    @ManagedOperation(description = "Sends the open batch now, however full")
    public void flush() {
        TrackingBatcher b = batcher;
        if (b != null) {
            b.flush();
        }
    }
}
