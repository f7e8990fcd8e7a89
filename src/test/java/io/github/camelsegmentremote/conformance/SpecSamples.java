package io.github.camelsegmentremote.conformance;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Inputs generated from an OpenAPI file: values for an operation's path, query and header parameters, and a body
 * with the schema's required fields (or all of them). Values follow the schema: the first enum value, the
 * parameter's or schema's example, a value of the format (uuid, date, date-time, email, uri), the minimum; one
 * item for arrays; the first alternative of a oneOf/anyOf, the union of an allOf.
 */
final class SpecSamples {

    private static final int MAX_DEPTH = 12;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode spec;

    SpecSamples(JsonNode spec) {
        this.spec = spec;
    }

    /** One parameter of an operation. */
    record Parameter(String name, String in, boolean required, Object value) {
    }

    /** The operation object at {@code method} {@code path}. */
    JsonNode operation(String method, String path) {
        return spec.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
    }

    /** The parameters of the path item and the operation (the operation's win), with generated values. */
    List<Parameter> parameters(String method, String path) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode p : spec.path("paths").path(path).path("parameters")) {
            JsonNode r = resolve(p);
            byKey.put(r.path("in").asText() + ":" + r.path("name").asText(), r);
        }
        for (JsonNode p : operation(method, path).path("parameters")) {
            JsonNode r = resolve(p);
            byKey.put(r.path("in").asText() + ":" + r.path("name").asText(), r);
        }
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : byKey.values()) {
            boolean uuid = "uuid".equals(resolve(p.path("schema")).path("format").asText());
            Object value = p.has("example") && !uuid ? plain(p.get("example")) : sample(p.path("schema"), false, 0);
            parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                    p.path("required").asBoolean(false) || "path".equals(p.path("in").asText()), value));
        }
        return parameters;
    }

    /** The request body's media type, or null when the operation takes none. */
    String bodyType(String method, String path) {
        Iterator<String> types = operation(method, path).path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : null;
    }

    /** A body for the operation: its required fields, or with {@code all} every field. */
    Object body(String method, String path, boolean all) {
        String type = bodyType(method, path);
        if (type == null) {
            return null;
        }
        return sample(operation(method, path).path("requestBody").path("content").path(type).path("schema"), all,
                0);
    }

    /** A value of {@code schema} as plain Java (Map, List, String, Number, Boolean). */
    Object sample(JsonNode schemaOrRef, boolean all, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        if (depth > MAX_DEPTH || schema.isMissingNode()) {
            return null;
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            JsonNode first = schema.get("enum").get(0);
            return first.isNull() && schema.get("enum").size() > 1 ? plain(schema.get("enum").get(1)) : plain(first);
        }
        if (schema.has("allOf")) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (JsonNode part : schema.get("allOf")) {
                Object value = sample(part, all, depth + 1);
                if (value instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> merged.put(String.valueOf(k), v));
                } else if (value != null) {
                    // allOf around one scalar schema (a string with a format, say): that value
                    return value;
                }
            }
            merged.putAll(objectSample(schema, all, depth));
            // "required" beside the allOf names properties its parts declare.
            for (JsonNode name : schema.path("required")) {
                if (!merged.containsKey(name.asText())) {
                    for (JsonNode part : schema.get("allOf")) {
                        JsonNode property = resolve(part).path("properties").path(name.asText());
                        if (!property.isMissingNode()) {
                            merged.put(name.asText(), sample(property, all, depth + 1));
                            break;
                        }
                    }
                }
            }
            return merged;
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.has(alternatives) && !schema.get(alternatives).isEmpty()) {
                return sample(schema.get(alternatives).get(0), all, depth + 1);
            }
        }
        if ("uuid".equals(schema.path("format").asText())) {
            return string(schema);
        }
        if (schema.has("pattern")) {
            java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(schema.get("pattern").asText());
            List<String> candidates = new ArrayList<>();
            if (schema.has("example")) {
                candidates.add(schema.get("example").asText());
            }
            candidates.addAll(List.of(string(schema), "1.0.0", "sample", "SAMPLE", "2026-01-15", "A1", "12345",
                    "+351912345678", "PT50000201231234567890154"));
            for (String candidate : candidates) {
                if (pattern.matcher(candidate).find()) {
                    return candidate;
                }
            }
        }
        if (schema.has("example") && !schema.get("example").isNull() && !isComposite(schema)) {
            return plain(schema.get("example"));
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> objectSample(schema, all, depth);
            case "array" -> {
                List<Object> items = new ArrayList<>();
                int count = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < count; i++) {
                    items.add(sample(schema.path("items"), all, depth + 1));
                }
                yield items;
            }
            case "integer" -> schema.has("minimum") ? schema.get("minimum").asLong() : 1L;
            case "number" -> schema.has("minimum") ? schema.get("minimum").asDouble() : 1.5;
            case "boolean" -> true;
            default -> string(schema);
        };
    }

    private Map<String, Object> objectSample(JsonNode schema, boolean all, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode resolved = resolve(property.getValue());
            if (resolved.path("readOnly").asBoolean(false)) {
                continue;
            }
            if (all && depth < 3 || required.contains(property.getKey())) {
                object.put(property.getKey(), sample(property.getValue(), all, depth + 1));
            }
        }
        return object;
    }

    private static boolean isComposite(JsonNode schema) {
        return "object".equals(type(schema)) || "array".equals(type(schema));
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type != null) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private static String string(JsonNode schema) {
        String value = switch (schema.path("format").asText("")) {
            case "uuid" -> "8e8c3b0e-5c1a-4f57-9f3e-2d6f1c6a7b10";
            case "date" -> "2026-01-15";
            case "date-time" -> "2026-01-15T10:00:00Z";
            case "email" -> "jane@example.com";
            case "uri", "url" -> "https://example.com/hook";
            case "binary" -> "file-content";
            case "byte" -> "ZmlsZQ==";
            default -> "sample";
        };
        int min = schema.path("minLength").asInt(0);
        StringBuilder sb = new StringBuilder(value);
        while (sb.length() < min) {
            sb.append('x');
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return sb.length() > max ? sb.substring(0, max) : sb.toString();
    }

    /** Follows {@code $ref}s inside the file. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; current != null && current.has("$ref") && i < 20; i++) {
            String ref = current.get("$ref").asText();
            current = spec.at(ref.substring(1));
        }
        return current == null ? MAPPER.missingNode() : current;
    }

    private static Object plain(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    /** A copy of the file as a mutable tree, to patch a defect before serving it. */
    ObjectNode copy() {
        return (ObjectNode) spec.deepCopy();
    }
}
