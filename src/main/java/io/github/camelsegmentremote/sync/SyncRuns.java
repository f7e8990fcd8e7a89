package io.github.camelsegmentremote.sync;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the sync's runs begin and end, and their statistics. As the polling route's {@code pollStrategy}, Camel
 * calls {@link #begin} before each poll and {@link #commit} after it; the remote consumer's poll returns only when
 * every exchange it emitted completed, so commit is the end of the run: every page mapped, sent, and recorded.
 * A poll that fails as a whole (Remote's list cannot be read) ends in {@link #rollback}. Webhook deliveries are
 * not part of a run: they count in {@link #live()}. Everything counts in {@link #totals()}.
 */
public class SyncRuns implements PollingConsumerPollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRuns.class);

    private final SyncRun totals = new SyncRun(null);
    private final SyncRun live = new SyncRun(totals);
    private final AtomicReference<SyncRun> current = new AtomicReference<>();
    private final AtomicLong runsStarted = new AtomicLong();
    private volatile SyncRunStats lastRun;
    private volatile boolean dryRun;
    private final CopyOnWriteArrayList<SyncRunListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        SyncRun previous = current.getAndSet(new SyncRun(totals));
        if (previous != null && !previous.isFinished()) {
            LOG.warn("A sync run started before the previous one finished: {}", previous.snapshot());
        }
        runsStarted.incrementAndGet();
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        SyncRun run = current.get();
        if (run == null || run.isFinished()) {
            return;
        }
        run.finish(null);
        lastRun = run.snapshot();
        LOG.info("Sync run finished: {}{}", lastRun, dryRun ? " (dry run: nothing sent)" : "");
        finished(lastRun);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        SyncRun run = current.get();
        if (run != null && !run.isFinished()) {
            run.finish(cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage());
            lastRun = run.snapshot();
            LOG.warn("Sync run failed, the next one starts at the next interval: {}", lastRun);
            finished(lastRun);
        }
        return false;
    }

    private void finished(SyncRunStats run) {
        listeners.forEach(listener -> listener.runFinished(run));
    }

    /** Tells the listeners that a page of {@code run} was counted (a page of the live path is no run's). */
    void pageRead(SyncRun run) {
        if (!listeners.isEmpty() && run != live && run == current.get()) {
            SyncRunStats stats = run.snapshot();
            listeners.forEach(listener -> listener.pageRead(stats));
        }
    }

    /** Adds a listener to the runs' progress and ends. */
    public void addListener(SyncRunListener listener) {
        listeners.addIfAbsent(listener);
    }

    /** Removes a listener added before. */
    public void removeListener(SyncRunListener listener) {
        listeners.remove(listener);
    }

    /**
     * The run an exchange counts in: the running poll's for the polling route's exchanges (they carry the
     * consumer's batch properties), else the live path's.
     */
    public SyncRun runOf(Exchange exchange) {
        SyncRun run = current.get();
        return run != null && !run.isFinished() && exchange.getProperty(Exchange.BATCH_INDEX) != null ? run : live;
    }

    /** The last finished run, or null before the first one ended. */
    public SyncRunStats lastRun() {
        return lastRun;
    }

    /** The run in progress, or null when none is. */
    public SyncRunStats currentRun() {
        SyncRun run = current.get();
        return run == null || run.isFinished() ? null : run.snapshot();
    }

    /** What the live (webhook) path did since start. */
    public SyncRunStats live() {
        return live.snapshot();
    }

    /** Everything since start: every run and the live path. */
    public SyncRunStats totals() {
        return totals.snapshot();
    }

    /** How many runs started since start. */
    public long runsStarted() {
        return runsStarted.get();
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** Only for the run summary: says that nothing was sent. */
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }
}
