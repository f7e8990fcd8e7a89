package io.github.camelsegmentremote.segment;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Segment reads an omitted forwarding target of {@code updateSchemaSettingsInSource} as "do not forward"; a
 * {@code null} or {@code ""} target is at best the same and at worst a 400. So the body never carries one: blank
 * targets are left out, whatever the route put in the message body.
 */
final class SchemaSettingsForwarding {

    static final String OPERATION = "updateSchemaSettingsInSource";
    private static final String[] TARGETS = { "forwardingViolationsTo", "forwardingBlockedEventsTo" };

    private SchemaSettingsForwarding() {
    }

    static boolean appliesTo(SegmentOperation operation) {
        return OPERATION.equals(operation.operationId());
    }

    /** The JSON body without blank forwarding targets (unchanged when it has none). */
    static byte[] withoutBlankTargets(ObjectMapper mapper, byte[] json) {
        try {
            JsonNode body = mapper.readTree(json);
            if (!(body instanceof ObjectNode settings)) {
                return json;
            }
            boolean changed = false;
            for (String target : TARGETS) {
                JsonNode value = settings.get(target);
                if (value != null && (value.isNull() || value.asText().isBlank())) {
                    settings.remove(target);
                    changed = true;
                }
            }
            return changed ? mapper.writeValueAsBytes(settings) : json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
