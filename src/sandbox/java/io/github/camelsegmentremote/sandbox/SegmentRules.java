package io.github.camelsegmentremote.sandbox;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Checks of a tracking plan rule ({@code RuleInputV1}: type, key, jsonSchema, version). */
final class SegmentRules {

    private static final Set<String> TYPES = Set.of("COMMON", "GROUP", "IDENTIFY", "PAGE", "SCREEN", "TRACK");
    private static final Set<String> FIELDS = Set.of("type", "key", "jsonSchema", "version");

    private SegmentRules() {
    }

    /** The rule as stored ({@code RuleV1} without its dates); 422 naming the field when it is invalid. */
    static ObjectNode check(JsonNode rule, String field) {
        if (!rule.isObject()) {
            throw SegmentInput.invalid(field, "\"" + field + "\" must be an object");
        }
        SegmentInput.allowOnly((ObjectNode) rule, FIELDS, null);
        String type = SegmentInput.requiredText(rule, "type", field + ".type");
        if (!TYPES.contains(type)) {
            throw SegmentInput.invalid(field + ".type", "\"" + field + ".type\" must be one of " + TYPES);
        }
        String key = SegmentInput.optionalText(rule, "key");
        if (type.equals("TRACK") && (key == null || key.isBlank())) {
            throw SegmentInput.invalid(field + ".key", "\"" + field + ".key\" is required for TRACK rules");
        }
        JsonNode schema = rule.get("jsonSchema");
        if (schema == null || !schema.isObject()) {
            throw SegmentInput.invalid(field + ".jsonSchema", "\"" + field + ".jsonSchema\" must be an object");
        }
        JsonNode version = rule.get("version");
        if (version == null || !version.isNumber()) {
            throw SegmentInput.invalid(field + ".version", "\"" + field + ".version\" must be a number");
        }
        ObjectNode stored = SandboxJson.object();
        stored.put("type", type);
        if (key != null) {
            stored.put("key", key);
        }
        stored.set("jsonSchema", schema.deepCopy());
        stored.set("version", version.deepCopy());
        return stored;
    }
}
