package io.github.camelsegmentremote.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * What the sync last delivered for one employment, one field per fact (the state store keeps each in its own
 * column). Written only after Segment accepted what it describes, so a crash re-sends rather than loses.
 *
 * @param listHash        hash of the identify mapped from the employment's list item when it was last seen (null
 *                        when only a webhook delivered it): an equal list item needs no full-record read
 * @param sentHash        hash of the identify Segment last accepted: equal content means nothing to send
 * @param fullRecord      whether that identify was mapped from the full record (false: from the list item only, so
 *                        with {@code fullRecord=changed} the full record is still to be read)
 * @param offboardingSent whether Segment accepted the offboarding track event
 * @param sentAt          when Segment accepted it
 */
public record SyncState(String listHash, String sentHash, boolean fullRecord, boolean offboardingSent,
        Instant sentAt) {

    public SyncState {
        Objects.requireNonNull(sentHash, "sentHash");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** This state with another list hash (the list item moved, the identify did not). */
    public SyncState withListHash(String newListHash) {
        return new SyncState(newListHash, sentHash, fullRecord, offboardingSent, sentAt);
    }
}
