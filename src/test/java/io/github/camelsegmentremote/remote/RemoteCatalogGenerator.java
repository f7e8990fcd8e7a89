package io.github.camelsegmentremote.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Derives the operation catalog ({@code remote-operations.tsv}) and the operation table of
 * {@code remote-component.adoc} from Remote's OpenAPI spec. {@link RemoteOperationCatalogTest} and
 * {@link RemoteComponentDocTest} fail when the committed files differ from what this produces; run them with
 * {@code -Dremote.regenerate=true} to rewrite them.
 *
 * <p>Naming rules (documented in the component docs):
 * <ul>
 * <li>The verb: GET of a list is {@code list}, other GETs {@code get}; POST to a collection {@code create}, POST to
 * an item {@code update}; PATCH {@code update}; PUT {@code update}, or {@code replace} where PATCH shares the path;
 * DELETE {@code delete}. When the last literal path segment starts with an action verb ({@code approve},
 * {@code cancel}, {@code sign}, ... or, for GET, {@code download}/{@code preview}), that verb is used and the rest
 * of the segment goes to the end of the name ({@code /timesheets/{id}/send-back} is {@code sendTimesheetBack}).</li>
 * <li>The noun: the literal path segments in CamelCase; a segment followed by a path parameter is made singular
 * ({@code /employments/{employment_id}} is {@code Employment}); {@code create} makes the last segment singular; a
 * segment repeating the previous one's words drops them ({@code /resignations/{id}/resignation-letter} is
 * {@code ResignationLetter}); a parameter after another parameter adds its own name ({@code /countries/{code}/{form}}
 * is {@code CountryForm}).</li>
 * <li>Lists whose path ends in parameters add {@code By<Parameter>} ({@code /payroll-calendars/{cycle}} is
 * {@code listPayrollCalendarsByCycle}), dropping a segment that only names the parameter
 * ({@code /offboardings/employments/{employment_id}} is {@code listOffboardingsByEmployment}).</li>
 * <li>Paths of API version 2 and later end in {@code V2}; of two operations with one name, the deprecated one ends
 * in {@code Deprecated}.</li>
 * </ul>
 */
final class RemoteCatalogGenerator {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> ACTION_VERBS = Set.of("approve", "cancel", "decline", "sign", "invite", "verify",
            "validate", "replay", "trigger", "send", "acknowledge", "activate", "bypass", "set", "terminate",
            "create");
    private static final Set<String> READ_VERBS = Set.of("download", "preview");
    private static final Set<String> NOT_PLURAL = Set.of("details", "timeoff", "status", "bulk", "settings");
    private static final Set<String> PAGE_METADATA = Set.of("current_page", "total_pages", "total_count");
    private static final Set<String> EMPLOYMENT_SCHEMAS = Set.of("Employment", "MinimalEmployment",
            "EmploymentBasicResponse");
    private static final Pattern VERSION = Pattern.compile("v\\d+");

    private final JsonNode spec;
    private final JsonNode schemas;

    RemoteCatalogGenerator(JsonNode spec) {
        this.spec = spec;
        this.schemas = spec.path("components").path("schemas");
    }

    static RemoteCatalogGenerator read(Path specFile) throws IOException {
        return new RemoteCatalogGenerator(new ObjectMapper().readTree(specFile.toFile()));
    }

