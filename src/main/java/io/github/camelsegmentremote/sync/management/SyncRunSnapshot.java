package io.github.camelsegmentremote.sync.management;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What one polling run of the sync has done so far (while it runs) or did (once finished): an immutable value,
 * so the management view, the dev console, the health check and the metrics all read one consistent picture.
 *
 * @param started        when the run read its first page
 * @param finished       when its last employment was done, or null while it runs
 * @param pagesRead      pages of Remote's employment list read so far
 * @param totalPages     pages the list has, as Remote reported it (0 when unknown)
 * @param totalEmployees employments the list has, as Remote reported it (0 when unknown)
 * @param employeesSeen  employments handed to the sync
 * @param changed        employments whose identify differed from what Segment accepted before
 * @param unchanged      employments Segment already has as they are
 * @param skipped        employments that cannot be sent (no userId, say)
 * @param sent           employments whose identify Segment accepted
 * @param failed         employments whose sync finally failed (they are sent again next run)
 * @param failure        why the run itself failed (a list call that failed, say), or null
 */
public record SyncRunSnapshot(Instant started, Instant finished, long pagesRead, long totalPages,
        long totalEmployees, long employeesSeen, long changed, long unchanged, long skipped, long sent, long failed,
        String failure) {

    /** How a run stands. */
    public enum Outcome {
        /** Not finished yet. */
        RUNNING,
        /** Finished with every employment sent, unchanged or skipped. */
        SUCCEEDED,
        /** Finished with at least one failed employment, or the run itself failed. */
        FAILED
    }

    public SyncRunSnapshot {
        Objects.requireNonNull(started, "started");
    }

    /** How the run stands: running, succeeded or failed. */
    public Outcome outcome() {
        if (finished == null) {
            return Outcome.RUNNING;
        }
        return failure != null || failed > 0 ? Outcome.FAILED : Outcome.SUCCEEDED;
    }

    /** The run's duration: until it finished, or until {@code now} while it runs. */
    public Duration duration(Instant now) {
        return Duration.between(started, finished != null ? finished : now);
    }

    /** The same run, finished at {@code when} (with {@code failure} as the run's own failure, or null). */
    public SyncRunSnapshot finishedAt(Instant when, String failure) {
        return new SyncRunSnapshot(started, when, pagesRead, totalPages, totalEmployees, employeesSeen, changed,
                unchanged, skipped, sent, failed, failure);
    }

    /** One line for logs and the management view, e.g. {@code SUCCEEDED: pages 3 of 3, employees seen 300, ...}. */
    public String summary(Instant now) {
        StringBuilder line = new StringBuilder(outcome().name()).append(": pages ").append(pagesRead);
        if (totalPages > 0) {
            line.append(" of ").append(totalPages);
        }
        line.append(", employees seen ").append(employeesSeen).append(", changed ").append(changed)
                .append(", unchanged ").append(unchanged).append(", skipped ").append(skipped).append(", sent ")
                .append(sent).append(", failed ").append(failed).append(", duration ")
                .append(duration(now).toMillis()).append(" ms");
        if (failure != null) {
            line.append(", run failed: ").append(failure);
        }
        return line.toString();
    }
}
