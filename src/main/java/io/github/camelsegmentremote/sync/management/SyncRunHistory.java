package io.github.camelsegmentremote.sync.management;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import io.github.camelsegmentremote.sync.SyncRunStats;

/**
 * The sync's finished runs, in memory: the last ones, the last successful one, and how many succeeded and failed
 * since start (the employee counters are {@code SyncRuns.totals()}). Thread-safe; readers get immutable values.
 */
public final class SyncRunHistory {

    /** How a run stands: running, succeeded or failed. */
    public enum Outcome {
        /** Not finished yet. */
        RUNNING,
        /** Finished with every employment sent, unchanged or skipped. */
        SUCCEEDED,
        /** Finished with a failed employment, or failed as a whole. */
        FAILED;

        /** The outcome of {@code run}. */
        public static Outcome of(SyncRunStats run) {
            return run.finished() == null ? RUNNING : run.succeeded() ? SUCCEEDED : FAILED;
        }
    }

    /**
     * Runs since start.
     *
     * @param succeeded finished runs without a failure
     * @param failed    finished runs with a failed employment or failed as a whole
     * @param millis    the finished runs' durations added up
     */
    public record Counts(long succeeded, long failed, long millis) {

        /** Finished runs. */
        public long finished() {
            return succeeded + failed;
        }
    }

    private final int keep;
    private final Deque<SyncRunStats> recent = new ArrayDeque<>();
    private SyncRunStats lastSucceeded;
    private long succeeded;
    private long failed;
    private long millis;

    /** @param keep how many finished runs to keep (at least 1) */
    public SyncRunHistory(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, was " + keep);
        }
        this.keep = keep;
    }

    /** Records a finished run. */
    public synchronized void finished(SyncRunStats run) {
        if (run.finished() == null) {
            throw new IllegalArgumentException("finished() needs a finished run, got one still running: " + run);
        }
        recent.addFirst(run);
        while (recent.size() > keep) {
            recent.removeLast();
        }
        if (run.succeeded()) {
            lastSucceeded = run;
            succeeded++;
        } else {
            failed++;
        }
        millis += run.duration().toMillis();
    }

    /** The last finished run. */
    public synchronized Optional<SyncRunStats> lastFinished() {
        return Optional.ofNullable(recent.peekFirst());
    }

    /** When the last successful run finished, or null. */
    public synchronized Instant lastSuccessTime() {
        return lastSucceeded == null ? null : lastSucceeded.finished();
    }

    /** The last finished runs, newest first. */
    public synchronized List<SyncRunStats> recentRuns() {
        return List.copyOf(recent);
    }

    /** Runs since start. */
    public synchronized Counts counts() {
        return new Counts(succeeded, failed, millis);
    }
}