    /** Every operation of the spec, sorted by path then method. */
    List<RemoteOperation> operations() {
        List<Draft> drafts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<String> methods = new ArrayList<>();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (METHODS.contains(m)) {
                    methods.add(m);
                }
            });
            for (String method : methods) {
                drafts.add(draft(path.getKey(), method, path.getValue().get(method), methods.contains("patch")));
            }
        }
        markDeprecatedTwins(drafts);
        Map<String, List<Draft>> byName = drafts.stream().collect(Collectors.groupingBy(d -> d.name));
        List<String> clashes = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue().stream().map(d -> d.method + " " + d.path).toList())
                .toList();
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("the naming rules give several operations one name; extend them: "
                    + clashes);
        }
        return drafts.stream()
                .sorted(Comparator.comparing((Draft d) -> d.path).thenComparing(d -> d.method))
                .map(Draft::operation).toList();
    }

    /** The AsciiDoc table of the operations (without the markers). */
    static String table(List<RemoteOperation> operations) {
        StringBuilder sb = new StringBuilder();
        sb.append("[width=\"100%\",cols=\"3,1,5,1,2,4\",options=\"header\"]\n|===\n");
        sb.append("| Operation | Method | Path | Answer | Request body | Summary (spec operationId)\n");
        for (RemoteOperation op : operations) {
            String answer = switch (op.kind()) {
                case PAGED -> "paged list";
                case LIST -> "list";
                case ONE -> op.returnsEmployment() ? "Employment" : op.accept().equals(RemoteOperation.JSON)
                        ? "JSON" : "bytes";
            };
            if (op.isList() && op.returnsEmployment()) {
                answer += " of Employment";
            }
            sb.append("| `").append(op.name()).append('`')
                    .append(" | ").append(op.method())
                    .append(" | `").append(op.path()).append('`')
                    .append(" | ").append(answer)
                    .append(" | ").append(op.requestType() == null ? "-" : "`" + op.requestType() + "`")
                    .append(" | ").append(op.summary().replace("|", "\\|"))
                    .append(op.deprecated() ? " (deprecated)" : "")
                    .append(" (`").append(op.operationId()).append("`)\n");
        }
        sb.append("|===\n");
        return sb.toString();
    }

    private Draft draft(String path, String method, JsonNode op, boolean pathHasPatch) {
        List<String> segments = new ArrayList<>(List.of(path.substring(1).split("/")));
        String version = "";
        if (VERSION.matcher(segments.get(0)).matches()) {
            version = segments.remove(0);
        }
        List<String> query = new ArrayList<>();
        op.path("parameters").forEach(p -> {
            if ("query".equals(p.path("in").asText())) {
                query.add(p.path("name").asText());
            }
        });
        Answer answer = answer(op, method, query);
        Draft d = new Draft();
        d.path = path;
        d.method = method.toUpperCase(Locale.ROOT);
        d.operationId = op.path("operationId").asText();
        d.kind = answer.kind;
        d.items = answer.items;
        d.result = answer.result;
        d.model = answer.employment ? Employment.MODEL_NAME : null;
        d.body = op.has("requestBody");
        d.deprecated = op.path("deprecated").asBoolean(false);
        d.query = query;
        d.summary = op.path("summary").asText("").replaceAll("\\s+", " ").trim();
        d.accept = accept(op);
        d.requestType = d.body ? op.path("requestBody").path("content").fieldNames().next() : null;
        d.security = basicOnly(op) ? RemoteOperation.Security.BASIC : RemoteOperation.Security.BEARER;
        d.name = name(segments, method, answer.kind != RemoteOperation.Kind.ONE, pathHasPatch)
                + (version.isEmpty() || version.equals("v1") ? "" : version.toUpperCase(Locale.ROOT));
        return d;
    }

    /** The media types of the 2xx answers, JSON when the spec lists none (an empty answer). */
    private static String accept(JsonNode op) {
        java.util.Set<String> types = new java.util.TreeSet<>();
        op.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").fieldNames().forEachRemaining(types::add);
            }
        });
        return types.isEmpty() ? RemoteOperation.JSON : String.join(", ", types);
    }

    /** Whether every security requirement of the operation is HTTP Basic only (the OAuth2 token endpoint). */
    private static boolean basicOnly(JsonNode op) {
        JsonNode security = op.path("security");
        if (!security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode requirement : security) {
            List<String> schemes = new ArrayList<>();
            requirement.fieldNames().forEachRemaining(schemes::add);
            if (!schemes.equals(List.of("BasicAuth"))) {
                return false;
            }
        }
        return true;
    }

    private static String name(List<String> segments, String method, boolean list, boolean pathHasPatch) {
        int lastLiteral = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (!isParameter(segments.get(i))) {
                lastLiteral = i;
            }
        }
        List<String> lastWords = lastLiteral < 0 ? List.of() : words(segments.get(lastLiteral));
        String verb;
        List<String> verbObject = List.of();
        int verbSegment = -1;
        boolean writes = method.equals("post") || method.equals("put") || method.equals("patch");
        if (!lastWords.isEmpty() && (writes && ACTION_VERBS.contains(lastWords.get(0))
                || method.equals("get") && !list && READ_VERBS.contains(lastWords.get(0)))) {
            verb = lastWords.get(0);
            verbObject = lastWords.subList(1, lastWords.size());
            verbSegment = lastLiteral;
        } else {
            verb = switch (method) {
                case "get" -> list ? "list" : "get";
                case "delete" -> "delete";
                case "patch" -> "update";
                case "put" -> pathHasPatch ? "replace" : "update";
                default -> isParameter(segments.get(segments.size() - 1)) ? "update" : "create";
            };
        }
        StringBuilder noun = new StringBuilder();
        List<String> previous = List.of();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean nextIsParameter = i + 1 < segments.size() && isParameter(segments.get(i + 1));
            if (i == verbSegment) {
                continue;
            }
            if (isParameter(segment)) {
                List<String> stem = parameterStem(segment);
                if (list && i > lastLiteral) {
                    noun.append("By").append(pascal(stem));
                } else if (i == 0 || isParameter(segments.get(i - 1))) {
                    noun.append(pascal(stem));
                }
                continue;
            }
            List<String> w = new ArrayList<>(words(segment));
            if (list && i == lastLiteral && nextIsParameter && noun.length() > 0 && w.size() == 1
                    && singular(w.get(0)).equals(String.join("_", parameterStem(segments.get(i + 1))))) {
                // "/offboardings/employments/{employment_id}": "By Employment" says it already.
                continue;
            }
            if (nextIsParameter && !(list && i == lastLiteral) || verb.equals("create") && i == segments.size() - 1) {
                w.set(w.size() - 1, singular(w.get(w.size() - 1)));
            }
            if (!previous.isEmpty() && w.size() > previous.size() && w.subList(0, previous.size()).equals(previous)) {
                w = w.subList(previous.size(), w.size());
            }
            noun.append(pascal(w));
            previous = w.stream().map(RemoteCatalogGenerator::singular).toList();
        }
        return verb + noun + pascal(verbObject);
    }

    private record Answer(RemoteOperation.Kind kind, String items, String result, boolean employment) {
    }

    private Answer answer(JsonNode op, String method, List<String> query) {
        boolean paged = query.contains("page") && query.contains("page_size");
        JsonNode schema = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            if (response.getKey().startsWith("2")) {
                schema = response.getValue().path("content").path("application/json").get("schema");
                break;
            }
        }
        if (schema == null) {
            return new Answer(paged && method.equals("get") ? RemoteOperation.Kind.PAGED : RemoteOperation.Kind.ONE,
                    null, null, false);
        }
        Map<String, JsonNode> top = properties(schema);
        JsonNode unwrapped = top.containsKey("data") ? top.get("data") : schema;
        if ("array".equals(resolve(unwrapped).path("type").asText())) {
            RemoteOperation.Kind kind = paged ? RemoteOperation.Kind.PAGED : RemoteOperation.Kind.LIST;
            return new Answer(method.equals("get") ? kind : RemoteOperation.Kind.ONE, method.equals("get") ? "data"
                    : null, null, isEmployment(resolve(unwrapped).path("items")));
        }
        Map<String, JsonNode> fields = properties(unwrapped);
        List<String> arrays = new ArrayList<>();
        List<String> objectArrays = new ArrayList<>();
        fields.forEach((name, value) -> {
            JsonNode v = resolve(value);
            if ("array".equals(v.path("type").asText())) {
                arrays.add(name);
                JsonNode items = resolve(v.path("items"));
                if ("object".equals(items.path("type").asText()) || items.has("properties") || items.has("allOf")
                        || items.has("oneOf") || items.has("anyOf")) {
                    objectArrays.add(name);
                }
            }
        });
        List<String> candidates = objectArrays.size() == 1 ? objectArrays : arrays.size() == 1 ? arrays : List.of();
        if (method.equals("get")) {
            boolean onlyList = candidates.size() == 1 && fields.keySet().stream()
                    .allMatch(f -> f.equals(candidates.get(0)) || PAGE_METADATA.contains(f));
            boolean saysList = op.path("summary").asText("").toLowerCase(Locale.ROOT).startsWith("list");
            if (paged || onlyList || saysList && candidates.size() <= 1) {
                String items = candidates.isEmpty() ? null : candidates.get(0);
                return new Answer(paged ? RemoteOperation.Kind.PAGED : RemoteOperation.Kind.LIST, items, null,
                        items != null && isEmployment(resolve(fields.get(items)).path("items")));
            }
        }
        if (fields.size() == 1) {
            Map.Entry<String, JsonNode> only = fields.entrySet().iterator().next();
            JsonNode v = resolve(only.getValue());
            if ("object".equals(v.path("type").asText()) || v.has("properties") || v.has("allOf")) {
                return new Answer(RemoteOperation.Kind.ONE, null, only.getKey(), isEmployment(only.getValue()));
            }
        }
        return new Answer(RemoteOperation.Kind.ONE, null, null, false);
    }

    private boolean isEmployment(JsonNode schema) {
        if (schema.has("$ref")) {
            return EMPLOYMENT_SCHEMAS.contains(refName(schema));
        }
        for (JsonNode part : schema.path("allOf")) {
            if (part.has("$ref") && EMPLOYMENT_SCHEMAS.contains(refName(part))) {
                return true;
            }
        }
        return false;
    }

    private Map<String, JsonNode> properties(JsonNode schema) {
        JsonNode s = resolve(schema);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode part : s.path("allOf")) {
            out.putAll(properties(part));
        }
        s.path("properties").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s != null && s.has("$ref")) {
            s = schemas.path(refName(s));
        }
        return s == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : s;
    }

    private static String refName(JsonNode ref) {
        String r = ref.get("$ref").asText();
        return r.substring(r.lastIndexOf('/') + 1);
    }

    /** Two operations with one name where only one is deprecated: the deprecated one says so. */
    private static void markDeprecatedTwins(List<Draft> drafts) {
        Map<String, List<Draft>> byName = drafts.stream().collect(Collectors.groupingBy(d -> d.name));
        byName.values().stream().filter(group -> group.size() > 1
                && group.stream().filter(d -> !d.deprecated).count() == 1)
                .forEach(group -> group.stream().filter(d -> d.deprecated).forEach(d -> d.name += "Deprecated"));
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static List<String> parameterStem(String parameter) {
        String name = parameter.substring(1, parameter.length() - 1);
        return words(name.endsWith("_id") ? name.substring(0, name.length() - 3) : name);
    }

    private static List<String> words(String segment) {
        List<String> words = new ArrayList<>();
        for (String w : segment.split("[-_]")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NOT_PLURAL.contains(w) || w.endsWith("ss") || w.endsWith("us")) {
            return word;
        }
        if (w.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (w.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        return w.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static String pascal(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    private static final class Draft {
        String name;
        String operationId;
        String method;
        String path;
        RemoteOperation.Kind kind;
        String items;
        String result;
        String model;
        boolean body;
        boolean deprecated;
        List<String> query;
        String summary;
        String accept;
        String requestType;
        RemoteOperation.Security security;

        RemoteOperation operation() {
            return new RemoteOperation(name, operationId, method, path, kind, items, result, model, body,
                    deprecated, query, summary, accept, requestType, security);
        }
    }
}
