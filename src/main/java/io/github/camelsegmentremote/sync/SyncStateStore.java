package io.github.camelsegmentremote.sync;

import java.util.Map;
import java.util.Optional;

/**
 * What the sync last delivered, per employment id ({@link SyncState}). Written only after Segment accepted the
 * messages, a page at a time, so a crash re-sends rather than loses. Implementations are thread-safe.
 */
public interface SyncStateStore extends AutoCloseable {

    /** The last accepted state of an employment, if any. */
    Optional<SyncState> get(String employmentId);

    /** Records these states (employment id to state) together: one write, one flush, one transaction. */
    void putAll(Map<String, SyncState> states);

    /** How many employments have a state. */
    long size();

    /** Forgets every state (the next run sends everyone again). */
    void clear();

    @Override
    void close();
}
