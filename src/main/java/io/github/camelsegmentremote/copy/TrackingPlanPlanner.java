package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.camelsegmentremote.copy.FieldChange.Scope;
import io.github.camelsegmentremote.segment.model.TrackingPlan;

/**
 * Plans the tracking plans the copied sources are connected to. A plan the target lacks is created with its rules
 * when {@link CopyItem#trackingPlans} is on; a plan it has gets its rules compared, each difference reported, and
 * replaced when {@link CopyItem#trackingPlanRules} is on. Rules only the target has are kept in the replacement:
 * the copy never deletes.
 */
final class TrackingPlanPlanner {

    private final CopyOptions options;
    private final WorkspaceSnapshot source;
    private final WorkspaceSnapshot target;

    TrackingPlanPlanner(CopyOptions options, WorkspaceSnapshot source, WorkspaceSnapshot target) {
        this.options = options;
        this.source = source;
        this.target = target;
    }

    List<TrackingPlanPlan> plan(List<String> names) {
        if (!options.connectTrackingPlans()) {
            return List.of();
        }
        List<TrackingPlanPlan> plans = new ArrayList<>();
        for (String name : names.stream().distinct().toList()) {
            source.trackingPlanNamed(name).ifPresent(from -> plans.add(plan(from)));
        }
        return plans;
    }

    private TrackingPlanPlan plan(TrackingPlan from) {
        Map<String, Map<String, Object>> wanted = rules(source.delivery().rulesOf(from.getId()));
        Optional<TrackingPlan> to = target.trackingPlanNamed(from.getName());
        List<FieldChange> changes = new ArrayList<>();
        if (to.isEmpty()) {
            wanted.forEach((key, rule) -> changes.add(FieldChange.of(Scope.trackingPlanRules, "rules[" + key + "]",
                    null, rule)));
            return options.copies(CopyItem.trackingPlans)
                    ? new TrackingPlanPlan(from.getName(), from.getType(), from.getDescription(), from.getId(), null,
                            PlanAction.create, null, changes, List.copyOf(wanted.values()))
                    : new TrackingPlanPlan(from.getName(), from.getType(), from.getDescription(), from.getId(), null,
                            PlanAction.skip, "it does not exist in the target and trackingPlans is off: turn it on "
                                    + "to create it with its rules, or create it there", List.of(), List.of());
        }
        Map<String, Map<String, Object>> current = rules(target.delivery().rulesOf(to.get().getId()));
        Map<String, Map<String, Object>> replacement = new LinkedHashMap<>(wanted);
        wanted.forEach((key, rule) -> {
            if (!Objects.equals(rule, current.get(key))) {
                changes.add(FieldChange.of(Scope.trackingPlanRules, "rules[" + key + "]", current.get(key), rule));
            }
        });
        // Rules only the target has stay: a replacement without them would delete them.
        current.forEach(replacement::putIfAbsent);
        PlanAction action = changes.isEmpty() ? PlanAction.unchanged
                : options.copies(CopyItem.trackingPlanRules) ? PlanAction.update : PlanAction.skip;
        String reason = action == PlanAction.skip ? changes.size() + " rule(s) differ in the target and "
                + "trackingPlanRules is off: left as they are" : null;
        return new TrackingPlanPlan(from.getName(), from.getType(), from.getDescription(), from.getId(),
                to.get().getId(), action, reason, changes, List.copyOf(replacement.values()));
    }

    /** Rules as {@code RuleInputV1} (their dates left out), by type and key. */
    private static Map<String, Map<String, Object>> rules(List<Map<String, Object>> rules) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Map<String, Object> rule : rules) {
            Map<String, Object> input = ItemPlanner.fields(rule, "type", "key", "jsonSchema", "version");
            byKey.put(rule.get("type") + (rule.get("key") == null ? "" : " " + rule.get("key")), input);
        }
        return byKey;
    }
}
