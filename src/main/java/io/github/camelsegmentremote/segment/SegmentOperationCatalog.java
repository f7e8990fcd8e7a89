package io.github.camelsegmentremote.segment;

/** Placeholder replaced by the Public API operation catalog. */
final class SegmentOperationCatalog {

    private SegmentOperationCatalog() {
    }

    static void require(String operation) {
    }
}
