package io.github.camelsegmentremote.copy;

/** What the plan does with a source or a destination. */
public enum PlanAction {
    /** No counterpart in the target: create it. */
    create,
    /** The counterpart differs: change the fields listed in the plan. */
    update,
    /** The counterpart already matches. */
    unchanged,
    /** Not copied, for the reason given. */
    skip
}
