package io.github.camelsegmentremote.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.camelsegmentremote.segment.SegmentConstants;
import io.github.camelsegmentremote.segment.SegmentOperation;
import io.github.camelsegmentremote.segment.SegmentOperationCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the segment component's Public API catalog that Segment's official OpenAPI file (2022,
 * {@code segment-public-api.yaml}) describes, called through a {@code segment:} endpoint (real HTTP) against
 * Stoplight Prism serving that file, with inputs generated from it: once with the required path and query
 * parameters and body fields, once with every query parameter and field too. Prism checks the bearer token, the
 * path, the query, the body and the {@code Accept} media type (so each operation's API version); the component must
 * read each 2xx answer, into the typed models where it has them.
 *
 * <p>One defect of the file is patched before serving it, and checked to still be there in its own test: the file
 * declares every query parameter {@code style: deepObject} ({@code pagination[count]=...}), where the service and
 * Segment's own SDK send {@code pagination.count=...}. The operations added since 2022 are not in the file; the
 * test names how many.
 */
class SegmentPrismConformanceTest {

    static final String DEEP_OBJECT_DEFECT = "the 2022 file declares query parameters style: deepObject "
            + "(pagination[count]=...) where the service and the official SDK use pagination.count=...";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode original;
    private static PrismCamel prism;
    private static SpecSamples samples;
    private static ConformanceRun run;
    private static final List<String> notInFile = new ArrayList<>();

    @BeforeAll
    static void callEveryOperation() throws Exception {
        Path specs = Path.of(System.getProperty("specs.dir", "../shared/specs"));
        original = new YAMLMapper().readTree(specs.resolve("segment-public-api.yaml").toFile());
        ObjectNode patched = withDotPagination(original);
        Path served = Path.of(System.getProperty("prism.home", "target/prism"), "segment-public-api-patched.json");
        Files.createDirectories(served.getParent());
        Files.writeString(served, JSON.writeValueAsString(patched));
        samples = new SpecSamples(patched);
        prism = PrismCamel.start(served);
        run = new ConformanceRun();
        for (SegmentOperation op : SegmentOperationCatalog.PUBLIC_API.operations()) {
            if (samples.operation(op.method(), op.path().template()).isMissingNode()) {
                notInFile.add(op.operationId());
                continue;
            }
            run.add(call(op, "required inputs", false));
            run.add(call(op, "every query parameter and field", true));
        }
        System.out.println("[conformance] " + run.figures("Segment segment-public-api.yaml (2022)") + "; "
                + notInFile.size() + " catalog operations are newer than the file");
    }

    @AfterAll
    static void stop() {
        if (prism != null) {
            prism.close();
        }
    }

    private static final String BODY_REQUIRES_PATH_ID = "the 2022 file's body schema requires the path parameter "
            + "(required: [<id>]) without declaring it as a property; the service takes the id from the path only";

    /** Operations the 2022 file gets wrong; each is checked below to still fail for its reason. */
    static final Map<String, String> SPEC_DEFECTS = Map.ofEntries(
            Map.entry("updateSource", BODY_REQUIRES_PATH_ID),
            Map.entry("updateSchemaSettingsInSource", BODY_REQUIRES_PATH_ID),
            Map.entry("updateDestination", BODY_REQUIRES_PATH_ID),
            Map.entry("updateSubscriptionForDestination", BODY_REQUIRES_PATH_ID),
            Map.entry("updateFunction", BODY_REQUIRES_PATH_ID),
            Map.entry("updateTrackingPlan", BODY_REQUIRES_PATH_ID),
            Map.entry("updateTransformation", BODY_REQUIRES_PATH_ID),
            Map.entry("replaceMessagingSubscriptionsInSpaces", BODY_REQUIRES_PATH_ID),
            Map.entry("batchQueryMessagingSubscriptionsForSpace", BODY_REQUIRES_PATH_ID),
            Map.entry("removeRulesFromTrackingPlan", "the 2022 file declares an array of objects (rules) as a query "
                    + "parameter, which no query string style encodes"));

    /** The file with each deepObject query parameter as the service takes it. */
    static ObjectNode withDotPagination(JsonNode spec) {
        ObjectNode copy = spec.deepCopy();
        SpecSamples refs = new SpecSamples(copy);
        for (JsonNode pathItem : copy.path("paths")) {
            for (Iterator<JsonNode> ops = pathItem.elements(); ops.hasNext();) {
                JsonNode op = ops.next();
                if (!op.has("parameters")) {
                    continue;
                }
                ArrayNode parameters = JSON.createArrayNode();
                for (JsonNode p : op.get("parameters")) {
                    if (!"deepObject".equals(p.path("style").asText())) {
                        parameters.add(p);
                    } else if (refs.resolve(p.path("schema")).has("properties")) {
                        // pagination: {count, cursor} as pagination.count and pagination.cursor
                        JsonNode schema = refs.resolve(p.path("schema"));
                        List<String> required = new ArrayList<>();
                        schema.path("required").forEach(r -> required.add(r.asText()));
                        schema.path("properties").fields().forEachRemaining(f -> parameters.add(
                                JSON.createObjectNode().put("name", p.get("name").asText() + "." + f.getKey())
                                        .put("in", "query").put("required", p.path("required").asBoolean()
                                                && required.contains(f.getKey()))
                                        .set("schema", refs.resolve(f.getValue()).deepCopy())));
                    } else {
                        ObjectNode form = p.deepCopy();
                        form.put("style", "form").put("explode", true);
                        parameters.add(form);
                    }
                }
                ((ObjectNode) op).set("parameters", parameters);
            }
        }
        return copy;
    }

    private static ConformanceRun.Call call(SegmentOperation op, String pass, boolean all) {
        Map<String, Object> path = new LinkedHashMap<>();
        Map<String, Object> query = new LinkedHashMap<>();
        for (SpecSamples.Parameter p : samples.parameters(op.method(), op.path().template())) {
            if (p.in().equals("path")) {
                path.put(p.name(), p.value());
            } else if (p.in().equals("query") && (p.required() || all) && p.value() != null
                    && !p.name().startsWith("pagination")) {
                query.put(p.name(), p.value());
            }
        }
        Object body = samples.body(op.method(), op.path().template(), all);
        String uri = "segment:" + op.operationId() + "?token=RAW(sgp_conformance)&baseUrl=" + prism.baseUrl()
                + "&httpClient=" + PrismCamel.CLIENT + "&allPages=false&maxAttempts=1&pageSize=5";
        return prism.call(op.operationId(), pass, uri, e -> {
            e.getMessage().setHeader(SegmentConstants.PATH_PARAMETERS, path);
            e.getMessage().setHeader(SegmentConstants.QUERY, query);
            e.getMessage().setBody(body);
        });
    }

    @Test
    void everyOperationIsSentAsTheFileSaysAndItsAnswerRead() {
        List<String> problems = run.problems(SPEC_DEFECTS);
        assertThat(run.calls()).hasSize(2 * (SegmentOperationCatalog.PUBLIC_API.operations().size()
                - notInFile.size()));
        assertThat(problems).as(run.figures("Segment") + "; calls with violations or failures:\n"
                + String.join("\n", problems)).isEmpty();
    }

    @Test
    void theFileDefectsStillFailForTheirReason() {
        SPEC_DEFECTS.forEach((name, reason) -> assertThat(run.of(name)).as(name + ": " + reason)
                .allSatisfy(call -> assertThat(call.exchanges()).anySatisfy(x -> assertThat(x.violations())
                        .contains(reason == BODY_REQUIRES_PATH_ID ? "Request body must have required property"
                                : "Request query parameter rules"))));
    }

    @Test
    void alphaAndBetaOnlyOperationsAreAskedForInTheirVersion() {
        for (String name : List.of("getSpace", "listTransformations", "listSubscriptionsFromDestination",
                "listDeliveryMetricsSummaryFromDestination")) {
            ConformanceRun.Call call = run.of(name).get(0);
            assertThat(call.failure()).as(call.describe()).isNull();
            assertThat(call.exchanges().get(0).accept()).as(name).doesNotContain("v1+json");
        }
    }

    @Test
    void listRegulationsFromSourceIsSentWithItsRequiredPagination() {
        ConformanceRun.Call call = run.of("listRegulationsFromSource").get(0);
        assertThat(call.violates()).as(call.describe()).isFalse();
        assertThat(call.exchanges().get(0).request()).contains("pagination.count=5");
    }

    @Test
    void theFileStillDeclaresPaginationAsDeepObject() {
        JsonNode parameters = original.path("paths").path("/sources").path("get").path("parameters");
        JsonNode pagination = null;
        for (JsonNode p : parameters) {
            if ("pagination".equals(p.path("name").asText())) {
                pagination = p;
            }
        }
        assertThat(pagination).as(DEEP_OBJECT_DEFECT).isNotNull();
        assertThat(pagination.path("style").asText()).as(DEEP_OBJECT_DEFECT).isEqualTo("deepObject");
        assertThat(new SpecSamples(original).resolve(pagination.path("schema")).path("properties").has("count"))
                .isTrue();
    }
}
