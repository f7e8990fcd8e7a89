package io.github.camelsegmentremote.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A destination subscription ({@code DestinationSubscription}): an action of an Actions destination, its trigger. */
public record SegmentSubscription(String id, String name, String actionId, String actionSlug, String destinationId,
        boolean enabled, ObjectNode settings, String trigger) {

    public SegmentSubscription {
        settings = settings.deepCopy();
    }

    @Override
    public ObjectNode settings() {
        return settings.deepCopy();
    }

    SegmentSubscription with(String newName, String newTrigger, Boolean newEnabled, ObjectNode newSettings) {
        return new SegmentSubscription(id, newName == null ? name : newName, actionId, actionSlug, destinationId,
                newEnabled == null ? enabled : newEnabled, newSettings == null ? settings : newSettings,
                newTrigger == null ? trigger : newTrigger);
    }

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("name", name);
        node.put("actionId", actionId);
        node.put("actionSlug", actionSlug);
        node.put("destinationId", destinationId);
        node.put("enabled", enabled);
        node.set("settings", settings.deepCopy());
        node.put("trigger", trigger);
        return node;
    }
}
