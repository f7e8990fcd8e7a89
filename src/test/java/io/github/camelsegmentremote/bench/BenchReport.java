package io.github.camelsegmentremote.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Medians and spreads per variant and N, the targets checked, as Markdown (results.md), one CSV line per run
 * (runs.csv), and every measurement as JSON (runs.json, which {@code render=} reads back to redraw).
 */
final class BenchReport {

    /**
     * What a benchmark run produced.
     *
     * @param started  when it started
     * @param finished when it ended
     * @param xmx      the variant JVMs' heap limit
     * @param runs     every forked run
     */
    record Results(String started, String finished, String xmx, List<Measurement> runs) {
    }

    private final Results results;
    private final List<Measurement> runs;

    BenchReport(Results results) {
        this.results = results;
        this.runs = List.copyOf(results.runs());
    }

    static BenchReport read(Path runsJson) throws IOException {
        return new BenchReport(VariantProcess.JSON.readValue(runsJson.toFile(), Results.class));
    }

    /** The runs of one variant at one N that counted. */
    List<Measurement> ok(String variant, int size) {
        return runs.stream().filter(m -> m.variant().equals(variant) && m.employees() == size && m.ok()).toList();
    }

    List<Integer> sizes() {
        return runs.stream().map(Measurement::employees).distinct().sorted().toList();
    }

    /** Variants in report order: the main ones first, then the extras. */
    List<String> variants() {
        return Variants.ALL.stream().map(SyncVariant::id)
                .filter(id -> runs.stream().anyMatch(m -> m.variant().equals(id))).toList();
    }

