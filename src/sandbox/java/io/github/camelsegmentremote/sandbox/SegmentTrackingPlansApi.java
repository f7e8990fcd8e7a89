package io.github.camelsegmentremote.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Public API operations on tracking plans, their rules and their source connections. */
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
                .on("createTrackingPlan", SegmentTrackingPlansApi::createTrackingPlan)
                .on("listRulesFromTrackingPlan", c -> c.page("rules", listOf(
                        c.workspace().delivery().rulesOf(c.pathParam("trackingPlanId"))), n -> n, true))
                .on("replaceRulesInTrackingPlan", SegmentTrackingPlansApi::replaceRules)
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

    private static SandboxResponse createTrackingPlan(SegmentApiCall call) {
        ObjectNode body = call.body();
        SegmentInput.allowOnly(body, Set.of("name", "description", "type"), null);
        String name = SegmentInput.requiredText(body, "name", "name");
        String type = SegmentInput.requiredText(body, "type", "type");
        if (!TYPES.contains(type)) {
            throw SegmentInput.invalid("type", "\"type\" must be one of " + TYPES);
        }
        SegmentTrackingPlan plan = call.workspace().createTrackingPlan(name,
                SegmentInput.optionalText(body, "description"), type);
        return call.single("trackingPlan", plan.toJson());
    }

    private static SandboxResponse replaceRules(SegmentApiCall call) {
        ObjectNode body = call.body();
        SegmentInput.allowOnly(body, Set.of("rules"), null);
        JsonNode rules = body.get("rules");
        if (rules == null || !rules.isArray()) {
            throw SegmentInput.invalid("rules", "\"rules\" is required and must be an array");
        }
        call.workspace().delivery().replaceRules(call.pathParam("trackingPlanId"), (ArrayNode) rules);
        return call.success();
    }

    private static List<ObjectNode> listOf(ArrayNode array) {
        List<ObjectNode> list = new ArrayList<>();
        array.forEach(n -> list.add((ObjectNode) n));
        return list;
    }

    private static SandboxResponse addSource(SegmentApiCall call) {
        ObjectNode body = call.body();
        SegmentInput.allowOnly(body, Set.of("sourceId"), null);
        call.workspace().addSourceToTrackingPlan(call.pathParam("trackingPlanId"),
                SegmentInput.requiredText(body, "sourceId", "sourceId"));
        return call.success();
    }
}
