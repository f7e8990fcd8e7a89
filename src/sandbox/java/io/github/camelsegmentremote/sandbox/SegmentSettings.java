package io.github.camelsegmentremote.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Integration settings as the Public API shows them: values of secret options ({@code password} type) come back
 * masked with "•", as on the real API, so they can be reported but never copied.
 */
final class SegmentSettings {

    /** What a secret value reads like in an answer. */
    static final String MASK = "••••••••••";

    private SegmentSettings() {
    }

    static ObjectNode masked(ObjectNode settings, List<SegmentIntegrationOption> options) {
        ObjectNode copy = settings.deepCopy();
        for (SegmentIntegrationOption option : options) {
            JsonNode value = copy.get(option.name());
            if (option.secret() && value != null && !value.isNull() && !value.asText().isEmpty()) {
                copy.put(option.name(), MASK);
            }
        }
        return copy;
    }

    /** A defensive copy of settings from a request or a caller; null and absent read as empty. */
    static ObjectNode copyOf(JsonNode settings) {
        return settings == null || settings.isNull() ? SandboxJson.object() : (ObjectNode) settings.deepCopy();
    }
}
