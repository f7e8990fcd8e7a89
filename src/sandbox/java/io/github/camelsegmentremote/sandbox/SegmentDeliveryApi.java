package io.github.camelsegmentremote.sandbox;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Public API operations on what runs between a source and its destinations: destination subscriptions (alpha only,
 * like the real API), transformations (beta only) and insert function instances (alpha only). Any other
 * {@code Accept} version gets 406.
 */
final class SegmentDeliveryApi {

    private static final String BETA = "v1beta";
    private static final String ALPHA = "v1alpha";
    private static final Set<String> SUBSCRIPTION_FIELDS = Set.of("name", "actionId", "trigger", "enabled",
            "settings", "modelId");
    private static final Set<String> SUBSCRIPTION_UPDATE_FIELDS = Set.of("name", "trigger", "enabled", "settings",
            "reverseETLModelId", "reverseETLSchedule");
    private static final Set<String> TRANSFORMATION_FIELDS = Set.of("name", "sourceId", "destinationMetadataId",
            "enabled", "if", "newEventName", "propertyRenames", "propertyValueTransformations");
    private static final Set<String> INSTANCE_FIELDS = Set.of("functionId", "integrationId", "enabled", "name",
            "settings");
    private static final Set<String> INSTANCE_UPDATE_FIELDS = Set.of("enabled", "name", "settings");

    private SegmentDeliveryApi() {
    }

    static void register(SegmentApiHandlers handlers) {
        handlers.on("listSubscriptionsFromDestination", c -> c.requireVersion(ALPHA).page("subscriptions",
                        c.workspace().delivery().subscriptionsOf(c.pathParam("destinationId")),
                        SegmentSubscription::toJson, true))
                .on("createDestinationSubscription", SegmentDeliveryApi::createSubscription)
                .on("updateSubscriptionForDestination", SegmentDeliveryApi::updateSubscription)
                .on("listTransformations", c -> c.requireVersion(BETA).page("transformations",
                        c.workspace().delivery().transformations(), SegmentTransformation::toJson, true))
                .on("createTransformation", c -> transformation(c.requireVersion(BETA), null))
                .on("updateTransformation", c -> transformation(c.requireVersion(BETA),
                        c.workspace().delivery().requireTransformation(c.pathParam("transformationId"))))
                .on("listInsertFunctionInstances", c -> c.requireVersion(ALPHA).page("instances",
                        c.workspace().delivery().insertFunctionInstancesOf(c.requiredQuery("functionId")),
                        SegmentInsertFunctionInstance::toJson, true))
                .on("createInsertFunctionInstance", SegmentDeliveryApi::createInstance)
                .on("updateInsertFunctionInstance", SegmentDeliveryApi::updateInstance);
    }

    private static SandboxResponse createSubscription(SegmentApiCall call) {
        ObjectNode body = call.requireVersion(ALPHA).body();
        SegmentInput.allowOnly(body, SUBSCRIPTION_FIELDS, null);
        SegmentSubscription created = call.workspace().delivery().createSubscription(call.pathParam("destinationId"),
                SegmentInput.requiredText(body, "name", "name"), SegmentInput.requiredText(body, "actionId",
                        "actionId"), SegmentInput.requiredText(body, "trigger", "trigger"),
                SegmentInput.requiredBoolean(body, "enabled"), SegmentInput.optionalObject(body, "settings"));
        return call.single("destinationSubscription", created.toJson());
    }

    private static SandboxResponse updateSubscription(SegmentApiCall call) {
        ObjectNode body = call.requireVersion(ALPHA).body();
        SegmentInput.allowOnly(body, Set.of("input"), null);
        ObjectNode input = SegmentInput.optionalObject(body, "input");
        if (input == null) {
            throw SegmentInput.invalid("input", "\"input\" is required");
        }
        SegmentInput.allowOnly(input, SUBSCRIPTION_UPDATE_FIELDS, null);
        SegmentSubscription updated = call.workspace().delivery().updateSubscription(call.pathParam("destinationId"),
                call.pathParam("id"), SegmentInput.optionalText(input, "name"),
                SegmentInput.optionalText(input, "trigger"), SegmentInput.optionalBoolean(input, "enabled"),
                SegmentInput.optionalObject(input, "settings"));
        return call.single("subscription", updated.toJson());
    }

