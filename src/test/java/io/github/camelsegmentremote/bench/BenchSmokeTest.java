package io.github.camelsegmentremote.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.sync.FullRecordMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark harness compiling and working: this project's variant at N = 1,000, in-process, with the
 * request counts the benchmark's targets name. Behaviour only; nothing here is timed.
 */
class BenchSmokeTest {

    private static final int EMPLOYEES = 1_000;

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(b -> b.employees(EMPLOYEES));

    @TempDir
    Path workDir;

    @Test
    void shippedRouteSyncsEveryoneInBatchesThenResyncsWithoutSendingAndTheReportRenders() throws Exception {
        Sandbox sandbox = SANDBOX.sandbox();
        BenchTarget target = new BenchTarget(sandbox.remote().baseUrl(), sandbox.trackingUs().baseUrl(), EMPLOYEES,
                workDir);

        VariantRun run = new ShippedRouteVariant(FullRecordMode.never, ShippedRouteVariant.BATCH_SIZE)
                .run(target);

        SandboxCounts total = SandboxCounts.read(target);
        SandboxCounts resync = run.second().counts();
        SandboxCounts first = total.minus(resync);
        assertThat(run.delivered()).isEqualTo(EMPLOYEES);
        assertThat(first.remoteListCalls()).as("one list call per page of 100").isEqualTo(target.listCalls());
        assertThat(first.remoteDetailCalls()).as("fullRecord=never reads no detail").isZero();
        assertThat(first.segmentRequests()).as("batches of %d", ShippedRouteVariant.BATCH_SIZE)
                .isEqualTo(EMPLOYEES / ShippedRouteVariant.BATCH_SIZE);
        SegmentEventLog events = sandbox.segmentWorld().us().events();
        assertThat(events.accepted("identify")).isEqualTo(EMPLOYEES);
        assertThat(events.distinctUserIds()).isEqualTo(EMPLOYEES);
        assertThat(events.duplicates()).isZero();

        assertThat(run.second().kind()).isEqualTo("re-sync");
        assertThat(run.second().sent()).isZero();
        assertThat(resync.segmentRequests()).as("an unchanged re-sync sends nothing").isZero();
        assertThat(resync.remoteListCalls()).isEqualTo(target.listCalls());
        assertThat(resync.remoteDetailCalls()).isZero();

        // The report and the chart render from such a run.
        Measurement measurement = new Measurement(Variants.PROJECT, EMPLOYEES, 1, null,
                new VariantProcess.Report(run, new MemoryWatcher().peaks()), first, events.accepted("identify"),
                events.distinctUserIds(), events.duplicates(), 10, 0, 0);
        new BenchReport(new BenchReport.Results("start", "end", "256m", List.of(measurement)))
                .write(workDir.resolve("report"));
        BenchReport report = BenchReport.read(workDir.resolve("report/runs.json"));
        new ThroughputChart(report).write(workDir.resolve("chart.png"));
        assertThat(Files.readString(workDir.resolve("report/results.md")))
                .contains("| camel-segment-remote | 1,000 | 1/1 |")
                .contains("| 1,000 | unchanged re-sync: 0 Segment requests | 0 | yes |");
        assertThat(Files.readAllLines(workDir.resolve("report/runs.csv"))).hasSize(2);
        assertThat(ImageIO.read(workDir.resolve("chart.png").toFile()).getWidth()).isPositive();
    }
}
