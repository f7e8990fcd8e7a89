package io.github.camelsegmentremote.copy;

/** What applying the plan did to a source or a destination. */
public enum Outcome {
    created,
    updated,
    unchanged,
    skipped,
    /** A call failed: the steps done before it stay done, and running the copy again completes the rest. */
    failed
}
