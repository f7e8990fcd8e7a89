package io.github.camelsegmentremote.sandbox;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A source of a workspace, with its write keys, settings (secrets in clear: the API masks them), labels and schema
 * settings. Immutable: a workspace replaces the whole record on every change.
 */
public record SegmentSource(String id, String slug, String name, String metadataId, boolean enabled,
        List<String> writeKeys, ObjectNode settings, List<SegmentLabel> labels, SegmentSchemaSettings schemaSettings,
        Instant createdAt) {

    public SegmentSource {
        writeKeys = List.copyOf(writeKeys);
        settings = settings.deepCopy();
        labels = List.copyOf(labels);
    }

    @Override
    public ObjectNode settings() {
        return settings.deepCopy();
    }

    /** What {@code updateSource} may change; null fields stay as they are. */
    public record Update(String name, Boolean enabled, String slug, ObjectNode settings) {
    }

    SegmentSource with(Update update) {
        return new SegmentSource(id, update.slug() == null ? slug : update.slug(),
                update.name() == null ? name : update.name(), metadataId,
                update.enabled() == null ? enabled : update.enabled(), writeKeys,
                update.settings() == null ? settings : update.settings(), labels, schemaSettings, createdAt);
    }

    SegmentSource withLabels(List<SegmentLabel> newLabels) {
        return new SegmentSource(id, slug, name, metadataId, enabled, writeKeys, settings, newLabels, schemaSettings,
                createdAt);
    }

    SegmentSource withSchemaSettings(SegmentSchemaSettings newSettings) {
        return new SegmentSource(id, slug, name, metadataId, enabled, writeKeys, settings, labels, newSettings,
                createdAt);
    }

    /** {@code SourceV1}, secrets masked. */
    ObjectNode toJson(String workspaceId, SegmentSourceMetadata metadata) {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("slug", slug);
        node.put("name", name);
        node.put("workspaceId", workspaceId);
        node.put("enabled", enabled);
        writeKeys.forEach(node.putArray("writeKeys")::add);
        node.set("metadata", metadata.toJson());
        node.set("settings", SegmentSettings.masked(settings, metadata.options()));
        ArrayNode labelsNode = node.putArray("labels");
        labels.forEach(l -> labelsNode.add(l.toJson()));
        return node;
    }
}
