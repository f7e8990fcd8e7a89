package io.github.camelsegmentremote.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The harness's settings, from {@code key=value} arguments (several may share one argument, separated by spaces):
 * <ul>
 * <li>{@code sizes=10000,100000}: employee counts N;</li>
 * <li>{@code reps=5}, and {@code reps.100000=3} for one size: repetitions;</li>
 * <li>{@code variants=camel-segment-remote,analytics-java,camel-http,floor}: run in this order, rotated by one
 * each repetition;</li>
 * <li>{@code extras=camel-segment-remote-changed:10000+100000,camel-segment-remote-batch500:100000}: variants run
 * once after the others, at the given N ({@code extras=} for none);</li>
 * <li>{@code xmx=256m}: the heap of each forked variant JVM;</li>
 * <li>{@code out=target/bench}: results, logs; {@code chart=...}: where the PNG goes (default in out);</li>
 * <li>{@code render=target/bench/runs.json}: run nothing, write the tables and the chart again from a run's
 * results.</li>
 * </ul>
 */
record BenchOptions(List<Integer> sizes, int reps, Map<Integer, Integer> repsBySize, List<String> variants,
        Map<String, List<Integer>> extras, String xmx, Path out, Path chart, Path render) {

    static BenchOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            for (String pair : arg.trim().split("\\s+")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("Expected key=value, got '" + pair + "'");
                }
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        List<Integer> sizes = ints(values.getOrDefault("sizes", "10000,100000"));
        int reps = Integer.parseInt(values.getOrDefault("reps", "5"));
        Map<Integer, Integer> repsBySize = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("reps.")) {
                repsBySize.put(Integer.parseInt(k.substring(5)), Integer.parseInt(v));
            }
        });
        List<String> variants = List.of(values.getOrDefault("variants",
                "camel-segment-remote,analytics-java,camel-http,floor").split(","));
        variants.forEach(Variants::byId);
        Map<String, List<Integer>> extras = new LinkedHashMap<>();
        String extraSpec = values.getOrDefault("extras",
                "camel-segment-remote-changed:10000+100000,camel-segment-remote-batch500:100000");
        for (String extra : extraSpec.isBlank() ? new String[0] : extraSpec.split(",")) {
            String[] parts = extra.split(":");
            Variants.byId(parts[0]);
            extras.computeIfAbsent(parts[0], k -> new ArrayList<>()).addAll(parts.length > 1
                    ? ints(parts[1].replace('+', ',')) : sizes);
        }
        Path out = Path.of(values.getOrDefault("out", "target/bench"));
        Path chart = Path.of(values.getOrDefault("chart", out.resolve("throughput.png").toString()));
        values.keySet().stream().filter(k -> !k.startsWith("reps.") && !List.of("sizes", "reps", "variants",
                "extras", "xmx", "out", "chart", "render").contains(k)).findFirst().ifPresent(k -> {
                    throw new IllegalArgumentException("Unknown setting '" + k + "'");
                });
        String render = values.get("render");
        return new BenchOptions(sizes, reps, repsBySize, variants, extras, values.getOrDefault("xmx", "256m"), out,
                chart, render == null ? null : Path.of(render));
    }

    int repsFor(int size) {
        return repsBySize.getOrDefault(size, reps);
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }
}
