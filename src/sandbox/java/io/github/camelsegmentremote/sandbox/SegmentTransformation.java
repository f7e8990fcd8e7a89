package io.github.camelsegmentremote.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A transformation ({@code TransformationV1}) of a source's events, for all its destinations or, with a
 * {@code destinationMetadataId}, for the destinations of that type only.
 */
public record SegmentTransformation(String id, String name, String sourceId, String destinationMetadataId,
        boolean enabled, String condition, String newEventName, ArrayNode propertyRenames,
        ArrayNode propertyValueTransformations) {

    public SegmentTransformation {
        propertyRenames = propertyRenames == null ? SandboxJson.array() : propertyRenames.deepCopy();
        propertyValueTransformations = propertyValueTransformations == null ? SandboxJson.array()
                : propertyValueTransformations.deepCopy();
    }

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("name", name);
        node.put("sourceId", sourceId);
        if (destinationMetadataId != null) {
            node.put("destinationMetadataId", destinationMetadataId);
        }
        node.put("enabled", enabled);
        node.put("if", condition);
        if (newEventName != null) {
            node.put("newEventName", newEventName);
        }
        node.set("propertyRenames", propertyRenames.deepCopy());
        node.set("propertyValueTransformations", propertyValueTransformations.deepCopy());
        return node;
    }
}
