package io.github.camelsegmentremote.sync;

/**
 * What the state store keeps per employment, as one string: the hash of the list item the sync last saw and the
 * hash of the identify Segment last accepted. The first lets a run skip the full-record request for an unchanged
 * employee; the second decides whether anything must be sent.
 *
 * @param listHash hash of the identify mapped from the list item
 * @param sentHash hash of the identify last accepted by Segment
 */
record SyncStateKey(String listHash, String sentHash) {

    static SyncStateKey parse(String stored) {
        int colon = stored.indexOf(':');
        return colon < 0 ? new SyncStateKey(stored, stored)
                : new SyncStateKey(stored.substring(0, colon), stored.substring(colon + 1));
    }

    String format() {
        return listHash + ":" + sentHash;
    }
}
