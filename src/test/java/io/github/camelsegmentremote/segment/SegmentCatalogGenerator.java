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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * Derives the component's operation catalog resource from the Segment Public API spec files (the operations table
 * and the models list of Segment's Java SDK): which operations page, and which field of {@code data} holds the
 * result, and which API versions serve it (from the media types of Segment's 2022 OpenAPI file). Used by
 * {@link SegmentOperationCatalogTest} to keep the committed resource in step with the spec.
 */
final class SegmentCatalogGenerator {

    static final String HEADER = "operationId\tmethod\tpath\ttag\tsummary\tpaged\tresultField\tresultList\tresultType"
            + "\tversions";
    /** Segment's official OpenAPI file (2022): the versions each operation answers, its declared parameters. */
    static final String SPEC_2022 = "segment-public-api.yaml";
    /**
     * Versions of the operations the 2022 file does not have. Every one of them is served as stable, like 102 of
     * the 121 operations of the 2022 file; the only alpha or beta operations of the current API (the destination
     * subscription, transformation and messaging operations, getSpace, listDeliveryMetricsSummaryFromDestination)
     * are all in the 2022 file, which says their versions.
     */
    private static final List<String> ALL_VERSIONS = List.of("v1", "v1beta", "v1alpha");
    private static final Pattern MEDIA_TYPE = Pattern.compile("application/vnd\\.segment\\.(v1\\w*)\\+json");

    private static final Pattern FIELD = Pattern.compile("(\\w+)(\\*?) \\(([^()]*)\\)");
    private static final Pattern LIST = Pattern.compile("List<(\\w+)>");

    private record Field(String name, String type) {
    }

    private SegmentCatalogGenerator() {
    }

    /** The catalog resource text for the spec files in {@code specsDir}. */
    static String generate(Path specsDir) throws IOException {
        Map<String, List<Field>> models = readModels(specsDir.resolve("segment-public-api-models.txt"));
        Map<String, Operation> spec2022 = readSpec(specsDir.resolve(SPEC_2022));
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
            Operation described = spec2022.get(operationId);
            // A required "pagination" parameter makes a paged list even where the answer's model lacks a
            // pagination field (listRegulationsFromSource).
            boolean paged = "GET".equals(method) && lists(output).size() == 1 && (has(output, "pagination")
                    || described != null && described.getParameters() != null && described.getParameters().stream()
                            .anyMatch(p -> "pagination".equals(p.getName())));
            Field result = paged ? lists(output).get(0) : singleStructured(output, models);
            out.append(String.join("\t", operationId, method, cols[2], cols[3], cols[4], String.valueOf(paged),
                    result == null ? "" : result.name(),
                    String.valueOf(result != null && result.type().startsWith("List<")),
                    result == null ? "" : elementType(result.type(), models),
                    String.join(",", described == null ? ALL_VERSIONS : versions(described))))
                    .append('\n');
        }
        return out.toString();
    }

    private static Map<String, Operation> readSpec(Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().read(file.toString(), null, options);
        if (api == null) {
            throw new IllegalStateException("could not read " + file);
        }
        Map<String, Operation> operations = new LinkedHashMap<>();
        api.getPaths().values().forEach(item -> item.readOperations()
                .forEach(op -> operations.put(op.getOperationId(), op)));
        return operations;
    }

    /** The versions of the media types the operation's 2xx answers are described in, stable first. */
    private static List<String> versions(Operation operation) {
        Set<String> versions = new TreeSet<>(Comparator.comparing(ALL_VERSIONS::indexOf));
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                response.getContent().keySet().forEach(type -> {
                    Matcher m = MEDIA_TYPE.matcher(type);
                    if (m.matches()) {
                        versions.add(m.group(1));
                    }
                });
            }
        });
        return List.copyOf(versions);
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
