package io.github.camelsegmentremote.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.camelsegmentremote.sandbox.Fault;
import io.github.camelsegmentremote.sandbox.FaultPlan;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.sandbox.SegmentSource;
import io.github.camelsegmentremote.segment.SegmentConstants;
import io.github.camelsegmentremote.segment.model.Source;
import io.github.camelsegmentremote.sync.SyncRuns;
import io.github.camelsegmentremote.sync.SyncRunStats;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Truncated JSON from either API. Promise: a clear error for that call naming it, the route goes on with the next
 * item, and the sync state never records an employee Segment did not accept.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class MalformedAnswersTest {

    private static final int EMPLOYEES = 300;
    private static final Logger LOG = LoggerFactory.getLogger(MalformedAnswersTest.class);
    private static final Pattern FAILED_EMPLOYMENT = Pattern.compile("Sync of employment (\\S+) failed");

    @TempDir
    Path dataDir;

    @Test
    void aTruncatedEmploymentFailsThatEmployeeOnlyAndNothingUnsentIsMarkedSynced() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().employees(EMPLOYEES).start();
                OutputCapture logs = OutputCapture.logs()) {
            // Remote cuts 5% of its answers in half. Segment too: a 200 whose body is cut still means accepted.
            sandbox.remote().faults().plan(FaultPlan.NONE.withMalformed(0.05));
            sandbox.trackingUs().faults().plan(FaultPlan.NONE.withMalformed(0.10));
            SyncRunStats run = firstCompletedRun(sandbox);
            SegmentEventLog events = sandbox.segmentWorld().us().events();

            List<String> failures = logs.lines("Sync of employment ");
            assertThat(run.failedEmployees()).as("employees whose record came back truncated").isPositive();
            assertThat(run.sentIdentifies()).as("the others went on").isPositive();
            assertThat(failures).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .contains("getEmployment (GET /v1/employments/", "answer is not valid JSON"));
            Set<String> failed = failures.stream().map(FAILED_EMPLOYMENT::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).collect(Collectors.toSet());

            // The state holds exactly the employees Segment accepted: none of the failed ones.
            Set<String> synced = syncedEmployments();
            Set<String> identified = identified(sandbox, events);
            assertThat(synced).isEqualTo(identified).doesNotContainAnyElementsOf(failed);

            // Without faults, the next run sends exactly the rest, once.
            sandbox.remote().faults().plan(FaultPlan.NONE);
            sandbox.trackingUs().faults().plan(FaultPlan.NONE);
            SyncRunStats next = firstCompletedRun(sandbox);
            assertThat(next.failedEmployees()).isZero();
            assertThat(events.distinctUserIds()).isEqualTo(EMPLOYEES);
            assertThat(sandbox.remoteSimulator().employmentIds()).allSatisfy(id -> assertThat(
                    events.identifies(id)).as(id).isEqualTo(1));
            assertThat(events.duplicates()).isZero();
            assertThat(syncedEmployments()).hasSize(EMPLOYEES);
            LOG.info("RELIABILITY malformed: employees={} firstRun=[{}] stateEntriesAfterFirstRun={} nextRun=[{}]",
                    EMPLOYEES, run, synced.size(), next);
        }
    }

    @Test
    void aTruncatedListPageFailsThatPollWithAClearErrorAndTheNextPollSyncsEveryone() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().employees(EMPLOYEES).start();
                OutputCapture logs = OutputCapture.logs()) {
            // The first answer of the run is the first list page.
            sandbox.remote().faults().failNext(Fault.MALFORMED, 1);
            CamelContext context = ShippedRoutes.context(ShippedRoutes.properties(sandbox, dataDir, 300), 5, 3,
                    ShippedRoutes.SYNC_ROUTE);
            try {
                context.start();
                SyncRuns sync = ShippedRoutes.sync(context);
                await().atMost(Duration.ofSeconds(60)).until(() -> sync.lastRun() != null
                        && sync.lastRun().failure() == null);
                assertThat(sync.lastRun().failedEmployees()).isZero();
                assertThat(sync.runsStarted()).as("the failed poll was a failed run, the next one synced everyone")
                        .isEqualTo(2);
            } finally {
                context.close();
            }
            assertThat(logs.lines("Failed polling endpoint: remote://listEmployments")).singleElement()
                    .satisfies(line -> assertThat(line).contains("Will try again at next poll", "token=xxxxxx"));
            assertThat(logs.lines("listEmployments (GET /v1/employments) failed")).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains("answer is not valid JSON"));
            SegmentEventLog events = sandbox.segmentWorld().us().events();
            assertThat(events.distinctUserIds()).isEqualTo(EMPLOYEES);
            assertThat(events.accepted("identify")).isEqualTo(EMPLOYEES);
            assertThat(syncedEmployments()).isEqualTo(identified(sandbox, events));
        }
    }

    @Test
    void aTruncatedPublicApiAnswerIsAClearErrorForThatCallAndTheNextItemRuns() throws Exception {
        try (Sandbox sandbox = Sandbox.start(); CamelContext context = new DefaultCamelContext()) {
            List<String> outcomes = new CopyOnWriteArrayList<>();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:sources").split(body())
                            .doTry()
                                .setHeader(SegmentConstants.SOURCE_ID, body())
                                .to("segment:getSource?token=RAW(" + SandboxTokens.SEGMENT_US_TOKEN + ")&baseUrl="
                                        + sandbox.segmentUs().baseUrl())
                                .process(e -> outcomes.add("ok " + e.getMessage().getBody(Source.class).getSlug()))
                            .doCatch(Exception.class)
                                .process(e -> outcomes.add("failed " + e.getProperty(Exchange.EXCEPTION_CAUGHT,
                                        Exception.class).getMessage()))
                            .end();
                }
            });
            context.start();
            List<String> ids = sandbox.segmentWorld().us().sources().stream().limit(3)
                    .map(SegmentSource::id).toList();
            sandbox.segmentUs().faults().failNext(Fault.MALFORMED, 1);
            context.createProducerTemplate().sendBody("direct:sources", ids);

            assertThat(outcomes).hasSize(3);
            assertThat(outcomes.get(0)).startsWith("failed getSource (GET /sources/" + ids.get(0) + ")")
                    .contains("answer is not valid JSON").doesNotContain(SandboxTokens.SEGMENT_US_TOKEN);
            assertThat(outcomes.subList(1, 3)).allSatisfy(o -> assertThat(o).startsWith("ok "));
        }
    }

    /** Runs the shipped sync route until a run completed, then stops it; the state stays in dataDir. */
    private SyncRunStats firstCompletedRun(Sandbox sandbox) throws Exception {
        CamelContext context = ShippedRoutes.context(ShippedRoutes.properties(sandbox, dataDir, 300), 5, 3,
                ShippedRoutes.SYNC_ROUTE);
        try {
            context.start();
            SyncRuns sync = ShippedRoutes.sync(context);
            await().atMost(Duration.ofSeconds(60)).until(() -> sync.lastRun() != null);
            return sync.lastRun();
        } finally {
            context.close();
        }
    }

    /** Employment ids the state file says Segment accepted (read as a restarted process would). */
    private Set<String> syncedEmployments() throws IOException {
        try (var lines = Files.lines(dataDir.resolve("sync-state.log"))) {
            return lines.map(l -> l.split("\t")).filter(parts -> parts.length == 5).map(parts -> parts[0])
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Employment ids with an identify Segment accepted. */
    private static Set<String> identified(Sandbox sandbox, SegmentEventLog events) {
        return sandbox.remoteSimulator().employmentIds().filter(id -> events.identifies(id) > 0)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
