package io.github.camelsegmentremote.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.segment.analytics.Analytics;
import com.segment.analytics.Callback;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sync.EmploymentIdentifyMapper;

/**
 * What a Java user writes by hand: java.net.http pages Remote, each employee is mapped (with this project's
 * mapper, so the traits are the same) and enqueued to Segment's analytics-java 3.5.4 with its defaults (batches of
 * up to 250 messages / 500 KB to {@code /v1/import}, one network thread, unbounded queue), its endpoint pointed at
 * the sandbox. Done when its callback has seen every message succeed. analytics-java keeps no state, so there is no
 * re-sync to compare: running it again sends everyone again.
 */
final class AnalyticsJavaVariant implements SyncVariant {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(20);

    @Override
    public String id() {
        return "analytics-java";
    }

    @Override
    public VariantRun run(BenchTarget target) throws Exception {
        Stopwatch setup = Stopwatch.start();
        DeliveryCounter delivered = new DeliveryCounter();
        Analytics analytics = Analytics.builder(SandboxTokens.SEGMENT_WRITE_KEY).endpoint(target.trackingBaseUrl())
                .callback(delivered).build();
        HttpClient http = HttpClient.newHttpClient();
        EmploymentIdentifyMapper mapper = new EmploymentIdentifyMapper();
        double setupMillis = setup.millis();
        try {
            Stopwatch sync = Stopwatch.start();
            long enqueued = 0;
            for (int page = 1;; page++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(RemoteListing.url(target, page)))
                        .header("Authorization", "Bearer " + SandboxTokens.REMOTE_TOKEN).GET().build();
                HttpResponse<java.io.InputStream> response = http.send(request,
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Remote answered " + response.statusCode() + " for page " + page);
                }
                RemoteListing listing;
                try (var body = response.body()) {
                    listing = RemoteListing.parse(body);
                }
                for (JsonNode employment : listing.items()) {
                    var identify = mapper.map(employment).orElseThrow();
                    analytics.enqueue(IdentifyMessage.builder().userId(identify.userId()).traits(identify.traits()));
                    enqueued++;
                }
                if (!listing.hasMoreAfter(page)) {
                    break;
                }
            }
            analytics.flush();
            delivered.await(enqueued, DELIVERY_TIMEOUT);
            return new VariantRun(setupMillis, sync, delivered.succeeded.get(), null,
                    "analytics-java 3.5.4 defaults (flushQueueSize 250, 500 KB batches, 1 network thread, "
                            + "unbounded queue), java.net.http paging at 100");
        } finally {
            analytics.shutdown();
        }
    }

    /** Counts analytics-java's per-message outcomes; a failure ends the wait. */
    private static final class DeliveryCounter implements Callback {
        final AtomicLong succeeded = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        private volatile Throwable firstFailure;

        @Override
        public void success(Message message) {
            succeeded.incrementAndGet();
        }

        @Override
        public void failure(Message message, Throwable throwable) {
            if (firstFailure == null) {
                firstFailure = throwable;
            }
            failed.incrementAndGet();
        }

        void await(long expected, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (succeeded.get() + failed.get() < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("analytics-java delivered " + succeeded.get() + " of " + expected
                            + " messages within " + timeout);
                }
                TimeUnit.MILLISECONDS.sleep(2);
            }
            if (failed.get() > 0) {
                throw new IllegalStateException("analytics-java failed " + failed.get() + " messages", firstFailure);
            }
        }
    }
}
