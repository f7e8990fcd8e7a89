package io.github.camelsegmentremote.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * What the sync last delivered per employment: the content hash Segment accepted and when. Written only after
 * Segment accepted the message, so a crash re-sends rather than loses.
 */
public interface SyncStateStore extends AutoCloseable {

    /** The last accepted state of an employment, if any. */
    Optional<SyncedState> get(String employmentId);

    /** Records that Segment accepted {@code contentHash} for this employment at {@code sentAt}. */
    void markSent(String employmentId, String contentHash, Instant sentAt);

    /** How many employments have a state. */
    long size();

    /** Forgets every state (the next run sends everyone again). */
    void clear();

    @Override
    void close();

    /**
     * One employment's state.
     *
     * @param contentHash the hash of the last accepted identify
     * @param sentAt      when Segment accepted it
     */
    record SyncedState(String contentHash, Instant sentAt) {
    }
}