    Optional<Stats> syncMillis(String variant, int size) {
        return Stats.of(ok(variant, size), Measurement::syncMillis);
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.md"), markdown());
        Files.writeString(dir.resolve("runs.csv"), csv());
        VariantProcess.JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("runs.json").toFile(), results);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Runs from ").append(results.started()).append(" to ").append(results.finished())
                .append("; variant JVMs with -Xmx").append(results.xmx()).append(".\n\n");
        md.append("| Variant | N | runs ok | wall time, median (min–max) | employees/s (median) | time vs floor "
                + "| CPU time of its JVM, of which JIT compiler threads (median) | first identify after | Remote list / detail calls | Segment requests | heap: most used / "
                + "most live after GC | peak RSS |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int size : sizes()) {
            Optional<Stats> floor = syncMillis(Variants.FLOOR, size);
            for (String variant : variants()) {
                List<Measurement> ok = ok(variant, size);
                long all = runs.stream().filter(m -> m.variant().equals(variant) && m.employees() == size).count();
                if (all == 0) {
                    continue;
                }
                md.append("| ").append(variant).append(" | ").append(String.format(Locale.ROOT, "%,d", size))
                        .append(" | ").append(ok.size()).append('/').append(all).append(" | ");
                if (ok.isEmpty()) {
                    md.append(failures(variant, size)).append(" | | | | | | | | |\n");
                    continue;
                }
                Stats time = Stats.of(ok, Measurement::syncMillis).orElseThrow();
                md.append(seconds(time)).append(" | ")
                        .append(String.format(Locale.ROOT, "%,.0f", size / (time.median() / 1000))).append(" | ")
                        .append(floor.map(f -> String.format(Locale.ROOT, "%.2fx", time.median() / f.median()))
                                .orElse("–"))
                        .append(" | ").append(String.format(Locale.ROOT, "%.1f s, %.1f s", Stats.of(ok, m -> m
                                .report().variant().syncCpuMillis()).orElseThrow().median() / 1000, Stats.of(ok,
                                        m -> m.report().variant().syncJitCpuMillis()).orElseThrow().median() / 1000))
                        .append(" | ").append(Stats.of(ok, Measurement::firstIdentifyMillis)
                                .map(s -> String.format(Locale.ROOT, "%.0f ms", s.median())).orElse("–"))
                        .append(" | ").append(range(ok, m -> m.firstSync().remoteListCalls())).append(" / ")
                        .append(range(ok, m -> m.firstSync().remoteDetailCalls())).append(" | ")
                        .append(range(ok, m -> m.firstSync().segmentRequests())).append(" | ")
                        .append(max(ok, m -> m.report().memory().maxUsedBytes() >> 20)).append(" MB / ")
                        .append(max(ok, m -> m.report().memory().maxAfterGcBytes() >> 20)).append(" MB | ")
                        .append(max(ok, m -> m.report().memory().vmHwmKb() >> 10)).append(" MB |\n");
            }
        }
        md.append("\nSecond pass over the unchanged list (this project: a re-sync; the floor: reading every page and "
                + "nothing else):\n\n");
        md.append("| N | variant | phase | time, median (min–max) | CPU time of its JVM (median) | identifies sent "
                + "| Segment requests | Remote list / detail calls |\n|---:|---|---|---:|---:|---:|---:|---:|\n");
        for (int size : sizes()) {
            for (String variant : variants()) {
                List<Measurement> withSecond = ok(variant, size).stream().filter(m -> m.report().variant()
                        .second() != null).toList();
                if (withSecond.isEmpty()) {
                    continue;
                }
                md.append(String.format(Locale.ROOT, "| %,d | ", size)).append(variant).append(" | ")
                        .append(withSecond.get(0).report().variant().second().kind()).append(" | ")
                        .append(seconds(Stats.of(withSecond, m -> m.report().variant().second().millis())
                                .orElseThrow()))
                        .append(" | ").append(String.format(Locale.ROOT, "%.1f s", Stats.of(withSecond, m -> m
                                .report().variant().second().cpuMillis()).orElseThrow().median() / 1000))
                        .append(" | ").append(range(withSecond, m -> m.report().variant().second().sent()))
                        .append(" | ").append(range(withSecond, m -> m.report().variant().second().counts()
                                .segmentRequests()))
                        .append(" | ").append(range(withSecond, m -> m.report().variant().second().counts()
                                .remoteListCalls())).append(" / ")
                        .append(range(withSecond, m -> m.report().variant().second().counts().remoteDetailCalls()))
                        .append(" |\n");
            }
        }
        md.append("\nTargets (this project, fullRecord=never; issue 14 sets them at N = 100,000, other sizes are "
                + "shown for information; a ratio is judged on the median of the per-repetition ratios):\n\n");
        md.append("| N | target | measured | met |\n|---:|---|---|---|\n");
        for (int size : sizes()) {
            targets(md, size);
        }
        md.append("\nLoad average (1 min) during the runs: ")
                .append(String.format(Locale.ROOT, "%.2f to %.2f", runs.stream().mapToDouble(m -> Math.min(
                        m.loadBefore(), m.loadAfter())).min().orElse(-1), runs.stream().mapToDouble(m -> Math.max(
                                m.loadBefore(), m.loadAfter())).max().orElse(-1)))
                .append(".\n\nSettings per variant:\n\n");
        for (String variant : variants()) {
            runs.stream().filter(m -> m.variant().equals(variant) && m.ok()).findFirst().ifPresent(m -> md
                    .append("- ").append(variant).append(": ").append(m.report().variant().settings()).append(
                            "; collectors: ").append(m.report().memory().collectors()).append('\n'));
        }
        return md.toString();
    }

    private void targets(StringBuilder md, int size) {
        String project = Variants.PROJECT;
        List<Measurement> ok = ok(project, size);
        long all = runs.stream().filter(m -> m.variant().equals(project) && m.employees() == size).count();
        if (all == 0) {
            return;
        }
        ToDoubleFunction<Measurement> cpu = m -> m.report().variant().syncCpuMillis();
        ToDoubleFunction<Measurement> wall = Measurement::syncMillis;
        ToDoubleFunction<Measurement> second = m -> m.report().variant().second() == null ? Double.NaN
                : m.report().variant().second().millis();
        ratio(md, size, "CPU time of the sync JVM <= 0.8x analytics-java's", project, "analytics-java", cpu, 0.8,
                false);
        ratio(md, size, "CPU time of the sync JVM <= 1.5x the floor's", project, Variants.FLOOR, cpu, 1.5, false);
        ratio(md, size, "throughput >= 1.2x analytics-java's", "analytics-java", project, wall, 1.2, true);
        ratio(md, size, "unchanged re-sync <= 1.5x paging alone (the floor's second pass)", project,
                Variants.FLOOR, second, 1.5, false);
        long liveMb = ok.isEmpty() ? -1 : max(ok, m -> m.report().memory().maxAfterGcBytes() >> 20);
        row(md, size, "-Xmx" + results.xmx() + " passes, most live heap after GC <= 100 MB", ok.size() + "/" + all
                + " runs completed" + (ok.isEmpty() ? "" : ", most live heap after GC " + liveMb + " MB"),
                ok.size() == all && liveMb <= 100);
        if (ok.isEmpty()) {
            return;
        }
        long segmentMax = ok.stream().mapToLong(m -> m.firstSync().segmentRequests()).max().orElseThrow();
        row(md, size, "Segment requests <= N/90 = " + size / 90, String.valueOf(segmentMax),
                segmentMax <= size / 90);
        long pages = (size + BenchTarget.PAGE_SIZE - 1) / BenchTarget.PAGE_SIZE;
        boolean listOk = ok.stream().allMatch(m -> m.firstSync().remoteListCalls() == pages
                && m.firstSync().remoteDetailCalls() == 0);
        row(md, size, "Remote requests = ceil(N/100) = " + pages + " list calls, no detail calls",
                range(ok, m -> m.firstSync().remoteListCalls()) + " / " + range(ok, m -> m.firstSync()
                        .remoteDetailCalls()), listOk);
        long resync = ok.stream().mapToLong(m -> m.report().variant().second().counts().segmentRequests()).max()
                .orElseThrow();
        row(md, size, "unchanged re-sync: 0 Segment requests", String.valueOf(resync), resync == 0);
    }

    /**
     * A target on the ratio {@code numerator / denominator} of a value: the medians' ratio and the median (and
     * range) of the ratios within each repetition; judged on the per-repetition median when two or more pair up.
     */
    private void ratio(StringBuilder md, int size, String target, String numerator, String denominator,
            ToDoubleFunction<Measurement> value, double limit, boolean atLeast) {
        Optional<Stats> top = Stats.of(ok(numerator, size), value);
        Optional<Stats> bottom = Stats.of(ok(denominator, size), value);
        if (top.isEmpty() || bottom.isEmpty() || Double.isNaN(top.get().median())
                || Double.isNaN(bottom.get().median())) {
            return;
        }
        double medians = top.get().median() / bottom.get().median();
        double[] ratios = ok(numerator, size).stream().flatMap(t -> ok(denominator, size).stream()
                .filter(b -> b.repetition() == t.repetition())
                .map(b -> value.applyAsDouble(t) / value.applyAsDouble(b))).mapToDouble(Double::doubleValue)
                .sorted().toArray();
        double judged = medians;
        String measured = String.format(Locale.ROOT, "%.2fx (medians' ratio)", medians);
        if (ratios.length >= 2) {
            int mid = ratios.length / 2;
            judged = ratios.length % 2 == 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
            measured += String.format(Locale.ROOT, "; per repetition: %.2fx (%.2f–%.2f)", judged, ratios[0],
                    ratios[ratios.length - 1]);
        }
        row(md, size, target, measured, atLeast ? judged >= limit : judged <= limit);
    }

    private static void row(StringBuilder md, int size, String target, String measured, boolean met) {
        md.append(String.format(Locale.ROOT, "| %,d | ", size)).append(target).append(" | ").append(measured)
                .append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }

    private String failures(String variant, int size) {
        return runs.stream().filter(m -> m.variant().equals(variant) && m.employees() == size && !m.ok())
                .map(Measurement::failure).distinct().collect(Collectors.joining("; "));
    }

    private static String seconds(Stats s) {
        return String.format(Locale.ROOT, "%.2f s (%.2f–%.2f)", s.median() / 1000, s.min() / 1000, s.max() / 1000);
    }

    private static String range(List<Measurement> ok, ToDoubleFunction<Measurement> value) {
        Stats s = Stats.of(ok, value).orElseThrow();
        return s.min() == s.max() ? String.format(Locale.ROOT, "%,.0f", s.min())
                : String.format(Locale.ROOT, "%,.0f–%,.0f", s.min(), s.max());
    }

    private static long max(List<Measurement> ok, ToDoubleFunction<Measurement> value) {
        return (long) Stats.of(ok, value).orElseThrow().max();
    }

    String csv() {
        StringBuilder csv = new StringBuilder("variant,employees,repetition,ok,failure,sync_ms,sync_cpu_ms,sync_jit_cpu_ms,employees_per_s,"
                + "setup_ms,first_identify_ms,remote_list_calls,remote_detail_calls,segment_requests,identifies,"
                + "distinct_user_ids,duplicates,second_phase,second_phase_ms,second_phase_cpu_ms,second_phase_sent,"
                + "second_phase_segment_requests,second_phase_remote_list_calls,heap_max_used_mb,"
                + "heap_max_after_gc_mb,rss_peak_mb,load_before,load_after\n");
        for (Measurement m : runs.stream().sorted(Comparator.comparing(Measurement::employees)
                .thenComparing(Measurement::variant).thenComparing(Measurement::repetition)).toList()) {
            List<Object> cells = new ArrayList<>(List.of(m.variant(), m.employees(), m.repetition(), m.ok(),
                    m.failure() == null ? "" : '"' + m.failure().replace("\"", "'") + '"'));
            if (m.ok()) {
                VariantRun v = m.report().variant();
                VariantRun.SecondPhase second = v.second();
                cells.addAll(List.of(fmt(v.syncMillis()), fmt(v.syncCpuMillis()), fmt(v.syncJitCpuMillis()),
                        fmt(m.employeesPerSecond()), fmt(v.setupMillis()),
                        fmt(m.firstIdentifyMillis()), m.firstSync().remoteListCalls(),
                        m.firstSync().remoteDetailCalls(), m.firstSync().segmentRequests(), m.identifies(),
                        m.distinctUserIds(), m.duplicates(), second == null ? "" : second.kind(),
                        second == null ? "" : fmt(second.millis()), second == null ? "" : fmt(second.cpuMillis()),
                        second == null ? "" : second.sent(),
                        second == null ? "" : second.counts().segmentRequests(),
                        second == null ? "" : second.counts().remoteListCalls(),
                        m.report().memory().maxUsedBytes() >> 20, m.report().memory().maxAfterGcBytes() >> 20,
                        m.report().memory().vmHwmKb() >> 10));
            } else {
                cells.addAll(Collections.nCopies(21, ""));
            }
            cells.add(fmt(m.loadBefore()));
            cells.add(fmt(m.loadAfter()));
            csv.append(cells.stream().map(String::valueOf).collect(Collectors.joining(","))).append('\n');
        }
        return csv.toString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Median, minimum and maximum of some runs' values. */
    record Stats(double median, double min, double max) {

        static Optional<Stats> of(List<Measurement> runs, ToDoubleFunction<Measurement> value) {
            double[] values = runs.stream().mapToDouble(value).sorted().toArray();
            if (values.length == 0) {
                return Optional.empty();
            }
            int mid = values.length / 2;
            double median = values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
            return Optional.of(new Stats(median, values[0], values[values.length - 1]));
        }
    }
}
