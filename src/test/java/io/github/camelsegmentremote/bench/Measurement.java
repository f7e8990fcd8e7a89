package io.github.camelsegmentremote.bench;

/**
 * One forked run of one variant as the harness saw it: the variant's own report plus what the sandbox counted.
 *
 * @param variant          the variant's id
 * @param employees        N
 * @param repetition       1-based
 * @param failure          why the run does not count (exit code, out of memory, missing deliveries), or null
 * @param report           the child's report, null when it printed none
 * @param firstSync        requests of the full sync (the whole run minus the second phase)
 * @param identifies       identifies Segment accepted over the run
 * @param distinctUserIds  distinct userIds Segment saw
 * @param duplicates       messages Segment discarded as already seen
 * @param firstIdentifyMillis from the start of the sync to the first Segment request, -1 when none arrived
 * @param loadBefore       1-minute load average when the run started
 * @param loadAfter        1-minute load average when it ended
 */
record Measurement(String variant, int employees, int repetition, String failure, VariantProcess.Report report,
        SandboxCounts firstSync, long identifies, long distinctUserIds, long duplicates, double firstIdentifyMillis,
        double loadBefore, double loadAfter) {

    boolean ok() {
        return failure == null;
    }

    double syncMillis() {
        return report.variant().syncMillis();
    }

    double employeesPerSecond() {
        return employees / (syncMillis() / 1000);
    }
}
