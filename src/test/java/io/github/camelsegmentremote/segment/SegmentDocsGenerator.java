package io.github.camelsegmentremote.segment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.JsonBodies;

/**
 * Renders the generated parts of {@code segment-component.adoc}: the option and header tables from the
 * component JSON the Camel plugin writes, and the operation tables from the catalog. Each part sits between
 * {@code // <name>: START} and {@code // <name>: END} lines.
 */
final class SegmentDocsGenerator {

    private static final Pattern SECTION = Pattern.compile("(?s)(// (\\w[\\w-]*): START\\n).*?(// \\2: END)");

    private final JsonNode component;

    SegmentDocsGenerator(Path componentJson) throws IOException {
        this.component = JsonBodies.MAPPER.readTree(componentJson.toFile());
    }

    /** The document with every generated section rendered afresh. */
    String render(String document) {
        Map<String, String> sections = Map.of(
                "component-options", componentOptions(),
                "endpoint-options", endpointOptions(),
                "headers", headers(),
                "public-api-operations", operations(SegmentOperationCatalog.PUBLIC_API),
                "config-api-operations", operations(SegmentOperationCatalog.CONFIG_API));
        Matcher m = SECTION.matcher(document);
        StringBuilder sb = new StringBuilder();
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            String body = sections.get(m.group(2));
            if (body == null) {
                throw new IllegalStateException("unknown generated section " + m.group(2));
            }
            seen.add(m.group(2));
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + body + m.group(3)));
        }
        m.appendTail(sb);
        if (!seen.equals(sections.keySet())) {
            throw new IllegalStateException("the document lacks generated sections: " + sections.keySet());
        }
        return sb.toString();
    }

    private String componentOptions() {
        // Every option the component takes (camel.component.segment.*), in the component JSON's order.
        return table("2,1,5,1,1", List.of("Name", "Group", "Description", "Default", "Type"),
                fields(component.path("componentProperties")).stream()
                .map(e -> List.of(code(e.getKey()), text(e.getValue(), "group"), text(e.getValue(), "description"),
                        defaultValue(e.getValue()), type(e.getValue())))
                .toList());
    }

    private String endpointOptions() {
        List<Map.Entry<String, JsonNode>> options = fields(component.path("properties"));
        options.sort(Comparator.comparing((Map.Entry<String, JsonNode> e) -> groupOrder(e.getValue()))
                .thenComparing(e -> e.getValue().path("index").asInt()));
        return table("2,1,5,1,1", List.of("Name", "Group", "Description", "Default", "Type"), options.stream()
                .map(e -> List.of(code(e.getKey() + (e.getValue().path("kind").asText().equals("path")
                        ? " (path)" : "")), text(e.getValue(), "group"), text(e.getValue(), "description"),
                        defaultValue(e.getValue()), type(e.getValue())))
                .toList());
    }

    private String headers() {
        return table("2,1,5,1", List.of("Header", "Direction", "Description", "Type"),
                fields(component.path("headers")).stream()
                .map(e -> List.of(code(e.getKey()), text(e.getValue(), "group"), text(e.getValue(), "description"),
                        code(text(e.getValue(), "javaType"))))
                .toList());
    }

    private static String operations(SegmentOperationCatalog catalog) {
        if (catalog == SegmentOperationCatalog.CONFIG_API) {
            return table("2,3,2,3", List.of("Operation", "Method and path", "Result", "Summary"),
                    catalog.operations().stream()
                    .sorted(Comparator.comparing(SegmentOperation::tag).thenComparing(SegmentOperation::operationId))
                    .map(op -> List.of(code(op.operationId()), code(op.method() + " " + op.path().template()),
                            result(op), op.tag() + ": " + op.summary()))
                    .toList());
        }
        return table("2,3,2,1,3", List.of("Operation", "Method and path", "Result", "API version", "Summary"),
                catalog.operations().stream()
                .sorted(Comparator.comparing(SegmentOperation::tag).thenComparing(SegmentOperation::operationId))
                .map(op -> List.of(code(op.operationId()), code(op.method() + " " + op.path().template()),
                        result(op), versions(op), op.tag() + ": " + op.summary()))
                .toList());
    }

    /** The version sent by default in bold, then the others {@code apiVersion} may choose. */
    private static String versions(SegmentOperation op) {
        return op.versions().stream()
                .map(v -> v == op.defaultVersion() ? "*" + v + "*" : v.name())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String result(SegmentOperation op) {
        String type = op.resultType() == null ? "JSON" : model(op.resultType());
        if (op.paged()) {
            return "pages of `" + op.resultField() + "` (" + type + ")";
        }
        if (op.resultField() == null) {
            return "`data`";
        }
        return "`" + op.resultField() + "` (" + (op.resultList() ? "list of " : "") + type + ")";
    }

    private static String model(String specType) {
        return switch (specType) {
            case "WorkspaceV1" -> "Workspace";
            case "SourceV1", "SourceAlpha" -> "Source";
            case "DestinationV1" -> "Destination";
            case "LabelV1", "LabelAlpha" -> "Label";
            case "TrackingPlanV1" -> "TrackingPlan";
            case "SourceSettingsOutputV1" -> "SchemaSettings";
            default -> "JSON " + specType;
        };
    }

    private static int groupOrder(JsonNode option) {
        List<String> order = List.of("common", "publicapi", "consumer", "producer", "security", "advanced");
        String group = option.path("group").asText();
        int i = order.indexOf(group.split(" ")[0]);
        return (i < 0 ? order.size() : i) * 2 + (group.contains("advanced") ? 1 : 0);
    }

    private static String table(String cols, List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("[width=\"100%\",cols=\"").append(cols)
                .append("\",options=\"header\"]\n|===\n");
        sb.append(row(header)).append('\n');
        rows.forEach(row -> sb.append(row(row.stream().map(cell -> cell.replace("|", "\\|")).toList()))
                .append('\n'));
        return sb.append("|===\n").toString();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(cell -> cell.isEmpty() ? "|" : "| " + cell)
                .collect(Collectors.joining(" "));
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            list.add(it.next());
        }
        return list;
    }

    private static String defaultValue(JsonNode option) {
        return option.has("defaultValue") ? code(option.get("defaultValue").asText()) : "";
    }

    private static String type(JsonNode option) {
        return option.has("enum") ? "one of " + code(String.join(", ", values(option.get("enum"))))
                : option.path("type").asText();
    }

    private static List<String> values(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return list;
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText().trim();
    }

    private static String code(String s) {
        return s.isEmpty() ? "" : "`" + s + "`";
    }
}
