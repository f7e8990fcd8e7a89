package io.github.camelsegmentremote.sandbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A destination filter ({@code DestinationFilterV1}): an FQL condition and one action ({@code DROP},
 * {@code SAMPLE}, {@code ALLOW_PROPERTIES} or {@code DROP_PROPERTIES}).
 */
public record SegmentDestinationFilter(String id, String sourceId, String destinationId, String condition,
        String actionType, String title, String description, boolean enabled, Instant createdAt) {

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("sourceId", sourceId);
        node.put("destinationId", destinationId);
        node.put("if", condition);
        node.putArray("actions").addObject().put("type", actionType);
        node.put("title", title);
        node.put("description", description);
        node.put("enabled", enabled);
        node.put("createdAt", createdAt.toString());
        node.put("updatedAt", createdAt.toString());
        return node;
    }
}
