package io.github.camelsegmentremote.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A workspace label ({@code LabelV1}): a key/value pair sources can carry. */
public record SegmentLabel(String key, String value, String description) {

    public static SegmentLabel of(String key, String value) {
        return new SegmentLabel(key, value, null);
    }

    /** {@code key:value}, the label's identity (the description does not count). */
    public String id() {
        return key + ":" + value;
    }

    /** Reads a {@code LabelV1} from a request; {@code field} names it in the 422 answer when it is invalid. */
    static SegmentLabel fromJson(JsonNode node, String field) {
        if (!node.isObject()) {
            throw SegmentInput.invalid(field, "\"" + field + "\" must be an object with key and value");
        }
        String key = SegmentInput.requiredText(node, "key", field + ".key");
        String value = SegmentInput.requiredText(node, "value", field + ".value");
        JsonNode description = node.get("description");
        return new SegmentLabel(key, value, description == null || description.isNull() ? null : description.asText());
    }

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("key", key);
        node.put("value", value);
        if (description != null) {
            node.put("description", description);
        }
        return node;
    }
}
