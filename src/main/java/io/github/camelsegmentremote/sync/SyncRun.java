package io.github.camelsegmentremote.sync;

import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counters of one sync run as it runs; thread-safe (a run's pages complete on several threads). Each count
 * also goes to the parent, the totals since start. {@link #snapshot()} gives the immutable {@link SyncRunStats}.
 */
public final class SyncRun {

    private final SyncRun parent;
    private final Instant started = Instant.now();
    private final LongAdder seen = new LongAdder();
    private final LongAdder changed = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder offboarding = new LongAdder();
    private final LongAdder fullRecords = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile long pagesRead;
    private volatile long totalPages;
    private volatile Instant finished;
    private volatile String failure;

    SyncRun(SyncRun parent) {
        this.parent = parent;
    }

    void counted(long seenCount, long changedCount, long unchangedCount, long skippedCount) {
        seen.add(seenCount);
        changed.add(changedCount);
        unchanged.add(unchangedCount);
        skipped.add(skippedCount);
        if (parent != null) {
            parent.counted(seenCount, changedCount, unchangedCount, skippedCount);
        }
    }

    void sent(long identifies, long offboardingEvents) {
        sent.add(identifies);
        offboarding.add(offboardingEvents);
        if (parent != null) {
            parent.sent(identifies, offboardingEvents);
        }
    }

    void fullRecordRead() {
        fullRecords.increment();
        if (parent != null) {
            parent.fullRecordRead();
        }
    }

    void failed(long employees) {
        failed.add(employees);
        if (parent != null) {
            parent.failed(employees);
        }
    }

    synchronized void page(long page, long pages) {
        pagesRead = Math.max(pagesRead, page);
        totalPages = Math.max(totalPages, pages);
    }

    void finish(String failureReason) {
        failure = failureReason;
        finished = Instant.now();
    }

    boolean isFinished() {
        return finished != null;
    }

    /** The counters now. */
    public SyncRunStats snapshot() {
        return new SyncRunStats(started, finished, pagesRead, totalPages, seen.sum(), changed.sum(), unchanged.sum(),
                skipped.sum(), sent.sum(), offboarding.sum(), fullRecords.sum(), failed.sum(), failure);
    }
}
