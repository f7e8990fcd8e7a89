package io.github.camelsegmentremote.sync;

/**
 * What to do with an employment, given its mapped identify and what Segment last accepted for it. Pure: no I/O.
 *
 * <p>With {@code identifyFirst}, a new employee is identified from its list item at once and, unless
 * {@code fullRecord=never}, enriched from its full record after (Segment merges traits), so that with Remote's
 * rate limit every employee is identified after the list pages alone, not after one detail read each; without it
 * a new employee is sent once, from its full record. A known employee whose list item changed (or whose
 * full record was never read) is sent once, from its full record; with {@code fullRecord=never} from its list
 * item.
 */
public final class ChangePolicy {

    /** The decision for an employment. */
    public enum Action {
        /** Segment has it already: nothing to send or read. */
        UNCHANGED,
        /** Send the identify at hand; no full record to read. */
        SEND,
        /** Send the identify mapped from the list item now, and read the full record after to enrich it. */
        SEND_THEN_ENRICH,
        /** Send nothing now; read the full record and decide on it. */
        ENRICH
    }

    private final FullRecordMode fullRecord;
    private final boolean identifyFirst;

    public ChangePolicy(FullRecordMode fullRecord, boolean identifyFirst) {
        this.fullRecord = fullRecord == null ? FullRecordMode.changed : fullRecord;
        this.identifyFirst = identifyFirst;
    }

    /** For the identify mapped from a list item (hash {@code listHash}); {@code stored} may be null. */
    public Action forListItem(String listHash, SyncState stored) {
        if (stored == null) {
            return fullRecord == FullRecordMode.never ? Action.SEND
                    : identifyFirst ? Action.SEND_THEN_ENRICH : Action.ENRICH;
        }
        return switch (fullRecord) {
            case never -> stored.sentHash().equals(listHash) ? Action.UNCHANGED : Action.SEND;
            case always -> Action.ENRICH;
            case changed -> listHash.equals(stored.listHash()) && stored.fullRecord() ? Action.UNCHANGED
                    : Action.ENRICH;
        };
    }

    /** For the identify mapped from a full record (hash {@code hash}); {@code stored} may be null. */
    public Action forFullRecord(String hash, SyncState stored) {
        return stored != null && stored.sentHash().equals(hash) ? Action.UNCHANGED : Action.SEND;
    }

    public FullRecordMode fullRecord() {
        return fullRecord;
    }
}
