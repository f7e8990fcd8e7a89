package io.github.camelsegmentremote.segment;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.segment.tracking.TrackingMetrics;
import io.github.camelsegmentremote.segment.tracking.TrackingPipeline;
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
    private final EventNotifier drainOnContextStopping = new DrainOnContextStopping();
    private ApiClient client;
    private TrackingPipeline pipeline;
    private ScheduledExecutorService timer;
    private ExecutorService completions;

    public SegmentTrackingProducer(SegmentEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SegmentConfiguration configuration = endpoint.getConfiguration();
        TrackingSettings settings = new TrackingSettings(configuration.getBatchSize(),
                Duration.ofMillis(configuration.getFlushInterval()), configuration.getMaxBatchBytes(),
                configuration.getMaxQueueSize(), configuration.getSenderThreads());
        client = endpoint.createTrackingClient();
        Clock clock = Clock.systemUTC();
        if (settings.synchronous()) {
            pipeline = TrackingPipeline.synchronous(settings, client, clock);
            return;
        }
        ExecutorServiceManager executors = getEndpoint().getCamelContext().getExecutorServiceManager();
        timer = executors.newSingleThreadScheduledExecutor(this, "SegmentTrackingFlush");
        completions = executors.newThreadPool(this, "SegmentTrackingCompletion", completionProfile());
        pipeline = TrackingPipeline.batching(settings, client, clock, timer,
                executors.newFixedThreadPool(this, "SegmentTrackingSender", settings.senderThreads()), completions);
        getEndpoint().getCamelContext().getManagementStrategy().addEventNotifier(drainOnContextStopping);
        ServiceHelper.startService(drainOnContextStopping);
    }

    /** Threads that complete exchanges (the route continues on them); the queue is unbounded, never rejecting. */
    private static ThreadPoolProfile completionProfile() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ThreadPoolProfile profile = new ThreadPoolProfile("SegmentTrackingCompletion");
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        // Not -1: Camel makes a queue size <= 0 a direct hand-over, which rejects a completion while every thread
        // is busy, and the caller (a sender thread) would then run the route itself.
        profile.setMaxQueueSize(Integer.MAX_VALUE);
        return profile;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        TrackingCall call;
        try {
            call = operation(exchange);
        } catch (IllegalArgumentException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        return pipeline.process(exchange, callback, call, TrackingBodies.messageBody(exchange, call),
                exchange.getMessage().getHeader(SegmentConstants.MESSAGE_ID_KEY, String.class));
    }

    private TrackingCall operation(Exchange exchange) {
        String override = exchange.getMessage().getHeader(SegmentConstants.OPERATION, String.class);
        String operation = override != null ? override : endpoint.getConfiguration().getOperation();
        return TrackingCall.of(operation).orElseThrow(() -> new IllegalArgumentException("Operation '" + operation
                + "' is not a Tracking API call: a Tracking endpoint (" + endpoint.getConfiguration().getOperation()
                + ") sends identify, track, group, page, screen, alias or batch. Public API operations go to an "
                + "endpoint configured with one"));
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getCamelContext().getManagementStrategy().removeEventNotifier(drainOnContextStopping);
        ServiceHelper.stopService(drainOnContextStopping);
        ExecutorServiceManager executors = getEndpoint().getCamelContext().getExecutorServiceManager();
        if (pipeline != null) {
            SegmentConfiguration configuration = endpoint.getConfiguration();
            pipeline.close(Duration.ofMillis(configuration.getMaxRetryTime() + configuration.getResponseTimeout()));
        }
        if (completions != null) {
            // Every exchange must be completed: wait for the queued completions instead of dropping them.
            completions.shutdown();
            completions.awaitTermination(1, TimeUnit.MINUTES);
            executors.shutdownNow(completions);
            completions = null;
        }
        if (timer != null) {
            executors.shutdownNow(timer);
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
            TrackingPipeline p = pipeline;
            if (p != null) {
                p.drain();
            }
        }
    }

    /** The counters, for Micrometer gauges or tests; null before the producer starts. */
    public TrackingMetrics getMetrics() {
        TrackingPipeline p = pipeline;
        return p == null ? null : p.metrics();
    }

    @ManagedAttribute(description = "Messages Segment accepted")
    public long getMessagesSent() {
        TrackingMetrics m = getMetrics();
        return m == null ? 0 : m.messagesSent();
    }

    @ManagedAttribute(description = "Messages whose request finally failed, after retries")
    public long getMessagesFailed() {
        TrackingMetrics m = getMetrics();
        return m == null ? 0 : m.messagesFailed();
    }

    @ManagedAttribute(description = "Messages not sent because Segment would reject them (no userId or "
            + "anonymousId, bad timestamp, over 32 KB, ...)")
    public long getMessagesRejected() {
        TrackingMetrics m = getMetrics();
        return m == null ? 0 : m.messagesRejected();
    }

    @ManagedAttribute(description = "Requests Segment accepted (batches; single calls count as batches of one)")
    public long getBatchesSent() {
        TrackingMetrics m = getMetrics();
        return m == null ? 0 : m.batchesSent();
    }

    @ManagedAttribute(description = "Requests that finally failed, after retries")
    public long getBatchesFailed() {
        TrackingMetrics m = getMetrics();
        return m == null ? 0 : m.batchesFailed();
    }

    @ManagedAttribute(description = "Request body bytes Segment accepted")
    public long getBytesSent() {
        TrackingMetrics m = getMetrics();
        return m == null ? 0 : m.bytesSent();
    }

    @ManagedAttribute(description = "Requests sent again after a 429, a 5xx or a dropped connection")
    public long getRetries() {
        ApiClient c = client;
        return c == null ? 0 : c.metrics().retries();
    }

    @ManagedAttribute(description = "Messages waiting for their batch or in flight")
    public int getPendingMessages() {
        TrackingPipeline p = pipeline;
        return p == null ? 0 : p.pending();
    }

    @ManagedOperation(description = "Sends the open batch now, however full")
    public void flush() {
        TrackingPipeline p = pipeline;
        if (p != null) {
            p.flush();
        }
    }
}
