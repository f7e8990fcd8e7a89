package io.github.camelsegmentremote.sync;

/**
 * What the state store keeps per employment, as one string: the hash of the list item the sync last saw, the
 * hash of the identify Segment last accepted, and whether the offboarding event was delivered. The first lets a
 * run skip the full-record request for an unchanged employee; the second decides whether anything must be sent;
 * the third keeps the offboarding event to one per leaver.
 *
 * @param listHash          hash of the identify mapped from the list item
 * @param sentHash          hash of the identify last accepted by Segment
 * @param offboardingSent   whether Segment accepted the offboarding event
 */
record SyncStateKey(String listHash, String sentHash, boolean offboardingSent) {

    private static final String OFFBOARDING_SENT = "o";

    static SyncStateKey parse(String stored) {
        String[] parts = stored.split(":", -1);
        return switch (parts.length) {
            case 1 -> new SyncStateKey(parts[0], parts[0], false);
            case 2 -> new SyncStateKey(parts[0], parts[1], false);
            default -> new SyncStateKey(parts[0], parts[1], OFFBOARDING_SENT.equals(parts[2]));
        };
    }

    String format() {
        return listHash + ":" + sentHash + (offboardingSent ? ":" + OFFBOARDING_SENT : "");
    }
}
