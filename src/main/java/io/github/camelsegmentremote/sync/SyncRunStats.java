package io.github.camelsegmentremote.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * The counters of a sync run (or of the live webhook path, or of everything since start) at one moment: an
 * immutable snapshot of a {@link SyncRun}.
 *
 * @param started            when the run started
 * @param finished           when it ended, or null while it runs
 * @param pagesRead          pages of Remote's list read so far
 * @param totalPages         pages the list had when the run started, or 0 when unknown
 * @param employeesSeen      employments looked at
 * @param changedEmployees   employments with something new to send (or that would be sent, in dry run)
 * @param unchangedEmployees employments whose traits Segment already has
 * @param skippedEmployees   employments without the field chosen as userId
 * @param sentIdentifies     identifies Segment accepted (a new employee identified from its list item and then
 *                           from its full record counts twice)
 * @param offboardingEvents  offboarding track events Segment accepted
 * @param fullRecordsRead    full records read from Remote
 * @param failedEmployees    employments whose delivery finally failed (they are sent again next run)
 * @param failure            why the run failed as a whole (Remote's list could not be read), or null
 */
public record SyncRunStats(Instant started, Instant finished, long pagesRead, long totalPages, long employeesSeen,
        long changedEmployees, long unchangedEmployees, long skippedEmployees, long sentIdentifies,
        long offboardingEvents, long fullRecordsRead, long failedEmployees, String failure) {

    /** How long the run took, or has taken so far. */
    public Duration duration() {
        return Duration.between(started, finished != null ? finished : Instant.now());
    }

    /** Whether the run ended without failing as a whole and without failed employments. */
    public boolean succeeded() {
        return finished != null && failure == null && failedEmployees == 0;
    }

    @Override
    public String toString() {
        return "pages read " + pagesRead + (totalPages > 0 ? " of " + totalPages : "") + ", employees seen "
                + employeesSeen + ", changed " + changedEmployees + ", unchanged " + unchangedEmployees + ", skipped "
                + skippedEmployees + ", identifies sent " + sentIdentifies + ", offboarding events sent "
                + offboardingEvents + ", full records read " + fullRecordsRead + ", failed " + failedEmployees
                + (failure == null ? "" : ", run failed: " + failure) + ", duration " + duration().toMillis() + " ms";
    }
}
