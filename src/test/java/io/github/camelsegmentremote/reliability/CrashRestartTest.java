package io.github.camelsegmentremote.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.github.camelsegmentremote.sandbox.FaultPlan;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app, forked as its own JVM against a sandbox that lives in the test JVM, is killed with SIGKILL in the
 * middle of its first sync and started again on the same data directory. Promise: the second run completes,
 * nobody is lost, and the only employees sent again are those whose batch Segment had accepted but whose state
 * the killed app had not yet written: their messageIds repeat, so Segment discards them.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class CrashRestartTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRestartTest.class);
    private static final int EMPLOYEES = 2_000;
    private static final int BATCH_SIZE = 100;
    private static final int SENDER_THREADS = 2;

    @TempDir
    Path work;

    @Test
    void aKilledSyncResumesWithNothingLostAndOnlyTheInFlightBatchesSentAgain() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().employees(EMPLOYEES).start()) {
            // Slow enough to be caught in the middle: every Tracking request takes 250 ms, every Remote one 2 ms.
            sandbox.trackingUs().faults().plan(FaultPlan.NONE.withLatency(250));
            sandbox.remote().faults().plan(FaultPlan.NONE.withLatency(2));
            SegmentEventLog events = sandbox.segmentWorld().us().events();
            Path dataDir = work.resolve("data");
            Path output = work.resolve("app.log");
            Map<String, String> settings = ForkedApp.settings(
                    "app.sandbox", "false",
                    "server.address", "127.0.0.1",
                    "server.port", String.valueOf(ForkedApp.freePort()),
                    "remote.environment", "sandbox",
                    "remote.base-url", sandbox.remote().baseUrl(),
                    "remote.requests-per-minute", "0",
                    "segment.region", "us",
                    "segment.tracking-base-url", sandbox.trackingUs().baseUrl(),
                    "sync.data-directory", dataDir.toString(),
                    "sync.initial-delay", "0",
                    "sync.interval", "3600000",
                    "sync.batch-size", String.valueOf(BATCH_SIZE),
                    "sync.flush-interval", "300",
                    "sync.webhooks-enabled", "false",
                    // One identify per employee (from its full record), so every message is accounted for below.
                    "sync.identify-first", "false");
            Map<String, String> secrets = Map.of("REMOTE_API_TOKEN", SandboxTokens.REMOTE_TOKEN,
                    "SEGMENT_WRITE_KEY", SandboxTokens.SEGMENT_WRITE_KEY,
                    "REMOTE_WEBHOOK_SIGNING_KEY", SandboxTokens.REMOTE_SIGNING_KEY);

            try (ForkedApp first = ForkedApp.start(settings, secrets, output)) {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                        .failFast("the app died: " + output, () -> !first.isAlive())
                        .until(() -> events.accepted("identify") >= EMPLOYEES * 2 / 5);
                first.kill();
            }
            // Requests the sandbox was already processing still finish.
            Thread.sleep(1_000);
            Set<String> accepted = acceptedEmployees(sandbox, events);
            Set<String> marked = syncedEmployments(dataDir);
            assertThat(marked).as("killed in the middle").isNotEmpty().hasSizeLessThan(EMPLOYEES);
            assertThat(accepted).as("state is written only after Segment accepted").containsAll(marked);
            Set<String> inFlight = new TreeSet<>(accepted);
            inFlight.removeAll(marked);
            long messagesInFlight = inFlight.stream().mapToLong(id -> events.messageIds(id).size()).sum();
            assertThat(events.duplicates()).isZero();

            try (ForkedApp second = ForkedApp.start(settings, secrets, output)) {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                        .failFast("the app died: " + output, () -> !second.isAlive())
                        .until(() -> second.output().contains("Sync run finished"));
                assertThat(second.stop(Duration.ofSeconds(30))).as("exit code after SIGTERM").isIn(0, 143);
            }

            List<String> ids = sandbox.remoteSimulator().employmentIds().toList();
            assertThat(events.distinctUserIds()).as("nothing lost").isEqualTo(EMPLOYEES);
            assertThat(ids).allSatisfy(id -> assertThat(events.identifies(id)).as(id).isEqualTo(1));
            // Exactly the accepted-but-unrecorded messages came again, with their messageIds: none of a recorded one.
            assertThat(events.duplicates()).isEqualTo(messagesInFlight);
            assertThat(inFlight).as("at most the batches the senders had in flight")
                    .hasSizeLessThanOrEqualTo(SENDER_THREADS * BATCH_SIZE);
            assertThat(syncedEmployments(dataDir)).hasSize(EMPLOYEES);
            String log = Files.readString(output);
            assertThat(log).contains("Sync run finished").doesNotContain(SandboxTokens.REMOTE_TOKEN)
                    .doesNotContain(SandboxTokens.SEGMENT_WRITE_KEY);

            LOG.info("RELIABILITY crash: employees={} acceptedAtKill={} recordedAtKill={} acceptedNotRecorded={} "
                    + "resentAndDiscarded={} finalRun=[{}]", EMPLOYEES, accepted.size(), marked.size(),
                    inFlight.size(), events.duplicates(), log.lines().filter(l -> l.contains("Sync run finished"))
                            .reduce((a, b) -> b).orElse(""));
        }
    }

    /** Employees with an identify Segment accepted. */
    private static Set<String> acceptedEmployees(Sandbox sandbox, SegmentEventLog events) {
        return sandbox.remoteSimulator().employmentIds().filter(id -> events.identifies(id) > 0)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Employment ids in the state file, complete lines only (as the restarted app reads it). */
    private static Set<String> syncedEmployments(Path dataDir) throws IOException {
        Path file = dataDir.resolve("sync-state.log");
        if (!Files.exists(file)) {
            return Set.of();
        }
        try (var lines = Files.lines(file)) {
            return lines.map(l -> l.split("\t")).filter(parts -> parts.length == 5).map(parts -> parts[0])
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
