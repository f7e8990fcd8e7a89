package io.github.camelsegmentremote.sandbox;

/** Answers one Public API operation for an authenticated call. */
@FunctionalInterface
interface SegmentApiHandler {

    SandboxResponse handle(SegmentApiCall call);
}
