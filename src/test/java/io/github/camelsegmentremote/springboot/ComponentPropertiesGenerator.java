package io.github.camelsegmentremote.springboot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.JsonBodies;

/**
 * Writes the Spring Boot {@code @ConfigurationProperties} class of one component from the component JSON the Camel
 * plugin generates: one field per component option, in the JSON's order, with its description as Javadoc (which
 * spring-boot-configuration-processor turns into the IDE's completion text) and its default. The committed classes
 * are checked against this by {@link ComponentPropertiesTest}, so an option added to a component cannot be missing
 * from Spring Boot.
 */
final class ComponentPropertiesGenerator {

    static final String PACKAGE = "io.github.camelsegmentremote.springboot";

    private final JsonNode json;

    ComponentPropertiesGenerator(Path componentJson) throws IOException {
        this.json = JsonBodies.MAPPER.readTree(componentJson.toFile());
    }

    /** The component's scheme. */
    String scheme() {
        return json.path("component").path("name").asText();
    }

    /** The simple name of the generated class: SegmentComponentConfiguration for segment. */
    String className() {
        String scheme = scheme();
        return Character.toUpperCase(scheme.charAt(0)) + scheme.substring(1) + "ComponentConfiguration";
    }

    /** The component options by name, as the JSON lists them. */
    Map<String, JsonNode> options() {
        Map<String, JsonNode> options = new java.util.LinkedHashMap<>();
        json.path("componentProperties").fields().forEachRemaining(e -> options.put(e.getKey(), e.getValue()));
        return options;
    }

    /** The Java source of the class. */
    String render() {
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        TreeSet<String> references = new TreeSet<>();
        for (Map.Entry<String, JsonNode> option : options().entrySet()) {
            String name = option.getKey();
            JsonNode o = option.getValue();
            String type = shortened(javaType(o));
            if ("object".equals(o.path("type").asText()) && !type.startsWith("Map")) {
                references.add(type);
            }
            fields.append(javadoc(o.path("description").asText(), "    "))
                    .append("    private ").append(type).append(' ').append(name).append(defaultValue(o, type))
                    .append(";\n");
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            accessors.append("\n    public ").append(type).append(" get").append(capitalised).append("() {\n")
                    .append("        return ").append(name).append(";\n    }\n\n")
                    .append("    public void set").append(capitalised).append('(').append(type).append(' ')
                    .append(name).append(") {\n        this.").append(name).append(" = ").append(name)
                    .append(";\n    }\n");
        }
        String scheme = scheme();
        StringBuilder out = new StringBuilder();
        out.append("package ").append(PACKAGE).append(";\n\n")
                .append("import java.time.Duration;\nimport java.util.Map;\nimport java.util.Set;\n\n")
                .append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n")
                .append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n")
                .append(javadoc(json.path("component").path("description").asText() + "\n\n"
                        + "Spring Boot properties camel.component." + scheme + ".*: every option of the " + scheme
                        + ": component, generated from its component JSON by ComponentPropertiesGenerator (src/test)"
                        + " - do not edit; regenerate with mvn test -Dtest=ComponentPropertiesTest "
                        + "-Dspringboot.properties.update=true", ""))
                .append("@ConfigurationProperties(prefix = \"camel.component.").append(scheme).append("\")\n")
                .append("public class ").append(className()).append(" extends ComponentConfigurationPropertiesCommon {\n\n")
                .append("    /** The option types set by a bean reference (#bean:name or #name). */\n")
                .append("    static final Set<Class<?>> REFERENCE_TYPES = Set.of(");
        Iterator<String> it = references.iterator();
        while (it.hasNext()) {
            out.append("\n            ").append(it.next()).append(".class").append(it.hasNext() ? "," : "");
        }
        out.append(");\n\n")
                .append(javadoc("Whether to enable auto configuration of the " + scheme + " component. This is "
                        + "enabled by default.", "    "))
                .append("    private Boolean enabled;\n")
                .append(fields)
                .append(accessors)
                .append("}\n");
        return out.toString();
    }

    private static String javaType(JsonNode o) {
        String type = o.path("type").asText();
        String javaType = o.path("javaType").asText();
        return switch (type) {
            case "integer" -> "java.lang.Integer";
            case "boolean" -> "java.lang.Boolean";
            case "duration" -> "java.time.Duration";
            case "number" -> javaType.contains("ouble") ? "java.lang.Double" : "java.lang.Long";
            default -> switch (javaType) {
                case "long" -> "java.lang.Long";
                case "java.lang.Class<java.lang.Object>" -> "java.lang.Class<?>";
                default -> javaType;
            };
        };
    }

    /** The type as the source names it: java.lang, Duration and Map without their package (imported). */
    private static String shortened(String type) {
        return type.replace("java.lang.", "").replace("java.time.Duration", "Duration").replace("java.util.Map", "Map");
    }

    private static String defaultValue(JsonNode o, String type) {
        JsonNode value = o.get("defaultValue");
        if (value == null || value.isNull()) {
            return "";
        }
        String text = value.asText();
        String initial = switch (type) {
            case "Integer", "Boolean" -> text;
            case "Long" -> text + "L";
            case "String" -> '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case "Duration" -> "Duration.ofMillis(" + text + ")";
            default -> "enum".equals(o.path("type").asText()) ? type + "." + enumConstant(type, text) : null;
        };
        return initial == null ? "" : " = " + initial;
    }

    /** The constant of enum {@code type} Camel reads {@code text} as (case-insensitive, like Camel's converter). */
    private static String enumConstant(String type, String text) {
        try {
            for (Object constant : Class.forName(type).getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                if (name.equalsIgnoreCase(text)) {
                    return name;
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("enum " + type + " is not on the class path", e);
        }
        throw new IllegalStateException("enum " + type + " has no constant " + text);
    }

    /** A Javadoc comment of {@code text}, wrapped at 120 columns. */
    static String javadoc(String text, String indent) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("*/", "* /").split("\n\n")) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (line.length() > 0 && indent.length() + 3 + line.length() + 1 + word.length() > 118) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            lines.add(line.toString());
        }
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        for (String line : lines) {
            out.append(indent).append(" *").append(line.isEmpty() ? "" : " " + line).append('\n');
        }
        return out.append(indent).append(" */\n").toString();
    }

    /** The Spring Boot property name of option {@code name}: camel.component.segment.write-key. */
    String propertyName(String name) {
        return "camel.component." + scheme() + "." + name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
