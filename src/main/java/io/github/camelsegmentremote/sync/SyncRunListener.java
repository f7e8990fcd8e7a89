package io.github.camelsegmentremote.sync;

/**
 * Told by {@link SyncRuns} as a run goes: after each page's employees were counted, and when the run ended (the
 * management view, progress lines, health check and metrics of {@code sync.management} listen). Called on the
 * route's threads: keep it quick, and never throw.
 */
public interface SyncRunListener {

    /** A page of the run was read and its employees counted; {@code run} is the run so far. */
    default void pageRead(SyncRunStats run) {
    }

    /** The run ended ({@link SyncRunStats#finished()} set): succeeded, or failed with its reason. */
    default void runFinished(SyncRunStats run) {
    }
}
