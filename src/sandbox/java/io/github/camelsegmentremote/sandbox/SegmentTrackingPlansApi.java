package io.github.camelsegmentremote.sandbox;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Public API operations on tracking plans and their source connections. */
final class SegmentTrackingPlansApi {

    private static final Set<String> TYPES = Set.of("LIVE", "PROPERTY_LIBRARY", "RULE_LIBRARY", "TEMPLATE",
            "ENGAGE");

    private SegmentTrackingPlansApi() {
    }

    static void register(SegmentApiHandlers handlers) {
        handlers.on("listTrackingPlans", SegmentTrackingPlansApi::listTrackingPlans)
                .on("getTrackingPlan", c -> c.single("trackingPlan",
                        c.workspace().requirePlan(c.pathParam("trackingPlanId")).toJson()))
                .on("listSourcesFromTrackingPlan", c -> c.page("sources",
                        c.workspace().sourcesOfTrackingPlan(c.pathParam("trackingPlanId")), c.workspace()::toJson,
                        true))
                .on("addSourceToTrackingPlan", SegmentTrackingPlansApi::addSource)
                .on("removeSourceFromTrackingPlan", c -> {
                    c.workspace().removeSourceFromTrackingPlan(c.pathParam("trackingPlanId"),
                            c.requiredQuery("sourceId"));
                    return c.success();
                });
    }

    private static SandboxResponse listTrackingPlans(SegmentApiCall call) {
        String type = call.request().query("type");
        if (type != null && !TYPES.contains(type)) {
            throw SegmentInput.invalid("type", "\"type\" must be one of " + TYPES);
        }
        return call.page("trackingPlans", call.workspace().trackingPlans().stream()
                .filter(p -> type == null || p.type().equals(type)).toList(), SegmentTrackingPlan::toJson, true);
    }

    private static SandboxResponse addSource(SegmentApiCall call) {
        ObjectNode body = call.body();
        SegmentInput.allowOnly(body, Set.of("sourceId"), null);
        call.workspace().addSourceToTrackingPlan(call.pathParam("trackingPlanId"),
                SegmentInput.requiredText(body, "sourceId", "sourceId"));
        return call.success();
    }
}
