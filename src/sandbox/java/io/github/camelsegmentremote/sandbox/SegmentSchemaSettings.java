package io.github.camelsegmentremote.sandbox;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A source's schema settings ({@code SourceSettingsOutputV1}): how Protocols treats unplanned and violating
 * track/identify/group calls, and where violations and blocked events are forwarded (a source id, or null when
 * forwarding is off). Immutable.
 */
public record SegmentSchemaSettings(ObjectNode track, ObjectNode identify, ObjectNode group,
        String forwardingViolationsTo, String forwardingBlockedEventsTo) {

    /** What a source answers when Protocols was never configured for it. */
    public static final SegmentSchemaSettings DEFAULTS = new SegmentSchemaSettings(defaultTrack(),
            defaultTraits(), defaultTraits(), null, null);

    private static final Set<String> TRACK_ENUM = Set.of("ALLOW", "BLOCK", "OMIT_PROPERTIES");
    private static final Set<String> TRAITS_ENUM = Set.of("ALLOW", "BLOCK", "OMIT_TRAITS");
    private static final Set<String> FIELDS = Set.of("track", "identify", "group", "forwardingViolationsTo",
            "forwardingBlockedEventsTo");

    public SegmentSchemaSettings {
        track = track.deepCopy();
        identify = identify.deepCopy();
        group = group.deepCopy();
        forwardingViolationsTo = blankToNull(forwardingViolationsTo);
        forwardingBlockedEventsTo = blankToNull(forwardingBlockedEventsTo);
    }

    @Override
    public ObjectNode track() {
        return track.deepCopy();
    }

    @Override
    public ObjectNode identify() {
        return identify.deepCopy();
    }

    @Override
    public ObjectNode group() {
        return group.deepCopy();
    }

    public SegmentSchemaSettings withForwarding(String violationsTo, String blockedEventsTo) {
        return new SegmentSchemaSettings(track, identify, group, violationsTo, blockedEventsTo);
    }

    public SegmentSchemaSettings withTrack(String field, JsonNode value) {
        ObjectNode changed = track.deepCopy();
        changed.set(field, value);
        return new SegmentSchemaSettings(changed, identify, group, forwardingViolationsTo, forwardingBlockedEventsTo);
    }

    /**
     * Applies an {@code updateSchemaSettingsInSource} body: the track/identify/group fields given replace the
     * current ones, the others stay; the forwarding fields are taken as given, so omitting one turns that
     * forwarding off. Checks field types and enums (422).
     */
    SegmentSchemaSettings patch(ObjectNode body) {
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw SegmentInput.invalid(name, "\"" + name + "\" is not allowed");
            }
        });
        return new SegmentSchemaSettings(
                merge(track, body, "track", TRACK_ENUM), merge(identify, body, "identify", TRAITS_ENUM),
                merge(group, body, "group", TRAITS_ENUM), SegmentInput.optionalText(body, "forwardingViolationsTo"),
                SegmentInput.optionalText(body, "forwardingBlockedEventsTo"));
    }

    /**
     * Whether an update body asks for a Protocols feature: a track/identify/group value other than the default, or a
     * forwarding target. Those need a tracking plan connected to the source.
     */
    static boolean asksForProtocols(ObjectNode body) {
        for (String block : new String[] { "track", "identify", "group" }) {
            JsonNode given = body.get(block);
            ObjectNode defaults = (ObjectNode) DEFAULTS.toJson().get(block);
            if (given != null && given.isObject()) {
                for (Map.Entry<String, JsonNode> field : given.properties()) {
                    if (!field.getValue().equals(defaults.get(field.getKey()))) {
                        return true;
                    }
                }
            }
        }
        return !isBlank(body.path("forwardingViolationsTo").asText(""))
                || !isBlank(body.path("forwardingBlockedEventsTo").asText(""));
    }

    /** The forwarding fields read as empty strings when forwarding is off, as in Segment's own examples. */
    public ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.set("track", track.deepCopy());
        node.set("identify", identify.deepCopy());
        node.set("group", group.deepCopy());
        node.put("forwardingViolationsTo", forwardingViolationsTo == null ? "" : forwardingViolationsTo);
        node.put("forwardingBlockedEventsTo", forwardingBlockedEventsTo == null ? "" : forwardingBlockedEventsTo);
        return node;
    }

    private static ObjectNode merge(ObjectNode current, ObjectNode body, String block, Set<String> enumValues) {
        JsonNode given = body.get(block);
        if (given == null || given.isNull()) {
            return current;
        }
        if (!given.isObject()) {
            throw SegmentInput.invalid(block, "\"" + block + "\" must be an object");
        }
        ObjectNode merged = current.deepCopy();
        for (Map.Entry<String, JsonNode> field : given.properties()) {
            String name = field.getKey();
            String path = block + "." + name;
            if (!current.has(name)) {
                throw SegmentInput.invalid(path, "\"" + path + "\" is not allowed");
            }
            JsonNode value = field.getValue();
            if ("commonEventOnViolations".equals(name)) {
                if (!value.isTextual() || !enumValues.contains(value.asText())) {
                    throw SegmentInput.invalid(path, "\"" + path + "\" must be one of " + enumValues);
                }
            } else if (!value.isBoolean()) {
                throw SegmentInput.invalid(path, "\"" + path + "\" must be a boolean");
            }
            merged.set(name, value);
        }
        return merged;
    }

    private static ObjectNode defaultTrack() {
        return SandboxJson.object().put("allowUnplannedEvents", true).put("allowUnplannedEventProperties", true)
                .put("allowEventOnViolations", true).put("allowPropertiesOnViolations", true)
                .put("commonEventOnViolations", "ALLOW");
    }

    private static ObjectNode defaultTraits() {
        return SandboxJson.object().put("allowUnplannedTraits", true).put("allowTraitsOnViolations", true)
                .put("commonEventOnViolations", "ALLOW");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value;
    }
}
