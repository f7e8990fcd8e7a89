package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the tracking plans the plan creates (createTrackingPlan, then replaceRulesInTrackingPlan with their rules)
 * and replaces the rules the plan updates. A plan whose creation failed keeps its sources unconnected; running the
 * copy again finds a plan created before a rules failure by its name and completes its rules.
 */
final class TrackingPlanApplier {

    private final WorkspaceApi target;
    private final Map<String, String> targetIds = new HashMap<>();
    private final List<TrackingPlanResult> results = new ArrayList<>();

    TrackingPlanApplier(WorkspaceApi target) {
        this.target = target;
    }

    void apply(List<TrackingPlanPlan> plans) {
        for (TrackingPlanPlan plan : plans) {
            String id = plan.targetTrackingPlanId();
            try {
                switch (plan.action()) {
                    case create -> {
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("name", plan.name());
                        if (plan.description() != null) {
                            body.put("description", plan.description());
                        }
                        body.put("type", plan.type());
                        id = String.valueOf(target.write("createTrackingPlan", Map.of(), body).get("id"));
                        targetIds.put(plan.name(), id);
                        replaceRules(id, plan);
                        results.add(new TrackingPlanResult(plan.name(), Outcome.created, id, null));
                    }
                    case update -> {
                        replaceRules(id, plan);
                        results.add(new TrackingPlanResult(plan.name(), Outcome.updated, id, null));
                    }
                    case unchanged -> results.add(new TrackingPlanResult(plan.name(), Outcome.unchanged, id, null));
                    case skip -> results.add(new TrackingPlanResult(plan.name(), Outcome.skipped, id, null));
                }
            } catch (RuntimeException e) {
                results.add(new TrackingPlanResult(plan.name(), Outcome.failed, id,
                        e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
    }

    private void replaceRules(String trackingPlanId, TrackingPlanPlan plan) {
        if (!plan.rules().isEmpty()) {
            target.write("replaceRulesInTrackingPlan", Map.of("trackingPlanId", trackingPlanId),
                    Map.of("rules", plan.rules()));
        }
    }

    /** The id of a tracking plan this run created, by name. */
    String createdId(String name) {
        return targetIds.get(name);
    }

    List<TrackingPlanResult> results() {
        return List.copyOf(results);
    }
}
