package io.github.camelsegmentremote.sandbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A destination filter ({@code DestinationFilterV1}): an FQL condition and its actions ({@code DROP},
 * {@code SAMPLE}, {@code ALLOW_PROPERTIES} or {@code DROP_PROPERTIES}).
 */
public record SegmentDestinationFilter(String id, String sourceId, String destinationId, String condition,
        ArrayNode actions, String title, String description, boolean enabled, Instant createdAt, Instant updatedAt) {

    public SegmentDestinationFilter {
        actions = actions.deepCopy();
    }

    /** A filter with one action of this type and no fields. */
    public SegmentDestinationFilter(String id, String sourceId, String destinationId, String condition,
            String actionType, String title, String description, boolean enabled, Instant createdAt) {
        this(id, sourceId, destinationId, condition, single(actionType), title, description, enabled, createdAt,
                createdAt);
    }

    private static ArrayNode single(String actionType) {
        ArrayNode actions = SandboxJson.array();
        actions.addObject().put("type", actionType);
        return actions;
    }

    SegmentDestinationFilter with(String newCondition, ArrayNode newActions, String newTitle, String newDescription,
            Boolean newEnabled, Instant now) {
        return new SegmentDestinationFilter(id, sourceId, destinationId,
                newCondition == null ? condition : newCondition, newActions == null ? actions : newActions,
                newTitle == null ? title : newTitle, newDescription == null ? description : newDescription,
                newEnabled == null ? enabled : newEnabled, createdAt, now);
    }

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("sourceId", sourceId);
        node.put("destinationId", destinationId);
        node.put("if", condition);
        node.set("actions", actions.deepCopy());
        node.put("title", title);
        if (description != null) {
            node.put("description", description);
        }
        node.put("enabled", enabled);
        node.put("createdAt", createdAt.toString());
        node.put("updatedAt", updatedAt.toString());
        return node;
    }
}