    /** createTransformation (current null) or updateTransformation (fields given replace the current ones). */
    private static SandboxResponse transformation(SegmentApiCall call, SegmentTransformation current) {
        ObjectNode body = call.body();
        if (current != null) {
            String inBody = SegmentInput.requiredText(body, "transformationId", "transformationId");
            if (!inBody.equals(current.id())) {
                throw SegmentInput.invalid("transformationId", "\"transformationId\" must be the id in the path");
            }
            body = body.deepCopy();
            body.remove("transformationId");
        }
        SegmentInput.allowOnly(body, TRANSFORMATION_FIELDS, null);
        boolean create = current == null;
        String name = create ? SegmentInput.requiredText(body, "name", "name") : text(body, "name", current.name());
        String sourceId = create ? SegmentInput.requiredText(body, "sourceId", "sourceId")
                : text(body, "sourceId", current.sourceId());
        Boolean enabled = SegmentInput.optionalBoolean(body, "enabled");
        if (create && enabled == null) {
            throw SegmentInput.invalid("enabled", "\"enabled\" is required");
        }
        String condition = create ? SegmentInput.requiredText(body, "if", "if") : text(body, "if",
                current.condition());
        SegmentTransformation saved = call.workspace().delivery().saveTransformation(new SegmentTransformation(
                create ? call.workspace().delivery().newId() : current.id(), name, sourceId,
                body.has("destinationMetadataId") ? SegmentInput.optionalText(body, "destinationMetadataId")
                        : create ? null : current.destinationMetadataId(),
                enabled != null ? enabled : current.enabled(), condition,
                body.has("newEventName") ? SegmentInput.optionalText(body, "newEventName")
                        : create ? null : current.newEventName(),
                array(body, "propertyRenames", create ? null : current.propertyRenames()),
                array(body, "propertyValueTransformations",
                        create ? null : current.propertyValueTransformations())));
        return call.single("transformation", saved.toJson());
    }

    private static SandboxResponse createInstance(SegmentApiCall call) {
        ObjectNode body = call.requireVersion(ALPHA).body();
        SegmentInput.allowOnly(body, INSTANCE_FIELDS, null);
        ObjectNode settings = SegmentInput.optionalObject(body, "settings");
        if (settings == null) {
            throw SegmentInput.invalid("settings", "\"settings\" is required");
        }
        Boolean enabled = SegmentInput.optionalBoolean(body, "enabled");
        SegmentInsertFunctionInstance created = call.workspace().delivery().createInsertFunctionInstance(
                SegmentInput.requiredText(body, "functionId", "functionId"),
                SegmentInput.requiredText(body, "integrationId", "integrationId"),
                SegmentInput.requiredText(body, "name", "name"), Boolean.TRUE.equals(enabled), settings);
        return call.single("insertFunctionInstance", created.toJson());
    }

    private static SandboxResponse updateInstance(SegmentApiCall call) {
        ObjectNode body = call.requireVersion(ALPHA).body();
        SegmentInput.allowOnly(body, INSTANCE_UPDATE_FIELDS, null);
        ObjectNode settings = SegmentInput.optionalObject(body, "settings");
        if (settings == null) {
            throw SegmentInput.invalid("settings", "\"settings\" is required");
        }
        SegmentInsertFunctionInstance updated = call.workspace().delivery().updateInsertFunctionInstance(
                call.pathParam("instanceId"), SegmentInput.optionalText(body, "name"),
                SegmentInput.optionalBoolean(body, "enabled"), settings);
        return call.single("insertFunctionInstance", updated.toJson());
    }

    private static String text(ObjectNode body, String field, String current) {
        return body.has(field) ? SegmentInput.requiredText(body, field, field) : current;
    }

    private static ArrayNode array(ObjectNode body, String field, ArrayNode current) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return current;
        }
        if (!value.isArray()) {
            throw SegmentInput.invalid(field, "\"" + field + "\" must be an array");
        }
        return (ArrayNode) value;
    }
}
