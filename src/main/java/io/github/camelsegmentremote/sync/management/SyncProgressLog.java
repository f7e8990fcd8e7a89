package io.github.camelsegmentremote.sync.management;

import java.time.Duration;
import java.time.Instant;

import io.github.camelsegmentremote.sync.SyncRunStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The INFO line a long run prints every {@code everyPages} pages, so a first sync of many employees is not silent
 * until its end: pages read of total, employees seen, changed and sent, the rate, and the time left at that rate.
 */
final class SyncProgressLog {

    private static final Logger LOG = LoggerFactory.getLogger(SyncProgressLog.class);

    private final String syncName;
    private final int everyPages;
    private Instant loggedRunStarted;
    private long loggedPage;

    /**
     * @param syncName   the sync's name, at the start of each line
     * @param everyPages log every so many pages; 0 turns the progress lines off
     */
    SyncProgressLog(String syncName, int everyPages) {
        if (everyPages < 0) {
            throw new IllegalArgumentException("Option progressEveryPages must be 0 (off) or more, was "
                    + everyPages);
        }
        this.syncName = syncName;
        this.everyPages = everyPages;
    }

    /**
     * Logs the run's progress when it reached the next multiple of {@code everyPages} pages. Pages are counted on
     * several threads, so not always in order: a line comes at the first count at or past each multiple.
     */
    synchronized void progress(SyncRunStats run, Instant now) {
        if (everyPages == 0 || run.pagesRead() < everyPages) {
            return;
        }
        long since = run.started().equals(loggedRunStarted) ? loggedPage : 0;
        if (run.pagesRead() / everyPages <= since / everyPages) {
            return;
        }
        loggedRunStarted = run.started();
        loggedPage = run.pagesRead();
        if (LOG.isInfoEnabled()) {
            LOG.info(line(run, now));
        }
    }

    String line(SyncRunStats run, Instant now) {
        Duration elapsed = Duration.between(run.started(), now);
        StringBuilder line = new StringBuilder("Sync ").append(syncName).append(" progress: page ")
                .append(run.pagesRead());
        if (run.totalPages() > 0) {
            line.append(" of ").append(run.totalPages()).append(" (")
                    .append(Math.min(100, 100 * run.pagesRead() / run.totalPages())).append("%)");
        }
        line.append(", employees seen ").append(run.employeesSeen()).append(", changed ")
                .append(run.changedEmployees()).append(", identifies sent ").append(run.sentIdentifies());
        if (run.failedEmployees() > 0) {
            line.append(", failed ").append(run.failedEmployees());
        }
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        line.append(", ").append(Math.round(run.employeesSeen() / seconds)).append(" employees/s");
        if (run.totalPages() > run.pagesRead()) {
            long leftMillis = elapsed.toMillis() * (run.totalPages() - run.pagesRead()) / run.pagesRead();
            line.append(", about ").append(readable(Duration.ofMillis(leftMillis))).append(" left");
        }
        return line.toString();
    }

    /** {@code 2 h 5 min}, {@code 3 min 20 s} or {@code 12 s}. */
    static String readable(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        if (seconds >= 60) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds + " s";
    }
}
