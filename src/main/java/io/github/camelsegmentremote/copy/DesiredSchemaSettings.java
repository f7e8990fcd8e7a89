package io.github.camelsegmentremote.copy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schema settings a target source gets: the source's track, identify and group blocks, and its forwarding
 * targets remapped to target sources (null: not forwarded, which the update expresses by leaving the field out).
 */
public record DesiredSchemaSettings(Map<String, Object> track, Map<String, Object> identify,
        Map<String, Object> group, SourceLink forwardingViolationsTo, SourceLink forwardingBlockedEventsTo) {

    /**
     * The body of {@code updateSchemaSettingsInSource} with the forwarding targets given (resolved to target
     * source ids); a null target is left out, which turns that forwarding off.
     */
    Map<String, Object> body(String violationsTo, String blockedEventsTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        putIfPresent(body, "track", track);
        putIfPresent(body, "identify", identify);
        putIfPresent(body, "group", group);
        putIfPresent(body, "forwardingViolationsTo", violationsTo);
        putIfPresent(body, "forwardingBlockedEventsTo", blockedEventsTo);
        return body;
    }

    private static void putIfPresent(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
