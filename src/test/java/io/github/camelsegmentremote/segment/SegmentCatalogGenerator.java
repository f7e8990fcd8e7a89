package io.github.camelsegmentremote.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the component's operation catalog resource from the Segment Public API spec files (the operations table
 * and the models list of Segment's Java SDK): which operations page, and which field of {@code data} holds the
 * result. Used by {@link SegmentOperationCatalogTest} to keep the committed resource in step with the spec.
 */
final class SegmentCatalogGenerator {

    static final String HEADER = "operationId\tmethod\tpath\ttag\tsummary\tpaged\tresultField\tresultList\tresultType";

    private static final Pattern FIELD = Pattern.compile("(\\w+)(\\*?) \\(([^()]*)\\)");
    private static final Pattern LIST = Pattern.compile("List<(\\w+)>");

    private record Field(String name, String type) {
    }

    private SegmentCatalogGenerator() {
    }

    /** The catalog resource text for the spec files in {@code specsDir}. */
    static String generate(Path specsDir) throws IOException {
        Map<String, List<Field>> models = readModels(specsDir.resolve("segment-public-api-models.txt"));
        List<String> lines = Files.readAllLines(specsDir.resolve("segment-public-api-operations.tsv"),
                StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String operationId = cols[0];
            String method = cols[1];
            List<Field> output = outputFields(operationId, models);
            boolean paged = "GET".equals(method) && has(output, "pagination") && lists(output).size() == 1;
            Field result = paged ? lists(output).get(0) : singleStructured(output, models);
            out.append(String.join("\t", operationId, method, cols[2], cols[3], cols[4], String.valueOf(paged),
                    result == null ? "" : result.name(),
                    String.valueOf(result != null && result.type().startsWith("List<")),
                    result == null ? "" : elementType(result.type(), models)))
                    .append('\n');
        }
        return out.toString();
    }

    private static Map<String, List<Field>> readModels(Path file) throws IOException {
        Map<String, List<Field>> models = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (line.startsWith("#") || colon < 0) {
                continue;
            }
            String fieldsPart = line.substring(colon + 1).split(" \\| enum:")[0];
            List<Field> fields = new ArrayList<>();
            Matcher m = FIELD.matcher(fieldsPart);
            while (m.find()) {
                fields.add(new Field(m.group(1), m.group(3).trim()));
            }
            models.put(line.substring(0, colon).trim(), fields);
        }
        return models;
    }

    /** The fields of the model inside the operation's 2xx answer's {@code data} (the v1 answer first). */
    private static List<Field> outputFields(String operationId, Map<String, List<Field>> models) {
        String prefix = Character.toUpperCase(operationId.charAt(0)) + operationId.substring(1);
        Pattern response = Pattern.compile(Pattern.quote(prefix) + "20\\dResponse(\\d*)");
        return models.keySet().stream()
                .filter(name -> response.matcher(name).matches())
                .min(Comparator.comparing((String name) -> name.length()).thenComparing(name -> name))
                .flatMap(name -> models.get(name).stream().filter(f -> f.name().equals("data")).findFirst())
                .map(data -> models.getOrDefault(data.type(), List.of()))
                .orElse(List.of());
    }

    private static boolean has(List<Field> fields, String name) {
        return fields.stream().anyMatch(f -> f.name().equals(name));
    }

    private static List<Field> lists(List<Field> fields) {
        return fields.stream().filter(f -> f.type().startsWith("List<")).toList();
    }

    /** The only field that holds a resource, list or map (not a status or an id), or null. */
    private static Field singleStructured(List<Field> fields, Map<String, List<Field>> models) {
        List<Field> structured = fields.stream()
                .filter(f -> f.type().startsWith("List<") || f.type().startsWith("Map<")
                        || models.containsKey(f.type()))
                .toList();
        return structured.size() == 1 ? structured.get(0) : null;
    }

    /** The spec model of a result (the element model of a list), or empty when it is not a model. */
    private static String elementType(String type, Map<String, List<Field>> models) {
        Matcher list = LIST.matcher(type);
        String element = list.matches() ? list.group(1) : type;
        return models.containsKey(element) ? element : "";
    }
}
