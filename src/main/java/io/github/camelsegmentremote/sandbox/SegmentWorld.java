package io.github.camelsegmentremote.sandbox;

/** Placeholder replaced by the shared Segment state. */
public final class SegmentWorld {

    public SegmentWorld(SandboxOptions options) {
    }

    public void reset() {
    }
}
