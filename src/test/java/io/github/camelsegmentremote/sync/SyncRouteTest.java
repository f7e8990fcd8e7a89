package io.github.camelsegmentremote.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.camelsegmentremote.sandbox.RemoteSimulator;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shipped Job 1 route (routes/sync-remote-employees-to-segment.camel.yaml), loaded as written into a plain
 * CamelContext and run against the sandbox over HTTP.
 */
class SyncRouteTest extends CamelTestSupport {

    private static final int EMPLOYEES = 250;

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(b -> b.employees(EMPLOYEES));

    @TempDir
    static Path dataDir;

    private Sandbox sandbox() {
        return SANDBOX.sandbox();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties p = SyncRouteProperties.forSandbox(sandbox(), dataDir);
        p.put("sync.interval", "400");
        p.put("sync.flush-interval", "1000");
        p.put("sync.identify-first", "true");
        context.getPropertiesComponent().setInitialProperties(p);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context,
                "file:routes/sync-remote-employees-to-segment.camel.yaml"));
        return context;
    }

    private SyncRuns sync() {
        return context.getRegistry().lookupByNameAndType("syncRuns", SyncRuns.class);
    }

    private SegmentEventLog events() {
        return sandbox().segmentWorld().us().events();
    }

    private long remoteRequests(String route) {
        return sandbox().remoteSimulator().inspect().path("requests").path(route).asLong();
    }

    /** Waits for the next run to finish and returns its counters. */
    private SyncRunStats nextRun() {
        SyncRunStats previous = sync().lastRun();
        await().atMost(Duration.ofSeconds(60)).until(() -> sync().lastRun() != previous);
        return sync().lastRun();
    }

    @Test
    void syncsEveryoneOnceThenOnlyWhatChanged() {
        RemoteSimulator remote = sandbox().remoteSimulator();
        List<String> ids = remote.employmentIds().toList();

        // Run 1: every employee identified exactly once, with the mapped traits.
        await().atMost(Duration.ofSeconds(60)).until(() -> sync().lastRun() != null);
        SyncRunStats first = sync().lastRun();
        assertThat(first.employeesSeen()).isEqualTo(EMPLOYEES);
        // Each new employee is identified from its list item, then enriched from its full record.
        assertThat(first.changedEmployees()).isEqualTo(EMPLOYEES);
        assertThat(first.fullRecordsRead()).isEqualTo(EMPLOYEES);
        assertThat(first.sentIdentifies()).isBetween((long) EMPLOYEES, 2L * EMPLOYEES);
        assertThat(first.failedEmployees()).isZero();
        assertThat(events().distinctUserIds()).isEqualTo(EMPLOYEES);
        assertThat(ids).allSatisfy(id -> assertThat(events().identifies(id)).isBetween(1, 2));
        String sample = ids.get(7);
        var employment = remote.employment(sample).orElseThrow();
        var traits = events().latestTraits(sample).orElseThrow();
        assertThat(traits.path("name").asText()).isEqualTo(employment.path("full_name").asText());
        assertThat(traits.path("title").asText()).isEqualTo(employment.path("job_title").asText());
        assertThat(traits.path("status").asText()).isEqualTo(employment.path("status").asText());
        assertThat(traits.path("countryCode").asText()).isEqualTo(employment.at("/country/alpha_2_code").asText());
        assertThat(traits.path("startDate").asText()).as("from the full record")
                .isEqualTo(employment.path("provisional_start_date").asText());
        // Identifies and the offboarding tracks of already-gone employees travel in /v1/batch calls of up to 100:
        // per message type, ceil(n / 100) full batches and at most one more sent by the flush interval.
        long tracks = events().accepted("track");
        assertThat(tracks).as("seeded leavers get the offboarding event").isPositive();
        assertThat(events().batches()).as("batched: the pages, then the enriched records").isLessThanOrEqualTo(
                2 * ((EMPLOYEES + tracks + 99) / 100 + 1));

        // Run 2: nothing changed, nothing sent, no full-record reads.
        long accepted = events().accepted();
        long detailReads = remoteRequests("GET /v1/employments/{employment_id}");
        SyncRunStats second = nextRun();
        assertThat(second.sentIdentifies()).isZero();
        assertThat(second.unchangedEmployees()).isEqualTo(EMPLOYEES);
        assertThat(events().accepted()).isEqualTo(accepted);
        assertThat(remoteRequests("GET /v1/employments/{employment_id}")).isEqualTo(detailReads);

        // Run 3: one job title changed: exactly that employee is sent again.
        int identifiesBefore = events().identifies(sample);
        remote.updateEmployment(sample, Map.of("job_title", "Chief Sandbox Officer"));
        SyncRunStats third = nextRun();
        assertThat(third.sentIdentifies()).isEqualTo(1);
        assertThat(events().accepted()).isEqualTo(accepted + 1);
        assertThat(events().identifies(sample)).isEqualTo(identifiesBefore + 1);
        assertThat(events().latestTraits(sample).orElseThrow().path("title").asText())
                .isEqualTo("Chief Sandbox Officer");

        // Run 4: an offboarded employee gets an identify with the final status and the offboarding event.
        String leaver = ids.stream().filter(id -> "active".equals(remote.employment(id).orElseThrow()
                .path("status").asText())).skip(3).findFirst().orElseThrow();
        remote.offboard(leaver);
        long tracksBefore = events().accepted("track");
        SyncRunStats fourth = nextRun();
        assertThat(fourth.sentIdentifies()).isEqualTo(1);
        assertThat(events().latestTraits(leaver).orElseThrow().path("status").asText()).isEqualTo("offboarding");
        assertThat(events().accepted("track")).isEqualTo(tracksBefore + 1);
    }
}
