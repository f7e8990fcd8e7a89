package io.github.camelsegmentremote.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A fixed set of employment custom fields (the spec's {@code EmploymentCustomField}) whose values are drawn from the
 * seed per employment; values set through the API or Java are kept in an overlay.
 */
final class RemoteCustomFields {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Definition> DEFINITIONS = List.of(
            new Definition("Employee number", "string", true, "everyone", "company_admin_only", List.of()),
            new Definition("Cost center", "single_select", true, "company_admin_only", "company_admin_only",
                    List.of("CC-100 Research", "CC-200 Go-to-market", "CC-300 General and administrative",
                            "CC-400 Operations")),
            new Definition("T-Shirt size", "single_select", false, "everyone", "everyone",
                    List.of("XS", "S", "M", "L", "XL", "XXL")),
            new Definition("Remote days per week", "integer", false, "everyone", "employee_only", List.of()),
            new Definition("Equity eligible", "boolean", false, "company_admin_only", "company_admin_only",
                    List.of()),
            new Definition("Last performance review", "date", false, "company_admin_only", "company_admin_only",
                    List.of()));

    private final RemoteSeed seed;
    private final Map<Long, JsonNode> values = new ConcurrentHashMap<>();

    RemoteCustomFields(RemoteSeed seed) {
        this.seed = seed;
    }

    int count() {
        return DEFINITIONS.size();
    }

    /** The index of a custom field id, or -1. */
    int indexOf(String id) {
        int index = seed.ordinal(RemoteSeed.CUSTOM_FIELD, id);
        return index < DEFINITIONS.size() ? index : -1;
    }

    String id(int field) {
        return seed.uuid(RemoteSeed.CUSTOM_FIELD, field);
    }

    int changedValues() {
        return values.size();
    }

    ArrayNode definitions(int offset, int limit) {
        ArrayNode list = SandboxJson.array();
        IntStream.range(0, DEFINITIONS.size()).skip(offset).limit(limit).forEach(i -> list.add(definition(i)));
        return list;
    }

    /** The spec's {@code EmploymentCustomFieldValue}. */
    ObjectNode value(int field, int employment) {
        JsonNode stored = values.get(key(field, employment));
        ObjectNode node = SandboxJson.object();
        node.put("custom_field_id", id(field));
        node.set("value", stored != null ? stored : seeded(field, employment));
        return node;
    }

    /** Sets a value after checking it fits the field's type; a mismatch is a 422 naming {@code value}. */
    ObjectNode setValue(int field, int employment, JsonNode value) {
        values.put(key(field, employment), checked(DEFINITIONS.get(field), field, value));
        return value(field, employment);
    }

    void reset() {
        values.clear();
    }

    private ObjectNode definition(int field) {
        Definition d = DEFINITIONS.get(field);
        ObjectNode node = SandboxJson.object();
        node.put("id", id(field));
        node.put("name", d.name());
        node.put("type", d.type());
        node.put("required", d.required());
        node.put("visibility_scope", d.visibility());
        node.put("data_entry_access", d.access());
        if (d.options().isEmpty()) {
            node.putNull("metadata");
        } else {
            ArrayNode options = node.putObject("metadata").putArray("options");
            for (int o = 0; o < d.options().size(); o++) {
                options.addObject().put("id", optionId(field, o)).put("label", d.options().get(o));
            }
        }
        return node;
    }

    private JsonNode seeded(int field, int employment) {
        int draw = seed.pick(RemoteSeed.CUSTOM_FIELD, employment, field, 1000);
        return switch (field) {
            case 0 -> NODES.textNode(String.format("E%06d", employment + 1));
            case 1 -> option(field, draw % DEFINITIONS.get(field).options().size());
            case 2 -> draw < 200 ? NODES.nullNode() : option(field, draw % DEFINITIONS.get(field).options().size());
            case 3 -> NODES.numberNode(draw % 6);
            case 4 -> NODES.booleanNode(draw % 3 == 0);
            default -> draw < 300 ? NODES.nullNode()
                    : NODES.textNode(RemoteEmploymentGenerator.REFERENCE_DAY.minusDays(draw % 365).toString());
        };
    }

    private JsonNode checked(Definition definition, int field, JsonNode value) {
        boolean fits = switch (definition.type()) {
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "date" -> value.isTextual() && isDate(value.asText());
            case "single_select" -> value.isTextual() && optionIndex(field, value.asText()) >= 0;
            default -> value.isTextual();
        };
        if (!fits) {
            throw RemoteEmploymentChanges.invalid("value", "does not fit the custom field's type "
                    + definition.type());
        }
        if ("single_select".equals(definition.type())) {
            return option(field, optionIndex(field, value.asText()));
        }
        return value;
    }

    private ObjectNode option(int field, int option) {
        ObjectNode node = SandboxJson.object();
        node.put("selected_option", optionId(field, option));
        node.put("selected_option_label", DEFINITIONS.get(field).options().get(option));
        return node;
    }

    private String optionId(int field, int option) {
        return seed.uuid(RemoteSeed.CUSTOM_FIELD_OPTION, field * 100 + option);
    }

    private int optionIndex(int field, String optionId) {
        return IntStream.range(0, DEFINITIONS.get(field).options().size())
                .filter(o -> optionId(field, o).equals(optionId)).findFirst().orElse(-1);
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static long key(int field, int employment) {
        return ((long) field << 32) | (employment & 0xFFFF_FFFFL);
    }

    private record Definition(String name, String type, boolean required, String visibility, String access,
            List<String> options) {
    }
}
