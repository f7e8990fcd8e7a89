package io.github.camelsegmentremote.sandbox;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Request body checks of the Public API: a missing or mistyped field is a 422 {@code input-validation} error naming
 * the field, as Segment answers it.
 */
final class SegmentInput {

    static final String VALIDATION = "input-validation";

    private SegmentInput() {
    }

    static SandboxException invalid(String field, String message) {
        return new SegmentFieldException(field, message);
    }

    /** The request body as an object; an empty body reads as {@code {}} (PATCH with nothing to change). */
    static ObjectNode body(SandboxRequest request) {
        if (request.body().length == 0) {
            return SandboxJson.object();
        }
        JsonNode body = request.json();
        if (!body.isObject()) {
            throw invalid("body", "the request body must be a JSON object");
        }
        return (ObjectNode) body;
    }

    /** Rejects fields the operation does not take, as the API's validation does ({@code "x" is not allowed}). */
    static void allowOnly(ObjectNode body, Set<String> allowed, String hint) {
        body.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                throw invalid(name, "\"" + name + "\" is not allowed" + (hint == null ? "" : ": " + hint));
            }
        });
    }

    static String requiredText(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw invalid(field, "\"" + field + "\" is required");
        }
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw invalid(field, "\"" + field + "\" must be a non-empty string");
        }
        return value.asText();
    }

    /** A string field, or null when absent. */
    static String optionalText(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(name, "\"" + name + "\" must be a string");
        }
        return value.asText();
    }

    static boolean requiredBoolean(JsonNode node, String name) {
        Boolean value = optionalBoolean(node, name);
        if (value == null) {
            throw invalid(name, "\"" + name + "\" is required");
        }
        return value;
    }

    /** A boolean field, or null when absent. */
    static Boolean optionalBoolean(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw invalid(name, "\"" + name + "\" must be a boolean");
        }
        return value.asBoolean();
    }

    /** An object field such as {@code settings}, or null when absent. */
    static ObjectNode optionalObject(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw invalid(name, "\"" + name + "\" must be an object");
        }
        return (ObjectNode) value;
    }

    /** A 422 that names the offending input field ({@code RequestError.field}). */
    static final class SegmentFieldException extends SandboxException {

        private final String field;

        SegmentFieldException(String field, String message) {
            super(422, VALIDATION, message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
