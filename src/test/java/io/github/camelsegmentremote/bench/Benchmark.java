package io.github.camelsegmentremote.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sync benchmark: for each N, a sandbox in this JVM, and each variant in a JVM of its own (so heap and RSS
 * peaks are the variant's), repetitions alternating the order of the variants, the sandbox reset before every run.
 * Writes runs.csv, results.md and the throughput chart. See BENCHMARKS.md for the method and the command.
 */
public final class Benchmark {

    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);
    private static final long RUN_TIMEOUT_MINUTES = 30;

    private final BenchOptions options;
    private final List<Measurement> measurements = new ArrayList<>();

    private Benchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new Benchmark(BenchOptions.parse(args)).run();
    }

    private void run() throws Exception {
        if (options.render() != null) {
            publish(BenchReport.read(options.render()));
            return;
        }
        Files.createDirectories(options.out().resolve("logs"));
        String started = ZonedDateTime.now().toString();
        LOG.info("Benchmark: {} (load average {})", options, loadAverage());
        for (int size : options.sizes()) {
            try (Sandbox sandbox = Sandbox.builder().employees(size).start()) {
                List<String> order = new ArrayList<>(options.variants());
                for (int rep = 1; rep <= options.repsFor(size); rep++) {
                    for (String variant : order) {
                        measure(sandbox, variant, size, rep);
                    }
                    Collections.rotate(order, -1);
                }
                for (var extra : options.extras().entrySet()) {
                    if (extra.getValue().contains(size)) {
                        measure(sandbox, extra.getKey(), size, 1);
                    }
                }
            }
        }
        publish(new BenchReport(new BenchReport.Results(started, ZonedDateTime.now().toString(), options.xmx(),
                measurements)));
    }

    private void publish(BenchReport report) throws IOException {
        report.write(options.out());
        Files.createDirectories(options.chart().toAbsolutePath().getParent());
        new ThroughputChart(report).write(options.chart());
        LOG.info("Results: {}, {} and {}; chart: {}", options.out().resolve("results.md"),
                options.out().resolve("runs.csv"), options.out().resolve("runs.json"), options.chart());
        System.out.println(report.markdown());
    }

    private void measure(Sandbox sandbox, String variant, int size, int rep) throws Exception {
        sandbox.reset();
        Path workDir = Files.createTempDirectory("bench-" + variant + "-");
        Path log = options.out().resolve("logs").resolve(variant + "-" + size + "-r" + rep + ".log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + options.xmx(), "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=bench/logback-bench.xml", "-cp", System.getProperty("java.class.path"),
                VariantProcess.class.getName(), variant, String.valueOf(size), sandbox.remote().baseUrl(),
                sandbox.trackingUs().baseUrl(), workDir.toString());
        double loadBefore = loadAverage();
        LOG.info("{} N={} repetition {}: starting (load average {})", variant, size, rep, loadBefore);
        String failure = null;
        VariantProcess.Report report = null;
        long firstRequest;
        try (FirstRequestWatch watch = new FirstRequestWatch(sandbox.segmentWorld().tracking("us")).start()) {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                failure = "did not finish within " + RUN_TIMEOUT_MINUTES + " min";
            } else if (process.exitValue() != 0) {
                failure = "exit code " + process.exitValue() + (Files.readString(log).contains("OutOfMemoryError")
                        ? " (OutOfMemoryError with -Xmx" + options.xmx() + ")" : "") + ", see " + log;
            } else {
                report = readReport(log);
            }
            firstRequest = watch.firstEpochMillis();
        } finally {
            deleteRecursively(workDir);
        }
        SegmentEventLog events = sandbox.segmentWorld().us().events();
        SandboxCounts total = new SandboxCounts(
                sandbox.remoteSimulator().inspect().path("requests").path(SandboxCounts.LIST_ROUTE).asLong(),
                sandbox.remoteSimulator().inspect().path("requests").path(SandboxCounts.DETAIL_ROUTE).asLong(),
                sandbox.segmentWorld().tracking("us").requests());
        SandboxCounts firstSync = report == null || report.variant().second() == null ? total
                : total.minus(report.variant().second().counts());
        if (failure == null && (events.accepted("identify") != size || events.distinctUserIds() != size)) {
            failure = "Segment accepted " + events.accepted("identify") + " identifies for "
                    + events.distinctUserIds() + " userIds, expected " + size;
        }
        double firstIdentify = report == null || firstRequest < 0 ? -1
                : firstRequest - report.variant().startEpochMillis();
        Measurement m = new Measurement(variant, size, rep, failure, report, firstSync, events.accepted("identify"),
                events.distinctUserIds(), events.duplicates(), firstIdentify, loadBefore, loadAverage());
        measurements.add(m);
        LOG.info("{} N={} repetition {}: {}", variant, size, rep, m.ok() ? String.format(
                "%.0f ms, %.0f employees/s, requests %s, heap max %d MB (after GC %d MB), RSS %d MB", m.syncMillis(),
                m.employeesPerSecond(), firstSync, report.memory().maxUsedBytes() >> 20,
                report.memory().maxAfterGcBytes() >> 20, report.memory().vmHwmKb() >> 10) : "FAILED: " + failure);
    }

    private static VariantProcess.Report readReport(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            String line = lines.filter(l -> l.startsWith(VariantProcess.RESULT_PREFIX)).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("no result line in " + log));
            return VariantProcess.JSON.readValue(line.substring(VariantProcess.RESULT_PREFIX.length()),
                    VariantProcess.Report.class);
        }
    }

    /** The 1-minute load average, from /proc/loadavg; -1 where there is none. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
