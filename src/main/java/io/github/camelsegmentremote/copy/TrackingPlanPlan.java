package io.github.camelsegmentremote.copy;

import java.util.List;
import java.util.Map;

/**
 * What the plan does with a tracking plan the copied sources are connected to: create it in the target with its
 * rules, replace its rules there, leave it, or skip it with the reason.
 *
 * @param name                 its name, which the target's plan has too
 * @param type                 its type (LIVE)
 * @param description          its description
 * @param sourceTrackingPlanId the plan in the source workspace
 * @param targetTrackingPlanId its counterpart in the target, null when it is created
 * @param action               create, update (its rules), unchanged or skip
 * @param reason               why it is skipped, or why differing rules are left as they are
 * @param changes              one change per rule that differs ({@code rules[TRACK Order Completed]})
 * @param rules                the rules it gets ({@code RuleInputV1})
 */
public record TrackingPlanPlan(String name, String type, String description, String sourceTrackingPlanId,
        String targetTrackingPlanId, PlanAction action, String reason, List<FieldChange> changes,
        List<Map<String, Object>> rules) {

    public TrackingPlanPlan {
        changes = List.copyOf(changes);
        rules = List.copyOf(rules);
    }
}
