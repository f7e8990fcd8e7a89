package io.github.camelsegmentremote.sandbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A source or destination function of a workspace ({@code ListFunctionItemV1}). */
public record SegmentFunction(String id, String resourceType, String displayName, String description,
        String createdBy, Instant createdAt) {

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("resourceType", resourceType);
        node.put("displayName", displayName);
        node.put("description", description);
        node.put("createdBy", createdBy);
        node.put("createdAt", createdAt.toString());
        node.put("logoUrl", SegmentCatalog.logoUrl("function"));
        node.put("catalogId", "fn_" + id);
        return node;
    }
}
