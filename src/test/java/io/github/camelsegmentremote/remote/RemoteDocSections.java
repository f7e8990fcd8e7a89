package io.github.camelsegmentremote.remote;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The generated sections of {@code remote-component.adoc}: option and header tables from the component JSON that
 * camel-component-maven-plugin generates, and the operation table from the catalog. Each sits between
 * {@code // <name>: START} and {@code // <name>: END} lines; {@link RemoteComponentDocTest} checks they are current.
 */
final class RemoteDocSections {

    static final String COMPONENT_OPTIONS = "component options";
    static final String ENDPOINT_OPTIONS = "endpoint options";
    static final String HEADERS = "component headers";
    static final String OPERATIONS = "operation table";

    private static final String JSON = "/META-INF/io/github/camelsegmentremote/remote/remote.json";

    private RemoteDocSections() {
    }

    /** Every generated section by name, in document order. */
    static Map<String, String> generate(List<RemoteOperation> operations) throws IOException {
        JsonNode json;
        try (InputStream in = RemoteDocSections.class.getResourceAsStream(JSON)) {
            if (in == null) {
                throw new IllegalStateException(JSON + " is not on the classpath: run mvn process-classes");
            }
            json = new ObjectMapper().readTree(in);
        }
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(COMPONENT_OPTIONS, options(json.path("componentProperties"), "component"));
        sections.put(ENDPOINT_OPTIONS, options(json.path("properties"), "endpoint"));
        sections.put(HEADERS, headers(json.path("headers")));
        sections.put(OPERATIONS, RemoteCatalogGenerator.table(operations));
        return sections;
    }

    /** {@code doc} with each section's text between its markers replaced. */
    static String apply(String doc, Map<String, String> sections) {
        String out = doc;
        for (Map.Entry<String, String> section : sections.entrySet()) {
            String start = "// " + section.getKey() + ": START (generated, do not edit)";
            String end = "// " + section.getKey() + ": END";
            int from = out.indexOf(start);
            int to = out.indexOf(end);
            if (from < 0 || to < from) {
                throw new IllegalStateException("remote-component.adoc lacks the markers of section '"
                        + section.getKey() + "'");
            }
            out = out.substring(0, from + start.length()) + "\n" + section.getValue() + out.substring(to);
        }
        return out;
    }

    private static String options(JsonNode properties, String kind) {
        Map<String, List<Map.Entry<String, JsonNode>>> byGroup = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            if (property.getValue().path("kind").asText().equals("path")) {
                byGroup.computeIfAbsent("path", g -> new ArrayList<>()).add(property);
            } else {
                byGroup.computeIfAbsent(property.getValue().path("group").asText("common"),
                        g -> new ArrayList<>()).add(property);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("The ").append(kind).append(" has ").append(properties.size()).append(" options.\n\n");
        sb.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n");
        sb.append("| Name | Description | Default | Type\n");
        byGroup.forEach((group, entries) -> {
            sb.append("4+^s| ").append(group).append('\n');
            for (Map.Entry<String, JsonNode> e : entries) {
                JsonNode p = e.getValue();
                String name = p.hasNonNull("prefix") && !p.path("prefix").asText().isEmpty()
                        ? p.path("prefix").asText() + "<name>" : e.getKey();
                sb.append("| *").append(name).append("*")
                        .append(p.path("required").asBoolean() ? " (required)" : "")
                        .append(p.path("secret").asBoolean() ? " (secret)" : "")
                        .append(" | ").append(escape(p.path("description").asText()))
                        .append(p.has("enum") ? " Values: " + join(p.get("enum")) + "." : "")
                        .append(" | ").append(p.has("defaultValue") ? p.get("defaultValue").asText() : "")
                        .append(" | ").append(type(p)).append('\n');
            }
        });
        return sb.append("|===\n").toString();
    }

    private static String headers(JsonNode headers) {
        StringBuilder sb = new StringBuilder("[width=\"100%\",cols=\"2,5,2\",options=\"header\"]\n|===\n");
        sb.append("| Name | Description | Type\n");
        headers.fields().forEachRemaining(e -> sb.append("| `").append(e.getKey()).append("` | ")
                .append(escape(e.getValue().path("description").asText())).append(" | `")
                .append(e.getValue().path("javaType").asText()).append("`\n"));
        return sb.append("|===\n").toString();
    }

    private static String type(JsonNode property) {
        String javaType = property.path("javaType").asText();
        String simple = javaType.contains("<") ? javaType : javaType.substring(javaType.lastIndexOf('.') + 1);
        return property.path("type").asText() + " (`" + simple + "`)";
    }

    private static String join(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        return String.join(", ", out);
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
