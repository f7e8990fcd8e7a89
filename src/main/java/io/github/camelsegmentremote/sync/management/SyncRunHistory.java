package io.github.camelsegmentremote.sync.management;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The sync's recent past, in memory: the run in progress, the last finished runs, the last failed employments,
 * and totals since start. Thread-safe; every reader gets immutable values.
 */
public final class SyncRunHistory {

    private final int keepRuns;
    private final int keepFailures;
    private final Deque<SyncRunSnapshot> recentRuns = new ArrayDeque<>();
    private final Deque<SyncFailure> recentFailures = new ArrayDeque<>();
    private SyncRunSnapshot current;
    private SyncRunSnapshot lastSucceeded;
    private final SyncTotals.Builder totals = new SyncTotals.Builder();

    /**
     * @param keepRuns     how many finished runs to keep (at least 1)
     * @param keepFailures how many failed employments to keep (at least 1)
     */
    public SyncRunHistory(int keepRuns, int keepFailures) {
        if (keepRuns < 1 || keepFailures < 1) {
            throw new IllegalArgumentException("keepRuns and keepFailures must be at least 1, were " + keepRuns
                    + " and " + keepFailures);
        }
        this.keepRuns = keepRuns;
        this.keepFailures = keepFailures;
    }

    /** Records the state of the run in progress. */
    public synchronized void progress(SyncRunSnapshot run) {
        current = run;
    }

    /** Records a finished run; it is no longer the run in progress. */
    public synchronized void finished(SyncRunSnapshot run) {
        if (run.finished() == null) {
            throw new IllegalArgumentException("finished() needs a finished run (SyncRunSnapshot.finishedAt)");
        }
        if (current != null && current.started().equals(run.started())) {
            current = null;
        }
        recentRuns.addFirst(run);
        while (recentRuns.size() > keepRuns) {
            recentRuns.removeLast();
        }
        if (run.outcome() == SyncRunSnapshot.Outcome.SUCCEEDED) {
            lastSucceeded = run;
        }
        totals.add(run);
    }

    /** Records an employment whose sync finally failed (poll or live path). */
    public synchronized void employmentFailed(SyncFailure failure) {
        recentFailures.addFirst(failure);
        while (recentFailures.size() > keepFailures) {
            recentFailures.removeLast();
        }
        totals.employmentFailed();
    }

    /** Records an identify Segment accepted outside a polling run (the live webhook path). */
    public synchronized void liveSent() {
        totals.liveSent();
    }

    /** The run in progress. */
    public synchronized Optional<SyncRunSnapshot> current() {
        return Optional.ofNullable(current);
    }

    /** The last finished run. */
    public synchronized Optional<SyncRunSnapshot> lastFinished() {
        return Optional.ofNullable(recentRuns.peekFirst());
    }

    /** The last run that finished without a failure. */
    public synchronized Optional<SyncRunSnapshot> lastSucceeded() {
        return Optional.ofNullable(lastSucceeded);
    }

    /** The last finished runs, newest first. */
    public synchronized List<SyncRunSnapshot> recentRuns() {
        return List.copyOf(recentRuns);
    }

    /** The last failed employments, newest first. */
    public synchronized List<SyncFailure> recentFailures() {
        return List.copyOf(new ArrayList<>(recentFailures));
    }

    /** Totals since start. */
    public synchronized SyncTotals totals() {
        return totals.build();
    }

    /** When the last successful run finished, or null. */
    public synchronized Instant lastSuccessTime() {
        return lastSucceeded == null ? null : lastSucceeded.finished();
    }
}
