package io.github.camelsegmentremote.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A destination connected to one source ({@code DestinationV1}). Immutable. */
public record SegmentDestination(String id, String name, boolean enabled, String metadataId, String sourceId,
        ObjectNode settings) {

    public SegmentDestination {
        settings = settings.deepCopy();
    }

    @Override
    public ObjectNode settings() {
        return settings.deepCopy();
    }

    SegmentDestination with(String newName, Boolean newEnabled, ObjectNode newSettings) {
        return new SegmentDestination(id, newName == null ? name : newName,
                newEnabled == null ? enabled : newEnabled, metadataId, sourceId,
                newSettings == null ? settings : newSettings);
    }

    /** {@code DestinationV1}, secrets masked. */
    ObjectNode toJson(SegmentDestinationMetadata metadata) {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("name", name);
        node.put("enabled", enabled);
        node.set("metadata", metadata.toJson());
        node.put("sourceId", sourceId);
        node.set("settings", SegmentSettings.masked(settings, metadata.options()));
        return node;
    }
}
