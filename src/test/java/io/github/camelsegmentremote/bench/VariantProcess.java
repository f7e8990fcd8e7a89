package io.github.camelsegmentremote.bench;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The forked JVM of one variant run, so heap and RSS peaks belong to that variant alone:
 * {@code VariantProcess <variant> <employees> <remoteBaseUrl> <trackingBaseUrl> <workDir>}. Prints one line
 * {@value #RESULT_PREFIX}{@code <json>} with the variant's timings and this JVM's memory peaks.
 */
public final class VariantProcess {

    static final String RESULT_PREFIX = "BENCH-RESULT ";
    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    /**
     * @param variant the variant's own measurements
     * @param memory  this JVM's peaks over the whole run (setup, sync and second phase)
     */
    record Report(VariantRun variant, MemoryWatcher.Peaks memory) {
    }

    private VariantProcess() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: VariantProcess <variant> <employees> <remoteBaseUrl> "
                    + "<trackingBaseUrl> <workDir>");
        }
        SyncVariant variant = Variants.byId(args[0]);
        BenchTarget target = new BenchTarget(args[2], args[3], Integer.parseInt(args[1]), Path.of(args[4]));
        VariantRun run;
        MemoryWatcher.Peaks peaks;
        try (MemoryWatcher memory = new MemoryWatcher().start()) {
            run = variant.run(target);
            peaks = memory.peaks();
        }
        System.out.println(RESULT_PREFIX + JSON.writeValueAsString(new Report(run, peaks)));
        System.out.flush();
        // Client libraries may leave non-daemon threads behind; the result is out, so end here.
        System.exit(0);
    }
}
