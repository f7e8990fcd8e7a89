package io.github.camelsegmentremote.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelsegmentremote.sandbox.Fault;
import io.github.camelsegmentremote.sandbox.FaultPlan;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxServer;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.sync.SyncRuns;
import io.github.camelsegmentremote.sync.SyncRunStats;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shipped sync route against both APIs failing at once: the Segment Tracking sandbox answers 20% of requests
 * 500, 2% 429 plus a burst of 429s every two seconds (with Retry-After), resets 5% of connections before
 * processing, and a proxy loses 5% of its successful answers after processing (so batches Segment accepted are
 * sent again); Remote answers 1.5% 429 (with x-ratelimit-reset) and 3% 502. The bursts: {@value #BURST} 429s in a
 * row each time another quarter of the employees was accepted.
 * <p>
 * Promise: every employee is identified, and every repeated delivery carried the same messageId, so Segment
 * counted each employee's identify once. CI runs {@value #CI_EMPLOYEES} employees; the full run is
 * {@code mvn -B test -Dtest=FaultSyncTest -Dreliability.employees=20000}.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class FaultSyncTest {

    private static final int CI_EMPLOYEES = 3_000;
    private static final int EMPLOYEES = Integer.getInteger("reliability.employees", CI_EMPLOYEES);
    private static final Logger LOG = LoggerFactory.getLogger(FaultSyncTest.class);

    private static final FaultPlan TRACKING_FAULTS = FaultPlan.NONE.withServerErrors(0.20, 500).withRateLimits(0.02, 1000)
            .withResets(0.05);
    private static final FaultPlan REMOTE_FAULTS = FaultPlan.NONE.withServerErrors(0.03, 502).withRateLimits(0.015, 100);
    private static final double LOST_ANSWER_RATE = 0.05;
    private static final int BURST = 5;

    @TempDir
    Path dataDir;

    @Test
    void everyEmployeeIsIdentifiedOnceWhileBothApisFail() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().employees(EMPLOYEES).start();
                FaultProxy proxy = FaultProxy.losingAnswers(sandbox.trackingUs().baseUrl(), LOST_ANSWER_RATE, 7)) {
            SandboxServer tracking = sandbox.trackingUs();
            tracking.faults().plan(TRACKING_FAULTS);
            sandbox.remote().faults().plan(REMOTE_FAULTS);
            Properties properties = ShippedRoutes.properties(sandbox, dataDir, 2_000);
            properties.put("segment.tracking-base-url", proxy.baseUrl());
            CamelContext context = ShippedRoutes.context(properties, 20, 10, ShippedRoutes.SYNC_ROUTE);
            SegmentEventLog events = sandbox.segmentWorld().us().events();
            ScheduledExecutorService bursts = Executors.newSingleThreadScheduledExecutor();
            RateLimitBursts burster = new RateLimitBursts(tracking, events, EMPLOYEES);
            bursts.scheduleWithFixedDelay(burster, 100, 100, TimeUnit.MILLISECONDS);
            long started = System.nanoTime();
            SyncRunStats first;
            try {
                context.start();
                SyncRuns sync = ShippedRoutes.sync(context);
                await().atMost(Duration.ofMinutes(18)).pollInterval(Duration.ofMillis(200))
                        .until(() -> sync.lastRun() != null);
                first = sync.lastRun();
                // A batch whose retries all failed leaves its employees unsynced: the next run sends them.
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                        .until(() -> sync.lastRun().failedEmployees() == 0);
            } finally {
                bursts.shutdownNow();
                context.close();
            }
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

            List<String> ids = sandbox.remoteSimulator().employmentIds().toList();
            assertThat(ids).hasSize(EMPLOYEES);
            // Nothing lost: every employee has a profile built from an identify.
            assertThat(events.distinctUserIds()).isEqualTo(EMPLOYEES);
            assertThat(events.accepted("identify")).isEqualTo(EMPLOYEES);
            // No distinct duplicate: each employee's identify counted once, whatever was re-sent.
            assertThat(ids).allSatisfy(id -> assertThat(events.identifies(id)).as("identifies of %s", id)
                    .isEqualTo(1));
            long messages = ids.stream().mapToLong(id -> events.messageIds(id).size()).sum();
            assertThat(messages).as("every accepted message belongs to an employee").isEqualTo(events.accepted());

            // The faults happened, and repeated deliveries reached Segment and were discarded by messageId.
            assertThat(tracking.answered(500)).isPositive();
            assertThat(tracking.answered(429)).isPositive();
            assertThat(tracking.stats().path("resets").asLong()).isPositive();
            assertThat(sandbox.remote().answered(502)).isPositive();
            assertThat(sandbox.remote().answered(429)).isPositive();
            assertThat(proxy.lost()).isPositive();
            assertThat(events.duplicates()).as("re-sent messages discarded").isPositive();

            assertThat(burster.bursts()).as("429 bursts").isEqualTo(3);
            LOG.info("RELIABILITY fault-sync: employees={} time={}ms firstRun=[{}] | tracking: requests={} 500={} "
                    + "429={} resets={} answersLost={} batchesAccepted={} duplicatesDiscarded={} | remote: "
                    + "requests={} 502={} 429={}", EMPLOYEES, millis, first, tracking.stats().path("requests"),
                    tracking.answered(500), tracking.answered(429), tracking.stats().path("resets"), proxy.lost(),
                    events.batches(), events.duplicates(), sandbox.remote().stats().path("requests"),
                    sandbox.remote().answered(502), sandbox.remote().answered(429));
        }
    }

    /** Forces a burst of 429s each time another quarter of the employees reached Segment. */
    private static final class RateLimitBursts implements Runnable {
        private final SandboxServer tracking;
        private final SegmentEventLog events;
        private final int employees;
        private volatile int bursts;

        RateLimitBursts(SandboxServer tracking, SegmentEventLog events, int employees) {
            this.tracking = tracking;
            this.events = events;
            this.employees = employees;
        }

        int bursts() {
            return bursts;
        }

        @Override
        public void run() {
            long quarter = 4 * events.accepted("identify") / employees;
            if (quarter > bursts && quarter < 4) {
                bursts++;
                tracking.faults().failNext(Fault.RATE_LIMIT, BURST);
            }
        }
    }
}
