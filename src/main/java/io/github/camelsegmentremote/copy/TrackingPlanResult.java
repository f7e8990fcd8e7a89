package io.github.camelsegmentremote.copy;

/**
 * What the apply step did with a tracking plan.
 *
 * @param name                 its name
 * @param outcome              created, updated (rules replaced), unchanged, skipped or failed
 * @param targetTrackingPlanId its id in the target, when it exists
 * @param error                Segment's message when the target refused it
 */
public record TrackingPlanResult(String name, Outcome outcome, String targetTrackingPlanId, String error) {
}
