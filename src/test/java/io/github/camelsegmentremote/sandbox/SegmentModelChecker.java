package io.github.camelsegmentremote.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks JSON answers against the models of the current Public API ({@code segment-public-api-models.txt}, SDK
 * 73.2.0): required fields present, field types (string, boolean, number, list, nested model) and enum values. A
 * present null passes the required check (the table has no nullability); types it does not describe (oneOf types
 * such as {@code Config}) accept anything.
 */
final class SegmentModelChecker {

    private static final Pattern FIELD = Pattern.compile("(\\w+)(\\*)? \\(([^()]*)\\)");

    private final Map<String, Model> models = new HashMap<>();

    private record Field(String name, boolean required, String type) {
    }

    private record Model(List<Field> fields, Set<String> enumValues) {
    }

    SegmentModelChecker(String resource) {
        try (var in = SegmentModelChecker.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && line.contains(": ")).forEach(this::parse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean has(String model) {
        return models.containsKey(model);
    }

    /** Every violation of {@code model} by {@code node}, as {@code path: problem}; empty when it conforms. */
    List<String> check(String model, JsonNode node) {
        List<String> problems = new ArrayList<>();
        checkModel(model, node, "$", problems);
        return problems;
    }

    private void parse(String line) {
        int colon = line.indexOf(": ");
        String name = line.substring(0, colon);
        String rest = line.substring(colon + 2);
        Set<String> enumValues = new LinkedHashSet<>();
        int enumStart = rest.indexOf(" | enum: ");
        if (enumStart >= 0) {
            for (String value : rest.substring(enumStart + " | enum: ".length()).split(", ")) {
                enumValues.add(value.trim());
            }
            rest = rest.substring(0, enumStart);
        }
        List<Field> fields = new ArrayList<>();
        Matcher matcher = FIELD.matcher(rest);
        while (matcher.find()) {
            fields.add(new Field(matcher.group(1), matcher.group(2) != null, matcher.group(3)));
        }
        models.put(name, new Model(fields, enumValues));
    }

    private void checkModel(String name, JsonNode node, String path, List<String> problems) {
        Model model = models.get(name);
        if (!node.isObject()) {
            problems.add(path + ": expected an object (" + name + "), was " + node.getNodeType());
            return;
        }
        for (Field field : model.fields()) {
            JsonNode value = node.get(field.name());
            String fieldPath = path + "." + field.name();
            if (value == null) {
                if (field.required()) {
                    problems.add(fieldPath + ": required by " + name + " but missing");
                }
            } else if (!value.isNull()) {
                checkType(field.type(), model, value, fieldPath, problems);
            }
        }
    }

    private void checkType(String type, Model owner, JsonNode value, String path, List<String> problems) {
        if (type.startsWith("List<")) {
            if (!value.isArray()) {
                problems.add(path + ": expected a list, was " + value.getNodeType());
                return;
            }
            String element = type.substring(5, type.length() - 1);
            for (int i = 0; i < value.size(); i++) {
                checkType(element, owner, value.get(i), path + "[" + i + "]", problems);
            }
        } else if (type.startsWith("Map<")) {
            expect(value.isObject(), "a map", value, path, problems);
        } else if (type.endsWith("Enum")) {
            if (!value.isTextual() || !owner.enumValues().contains(value.asText())) {
                problems.add(path + ": '" + value.asText() + "' is not one of " + owner.enumValues());
            }
        } else if (models.containsKey(type)) {
            checkModel(type, value, path, problems);
        } else {
            switch (type) {
                case "String" -> expect(value.isTextual(), "a string", value, path, problems);
                case "Boolean" -> expect(value.isBoolean(), "a boolean", value, path, problems);
                case "BigDecimal", "Integer" -> expect(value.isNumber(), "a number", value, path, problems);
                default -> {
                    // Object and oneOf types the table does not spell out: any JSON value.
                }
            }
        }
    }

    private static void expect(boolean ok, String what, JsonNode value, String path, List<String> problems) {
        if (!ok) {
            problems.add(path + ": expected " + what + ", was " + value.getNodeType());
        }
    }
}
