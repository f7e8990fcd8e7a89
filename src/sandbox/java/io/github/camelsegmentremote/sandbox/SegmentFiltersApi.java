package io.github.camelsegmentremote.sandbox;

import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Public API operations on destination filters: list, create, update (checked FQL and actions). */
final class SegmentFiltersApi {

    private static final Set<String> CREATE_FIELDS = Set.of("sourceId", "if", "actions", "title", "description",
            "enabled");
    private static final Set<String> UPDATE_FIELDS = Set.of("if", "actions", "title", "description", "enabled");
    private static final Set<String> ACTION_TYPES = Set.of("ALLOW_PROPERTIES", "DROP", "DROP_PROPERTIES", "SAMPLE");

    private SegmentFiltersApi() {
    }

    static void register(SegmentApiHandlers handlers) {
        handlers.on("listFiltersFromDestination", c -> c.page("filters",
                        c.workspace().filtersOf(c.pathParam("destinationId")), SegmentDestinationFilter::toJson, true))
                .on("createFilterForDestination", SegmentFiltersApi::create)
                .on("updateFilterForDestination", SegmentFiltersApi::update);
    }

    private static SandboxResponse create(SegmentApiCall call) {
        ObjectNode body = call.body();
        SegmentInput.allowOnly(body, CREATE_FIELDS, null);
        SegmentWorkspace workspace = call.workspace();
        SegmentDestination destination = workspace.requireDestination(call.pathParam("destinationId"));
        String sourceId = SegmentInput.requiredText(body, "sourceId", "sourceId");
        if (!sourceId.equals(destination.sourceId())) {
            throw SegmentInput.invalid("sourceId", "\"sourceId\" must be the source of destination "
                    + destination.id() + " (" + destination.sourceId() + ")");
        }
        String condition = SegmentFql.require(SegmentInput.requiredText(body, "if", "if"), "if");
        ArrayNode actions = actions(body.get("actions"), true);
        String title = SegmentInput.requiredText(body, "title", "title");
        boolean enabled = SegmentInput.requiredBoolean(body, "enabled");
        Instant now = Instant.now();
        SegmentDestinationFilter filter = new SegmentDestinationFilter(workspace.delivery().newId(), sourceId,
                destination.id(), condition, actions, title, SegmentInput.optionalText(body, "description"), enabled,
                now, now);
        synchronized (workspace) {
            workspace.requireDestination(destination.id());
            workspace.seedFilter(filter);
        }
        return call.single("filter", filter.toJson());
    }

    private static SandboxResponse update(SegmentApiCall call) {
        ObjectNode body = call.body();
        SegmentInput.allowOnly(body, UPDATE_FIELDS, null);
        SegmentWorkspace workspace = call.workspace();
        String condition = SegmentInput.optionalText(body, "if");
        if (condition != null) {
            SegmentFql.require(condition, "if");
        }
        ArrayNode actions = actions(body.get("actions"), false);
        SegmentDestinationFilter updated;
        synchronized (workspace) {
            SegmentDestinationFilter current = workspace.requireFilter(call.pathParam("destinationId"),
                    call.pathParam("filterId"));
            updated = current.with(condition, actions, SegmentInput.optionalText(body, "title"),
                    SegmentInput.optionalText(body, "description"), SegmentInput.optionalBoolean(body, "enabled"),
                    Instant.now());
            workspace.seedFilter(updated);
        }
        return call.single("filter", updated.toJson());
    }

    /** {@code DestinationFilterActionV1}s: a known type, SAMPLE with a percent, *_PROPERTIES with fields. */
    private static ArrayNode actions(JsonNode actions, boolean required) {
        if (actions == null || actions.isNull()) {
            if (required) {
                throw SegmentInput.invalid("actions", "\"actions\" is required");
            }
            return null;
        }
        if (!actions.isArray() || actions.isEmpty()) {
            throw SegmentInput.invalid("actions", "\"actions\" must be a non-empty array");
        }
        for (int i = 0; i < actions.size(); i++) {
            JsonNode action = actions.get(i);
            String field = "actions[" + i + "]";
            String type = SegmentInput.requiredText(action, "type", field + ".type");
            if (!ACTION_TYPES.contains(type)) {
                throw SegmentInput.invalid(field + ".type", "\"" + field + ".type\" must be one of " + ACTION_TYPES);
            }
            if (type.equals("SAMPLE") && !action.path("percent").isNumber()) {
                throw SegmentInput.invalid(field + ".percent", "\"" + field + ".percent\" is required for SAMPLE");
            }
            if (type.endsWith("_PROPERTIES") && !action.path("fields").isObject()) {
                throw SegmentInput.invalid(field + ".fields", "\"" + field + ".fields\" is required for " + type);
            }
        }
        return (ArrayNode) actions;
    }
}
