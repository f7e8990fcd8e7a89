package io.github.camelsegmentremote.sandbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A tracking plan ({@code TrackingPlanV1}); only {@code LIVE} plans take sources. */
public record SegmentTrackingPlan(String id, String name, String slug, String description, String type,
        Instant createdAt) {

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("name", name);
        node.put("slug", slug);
        if (description != null) {
            node.put("description", description);
        }
        node.put("type", type);
        node.put("createdAt", createdAt.toString());
        node.put("updatedAt", createdAt.toString());
        return node;
    }
}
