package io.github.camelsegmentremote.sync.management;

/**
 * The sync's counters since start (what the metrics export as counters).
 *
 * @param runsSucceeded   finished runs without a failure
 * @param runsFailed      finished runs with a failed employment or a failure of their own
 * @param runMillis       the finished runs' durations added up
 * @param sent            identifies Segment accepted: by polling runs and by the live path
 * @param unchanged       employments found as Segment already has them
 * @param skipped         employments that could not be sent (no userId, say)
 * @param failed          employments whose sync finally failed (poll or live path)
 */
public record SyncTotals(long runsSucceeded, long runsFailed, long runMillis, long sent, long unchanged,
        long skipped, long failed) {

    /** Finished runs. */
    public long runs() {
        return runsSucceeded + runsFailed;
    }

    /** Not thread-safe: {@link SyncRunHistory} guards it. */
    static final class Builder {
        private long runsSucceeded;
        private long runsFailed;
        private long runMillis;
        private long sent;
        private long unchanged;
        private long skipped;
        private long failed;

        void add(SyncRunSnapshot run) {
            if (run.outcome() == SyncRunSnapshot.Outcome.SUCCEEDED) {
                runsSucceeded++;
            } else {
                runsFailed++;
            }
            runMillis += run.duration(run.finished()).toMillis();
            sent += run.sent();
            unchanged += run.unchanged();
            skipped += run.skipped();
        }

        void employmentFailed() {
            failed++;
        }

        void liveSent() {
            sent++;
        }

        SyncTotals build() {
            return new SyncTotals(runsSucceeded, runsFailed, runMillis, sent, unchanged, skipped, failed);
        }
    }
}
