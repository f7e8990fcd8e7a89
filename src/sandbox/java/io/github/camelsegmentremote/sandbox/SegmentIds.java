package io.github.camelsegmentremote.sandbox;

import java.util.SplittableRandom;

/**
 * Seeded generator of Segment-looking identifiers: 22-character base62 resource ids (like
 * {@code qQEHquLrjRDN9j1ByrChyn}), 32-character write keys and {@code tp_} tracking plan ids. Seeded, so the same
 * options give the same ids after every reset.
 */
final class SegmentIds {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final SplittableRandom random;

    SegmentIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A resource id: source, destination, workspace, warehouse, filter, user, function. */
    synchronized String resourceId() {
        return base62(22);
    }

    synchronized String writeKey() {
        return base62(32);
    }

    synchronized String trackingPlanId() {
        return "tp_" + base62(27);
    }

    private String base62(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return id.toString();
    }
}
