package io.github.camelsegmentremote.bench;

/**
 * What a variant measured itself: the full sync (timed from its first Remote request until Segment acknowledged
 * every identify) and an optional second phase.
 *
 * @param setupMillis      building the client or Camel context before the timed sync (not in {@code syncMillis})
 * @param startEpochMillis wall clock when the timed sync began (to relate the sandbox's first Segment request to)
 * @param syncMillis       the full sync
 * @param syncCpuMillis    CPU time of the variant's JVM during the full sync
 * @param syncJitCpuMillis of which the JIT compiler threads (a cold JVM compiles the hot code first), -1 unknown
 * @param delivered        identifies the variant saw acknowledged
 * @param second           the second phase, or null when the variant has none
 * @param settings         the settings that matter, for the report
 */
record VariantRun(double setupMillis, long startEpochMillis, double syncMillis, double syncCpuMillis,
        double syncJitCpuMillis, long delivered, SecondPhase second, String settings) {

    VariantRun(double setupMillis, Stopwatch sync, long delivered, SecondPhase second, String settings) {
        this(setupMillis, sync.startEpochMillis(), sync.millis(), sync.cpuMillis(), sync.jitCpuMillis(), delivered,
                second, settings);
    }

    VariantRun withSecond(SecondPhase phase) {
        return new VariantRun(setupMillis, startEpochMillis, syncMillis, syncCpuMillis, syncJitCpuMillis, delivered,
                phase, settings);
    }

    /**
     * A second pass over the unchanged list: this project's re-sync, or the floor's paging alone.
     *
     * @param kind      {@code re-sync} or {@code paging only}
     * @param millis    its duration
     * @param cpuMillis CPU time of the variant's JVM during it
     * @param sent      identifies it sent
     * @param counts    the requests it made
     */
    record SecondPhase(String kind, double millis, double cpuMillis, long sent, SandboxCounts counts) {

        SecondPhase(String kind, Stopwatch watch, long sent, SandboxCounts counts) {
            this(kind, watch.millis(), watch.cpuMillis(), sent, counts);
        }
    }
}
