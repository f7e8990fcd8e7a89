package io.github.camelsegmentremote.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one sync run. Thread-safe: exchanges of a run complete on several threads.
 */
public final class SyncRunStats {

    private final Instant started = Instant.now();
    private final LongAdder seen = new LongAdder();
    private final LongAdder changed = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile long pages;
    private volatile Instant finished;

    void seen() {
        seen.increment();
    }

    void changed() {
        changed.increment();
    }

    void unchanged() {
        unchanged.increment();
    }

    void skipped() {
        skipped.increment();
    }

    void sent() {
        sent.increment();
    }

    void failed() {
        failed.increment();
    }

    void pages(long pages) {
        this.pages = Math.max(this.pages, pages);
    }

    void finish() {
        finished = Instant.now();
    }

    /** Employments whose processing ended: sent, unchanged, skipped or failed. */
    long done() {
        return sent.sum() + unchanged.sum() + skipped.sum() + failed.sum();
    }

    public Instant started() {
        return started;
    }

    public Instant finished() {
        return finished;
    }

    public long employeesSeen() {
        return seen.sum();
    }

    public long changedEmployees() {
        return changed.sum();
    }

    public long unchangedEmployees() {
        return unchanged.sum();
    }

    public long skippedEmployees() {
        return skipped.sum();
    }

    public long sentIdentifies() {
        return sent.sum();
    }

    public long failedEmployees() {
        return failed.sum();
    }

    public long pagesRead() {
        return pages;
    }

    public Duration duration() {
        return Duration.between(started, finished != null ? finished : Instant.now());
    }

    @Override
    public String toString() {
        return "pages read " + pages + ", employees seen " + employeesSeen() + ", changed " + changedEmployees()
                + ", unchanged " + unchangedEmployees() + ", skipped " + skippedEmployees() + ", sent "
                + sentIdentifies() + ", failed " + failedEmployees() + ", duration " + duration().toMillis() + " ms";
    }
}
