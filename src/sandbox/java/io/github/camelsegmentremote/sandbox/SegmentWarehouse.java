package io.github.camelsegmentremote.sandbox;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A warehouse of a workspace ({@code WarehouseV1}) and the sources it loads. Immutable. */
public record SegmentWarehouse(String id, String metadataId, boolean enabled, ObjectNode settings,
        Set<String> sourceIds) {

    public SegmentWarehouse {
        settings = settings.deepCopy();
        sourceIds = Set.copyOf(sourceIds);
    }

    @Override
    public ObjectNode settings() {
        return settings.deepCopy();
    }

    SegmentWarehouse withoutSource(String sourceId) {
        return new SegmentWarehouse(id, metadataId, enabled, settings,
                sourceIds.stream().filter(s -> !s.equals(sourceId)).collect(Collectors.toSet()));
    }

    SegmentWarehouse withSource(String sourceId) {
        Set<String> connected = new HashSet<>(sourceIds);
        connected.add(sourceId);
        return new SegmentWarehouse(id, metadataId, enabled, settings, connected);
    }

    /** {@code WarehouseV1}, secrets masked. */
    ObjectNode toJson(String workspaceId, SegmentWarehouseMetadata metadata) {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.set("metadata", metadata.toJson());
        node.put("workspaceId", workspaceId);
        node.put("enabled", enabled);
        node.set("settings", SegmentSettings.masked(settings, metadata.options()));
        return node;
    }
}
