package io.github.camelsegmentremote.sandbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An insert function connected to a source or a destination ({@code InsertFunctionInstanceAlpha}). Its
 * {@code encryptedSettings} are secrets: the API answers them masked.
 *
 * @param integrationId the source or destination the function runs in front of
 */
public record SegmentInsertFunctionInstance(String id, String name, String functionId, String integrationId,
        boolean enabled, ObjectNode settings, ObjectNode encryptedSettings, Instant createdAt, Instant updatedAt) {

    public SegmentInsertFunctionInstance {
        settings = settings.deepCopy();
        encryptedSettings = encryptedSettings.deepCopy();
    }

    SegmentInsertFunctionInstance with(String newName, Boolean newEnabled, ObjectNode newSettings, Instant now) {
        return new SegmentInsertFunctionInstance(id, newName == null ? name : newName, functionId, integrationId,
                newEnabled == null ? enabled : newEnabled, newSettings == null ? settings : newSettings,
                encryptedSettings, createdAt, now);
    }

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("name", name);
        node.put("integrationId", integrationId);
        node.put("classId", functionId);
        node.put("enabled", enabled);
        node.put("createdAt", createdAt.toString());
        node.put("updatedAt", updatedAt.toString());
        node.set("settings", settings.deepCopy());
        ObjectNode masked = node.putObject("encryptedSettings");
        encryptedSettings.fieldNames().forEachRemaining(k -> masked.put(k, SegmentSettings.MASK));
        return node;
    }
}
