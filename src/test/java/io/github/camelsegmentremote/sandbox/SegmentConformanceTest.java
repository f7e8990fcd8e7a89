package io.github.camelsegmentremote.sandbox;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.camelsegmentremote.sandbox.SegmentHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real answers of the Public API simulator against Segment's own descriptions: the official OpenAPI file 32.0.5
 * (swagger-request-validator) and the models of the current SDK 73.2.0 (required fields, types, enums). Every
 * simulated operation is in the 32.0.5 file, so every answer goes through both. Known drift, checked rather than
 * hidden: {@code createSource} and {@code createLabel} answer 201 like the current API where 32.0.5 says 200 (their
 * bodies are validated against the 200 schema), and a few fields added since 32.0.5 (required by the current models,
 * see {@link #ADDED_SINCE_32}) are not refused as additional properties by the old file; the models check covers
 * them.
 */
class SegmentConformanceTest {

    private static final String US = bearer(SandboxTokens.SEGMENT_US_TOKEN);
    private static final Set<String> ANSWERED_201_SINCE_32 = Set.of("createSource", "createLabel",
            "addConnectionFromSourceToWarehouse");
    /** Subscriptions are an alpha API (32.0.5, and the SDK 73.2.0 models: CreateDestinationSubscriptionAlphaInput). */
    private static final Map<String, String> ALPHA_IN_32 = Map.of(
            "listSubscriptionsFromDestination", "application/vnd.segment.v1alpha+json",
            "createDestinationSubscription", "application/vnd.segment.v1alpha+json",
            "updateSubscriptionForDestination", "application/vnd.segment.v1alpha+json");
    /** Operations added since 32.0.5: only the current models check them. */
    private static final Set<String> NOT_IN_32 = Set.of("listInsertFunctionInstances", "createInsertFunctionInstance",
            "updateInsertFunctionInstance");
    private static final String BETA = "application/vnd.segment.v1beta+json";
    private static final String ALPHA = "application/vnd.segment.v1alpha+json";
    /** Fields of the current models that the 32.0.5 file does not know yet. */
    private static final Set<String> ADDED_SINCE_32 = Set.of("status", "trackingPlanId", "supportedRegions", "path",
            "query", "propertyValueTransformations");
    private static final String ADDITIONAL_PROPERTIES = "validation.response.body.schema.additionalProperties";
    private static final Pattern NOT_ALLOWED = Pattern.compile("not allowed by the schema: \\[(.*)]");

    private static Sandbox sandbox;
    private static SegmentHttp us;
    private static OpenApiInteractionValidator validator;
    private static Map<String, String> yamlOperations;
    private static SegmentModelChecker models;

    private final List<String> problems = new ArrayList<>();
    private final Set<String> checked = new TreeSet<>();

    @BeforeAll
    static void start() throws URISyntaxException {
        sandbox = Sandbox.builder().start();
        us = new SegmentHttp(sandbox.segmentUs().baseUrl());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String spec = Path.of(SegmentConformanceTest.class.getResource("/specs/segment-public-api.yaml").toURI())
                .toString();
        OpenAPI api = new OpenAPIV3Parser().read(spec, null, options);
        validator = OpenApiInteractionValidator.createFor(api).build();
        yamlOperations = new HashMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                (method, operation) -> yamlOperations.put(operation.getOperationId(), method + " " + path)));
        models = new SegmentModelChecker("/specs/segment-public-api-models.txt");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void everySimulatedOperationAnswersAsDescribed() {
        SegmentWorkspace ws = sandbox.segmentWorld().us();
        String hr = ws.source("remote-hr").orElseThrow().id();
        String web = ws.source("web-app").orElseThrow().id();
        String plan = ws.trackingPlans().stream().filter(p -> p.type().equals("LIVE")).findFirst().orElseThrow().id();
        String amplitude = ws.destinationsOf(web).get(0).id();
        String warehouse = ws.warehouses().get(0).id();

        call("getWorkspace", "GET", "/", null, 200);
        call("listSources", "GET", "/sources?pagination.count=3", null, 200);
        call("getSource", "GET", "/sources/" + web, null, 200);
        call("getSource", "GET", "/sources/" + hr, null, 200);
        JsonNode created = call("createSource", "POST", "/sources", "{\"slug\":\"conformance\",\"enabled\":true,"
                + "\"metadataId\":\"" + SegmentCatalog.STRIPE_SOURCE_ID + "\",\"settings\":{\"apiKey\":\"k\"}}", 201);
        String createdId = created.path("data").path("source").path("id").asText();
        call("updateSource", "PATCH", "/sources/" + createdId, "{\"name\":\"Conformance\"}", 200);
        call("listSchemaSettingsInSource", "GET", "/sources/" + web + "/settings", null, 200);
        call("updateSchemaSettingsInSource", "PATCH", "/sources/" + web + "/settings",
                "{\"track\":{\"allowUnplannedEvents\":true},\"forwardingViolationsTo\":\"" + hr + "\"}", 200);
        call("listConnectedDestinationsFromSource", "GET", "/sources/" + web
                + "/connected-destinations?pagination.count=10", null, 200);
        call("listConnectedWarehousesFromSource", "GET", "/sources/" + web
                + "/connected-warehouses?pagination.count=10", null, 200);
        call("listConnectedWarehousesFromSource", "GET", "/sources/" + hr
                + "/connected-warehouses?pagination.count=10", null, 200);
        call("createLabel", "POST", "/labels", "{\"label\":{\"key\":\"owner\",\"value\":\"hr\"}}", 201);
        call("listLabels", "GET", "/labels", null, 200);
        call("addLabelsToSource", "POST", "/sources/" + createdId + "/labels",
                "{\"labels\":[{\"key\":\"owner\",\"value\":\"hr\"}]}", 200);
        call("replaceLabelsInSource", "PUT", "/sources/" + createdId + "/labels",
                "{\"labels\":[{\"key\":\"environment\",\"value\":\"prod\"}]}", 200);
        call("listDestinations", "GET", "/destinations?pagination.count=10", null, 200);
        call("getDestination", "GET", "/destinations/" + amplitude, null, 200);
        JsonNode destination = call("createDestination", "POST", "/destinations", "{\"sourceId\":\"" + createdId
                + "\",\"metadataId\":\"" + SegmentCatalog.WEBHOOKS_DESTINATION_ID
                + "\",\"name\":\"Hook\",\"enabled\":true,\"settings\":{\"url\":\"https://example.com\"}}", 200);
        String destinationId = destination.path("data").path("destination").path("id").asText();
        call("updateDestination", "PATCH", "/destinations/" + destinationId, "{\"enabled\":false}", 200);
        call("listFiltersFromDestination", "GET", "/destination/" + amplitude + "/filters?pagination.count=10",
                null, 200);
        call("deleteDestination", "DELETE", "/destinations/" + destinationId, null, 200);
        call("listTrackingPlans", "GET", "/tracking-plans?pagination.count=10", null, 200);
        call("getTrackingPlan", "GET", "/tracking-plans/" + plan, null, 200);
        call("addSourceToTrackingPlan", "POST", "/tracking-plans/" + plan + "/sources",
                "{\"sourceId\":\"" + createdId + "\"}", 200);
        call("listSourcesFromTrackingPlan", "GET", "/tracking-plans/" + plan + "/sources?pagination.count=10",
                null, 200);
        call("removeSourceFromTrackingPlan", "DELETE", "/tracking-plans/" + plan + "/sources?sourceId=" + createdId,
                null, 200);
        call("getSourcesCatalog", "GET", "/catalog/sources?pagination.count=50", null, 200);
        call("getSourceMetadata", "GET", "/catalog/sources/" + SegmentCatalog.ZENDESK_SOURCE_ID, null, 200);
        call("getDestinationsCatalog", "GET", "/catalog/destinations?pagination.count=50", null, 200);
        call("getDestinationMetadata", "GET", "/catalog/destinations/" + SegmentCatalog.AMPLITUDE_DESTINATION_ID,
                null, 200);
        call("getWarehousesCatalog", "GET", "/catalog/warehouses?pagination.count=50", null, 200);
        call("getWarehouseMetadata", "GET", "/catalog/warehouses/" + SegmentCatalog.POSTGRES_WAREHOUSE_ID, null,
                200);
        call("listWarehouses", "GET", "/warehouses?pagination.count=10", null, 200);
        call("getWarehouse", "GET", "/warehouses/" + warehouse, null, 200);
        call("listFunctions", "GET", "/functions?pagination.count=10&resourceType=SOURCE", null, 200);
        call("listUsers", "GET", "/users?pagination.count=10", null, 200);
        new SegmentHttp(sandbox.trackingUs().baseUrl()).send("POST", "/v1/track",
                SegmentHttp.basic(SandboxTokens.SEGMENT_WRITE_KEY), "{\"userId\":\"u\",\"event\":\"E\"}");
        call("getEventsVolumeFromWorkspace", "GET", "/events/volume?granularity=DAY"
                + "&startTime=2024-01-01T00:00:00Z&endTime=2030-01-01T00:00:00Z&groupBy=eventType", null, 200);
        copyOperations(ws, web, warehouse);
        call("deleteSource", "DELETE", "/sources/" + createdId, null, 200);

        assertThat(problems).as("conformance problems").isEmpty();
        assertThat(checked).containsExactlyInAnyOrderElementsOf(simulatedOperations());
    }

    @Test
    void errorAnswersMatchTheErrorEnvelope() {
        call("getSource", "GET", "/sources/doesNotExist", null, 404);
        call("listSources", "GET", "/sources", null, 422);
        sandbox.segmentUs().faults().failNext(Fault.RATE_LIMIT, 1);
        call("listSources", "GET", "/sources?pagination.count=1", null, 429);

        assertThat(problems).as("conformance problems").isEmpty();
    }

    @Test
    void theCheckersCatchABrokenAnswer() {
        ObjectNode answer = (ObjectNode) us.get("/sources?pagination.count=1", US).json().deepCopy();
        ObjectNode source = (ObjectNode) answer.path("data").path("sources").path(0);
        source.remove("slug");
        source.put("enabled", "yes");
        ((ObjectNode) source.path("metadata")).put("status", "GONE");

        ValidationReport report = validator.validateResponse("/sources", Request.Method.GET,
                SimpleResponse.Builder.status(200).withContentType(SegmentPublicApiSimulator.DEFAULT_MEDIA_TYPE)
                        .withBody(answer.toString()).build());
        List<String> modelProblems = models.check("ListSources200Response", answer);

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.getMessages().toString()).contains("slug").contains("enabled");
        assertThat(modelProblems).anyMatch(p -> p.contains(".slug: required"))
                .anyMatch(p -> p.contains(".enabled: expected a boolean"))
                .anyMatch(p -> p.contains("'GONE' is not one of"));
    }

    /** The operations a full source copy uses (Job 2), beta and alpha ones with their version. */
    private void copyOperations(SegmentWorkspace ws, String web, String warehouse) {
        SegmentCopyFixtures.breadth(sandbox.segmentWorld());
        String actions = ws.destinations().stream()
                .filter(d -> d.name().equals(SegmentCopyFixtures.ACTIONS_DESTINATION))
                .findFirst().orElseThrow().id();
        String plan = call("createTrackingPlan", "POST", "/tracking-plans", null,
                "{\"name\":\"Conformance Plan\",\"type\":\"LIVE\"}", 200).path("data").path("trackingPlan")
                .path("id").asText();
        call("replaceRulesInTrackingPlan", "PUT", "/tracking-plans/" + plan + "/rules", null, "{\"rules\":[{\"type\":"
                + "\"TRACK\",\"key\":\"Order Completed\",\"jsonSchema\":{},\"version\":1}]}", 200);
        call("listRulesFromTrackingPlan", "GET", "/tracking-plans/" + plan + "/rules?pagination.count=10", null,
                null, 200);
        call("listSubscriptionsFromDestination", "GET", "/destinations/" + actions
                + "/subscriptions?pagination.count=10", ALPHA, null, 200);
        String subscription = call("createDestinationSubscription", "POST", "/destinations/" + actions
                + "/subscriptions", ALPHA, "{\"name\":\"Conformance\",\"actionId\":\""
                + SegmentCatalog.LOG_EVENT_ACTION_ID + "\",\"trigger\":\"type = \\\"track\\\"\","
                + "\"enabled\":true,\"settings\":{}}", 200).path("data").path("destinationSubscription").path("id")
                .asText();
        call("updateSubscriptionForDestination", "PATCH", "/destinations/" + actions + "/subscriptions/"
                + subscription, ALPHA, "{\"input\":{\"enabled\":false}}", 200);
        String filter = call("createFilterForDestination", "POST", "/destination/" + actions + "/filters", null,
                "{\"sourceId\":\"" + web + "\",\"if\":\"event = \\\"X\\\"\",\"actions\":[{\"type\":\"DROP\"}],"
                + "\"title\":\"Conformance\",\"enabled\":true}", 200).path("data").path("filter").path("id").asText();
        call("updateFilterForDestination", "PATCH", "/destination/" + actions + "/filters/" + filter, null,
                "{\"enabled\":false}", 200);
        call("listTransformations", "GET", "/transformations?pagination.count=10", BETA, null, 200);
        String transformation = call("createTransformation", "POST", "/transformations", BETA, "{\"name\":\"C\","
                + "\"sourceId\":\"" + web + "\",\"enabled\":true,\"if\":\"event = \\\"X\\\"\",\"newEventName\":\"Y\"}",
                200).path("data").path("transformation").path("id").asText();
        call("updateTransformation", "PATCH", "/transformations/" + transformation, BETA,
                "{\"transformationId\":\"" + transformation + "\",\"enabled\":false}", 200);
        String function = ws.functions().stream().filter(f -> f.resourceType().equals("INSERT_SOURCE")).findFirst()
                .orElseThrow().id();
        call("listInsertFunctionInstances", "GET", "/insert-function-instances?pagination.count=10&functionId="
                + function, ALPHA, null, 200);
        String hr = ws.source("remote-hr").orElseThrow().id();
        String instance = call("createInsertFunctionInstance", "POST", "/insert-function-instances", ALPHA,
                "{\"functionId\":\"" + function + "\",\"integrationId\":\"" + hr + "\",\"name\":\"C\",\"enabled\":true,"
                + "\"settings\":{}}", 200).path("data").path("insertFunctionInstance").path("id").asText();
        call("updateInsertFunctionInstance", "PATCH", "/insert-function-instances/" + instance, ALPHA,
                "{\"settings\":{\"a\":\"b\"}}", 200);
        call("listConnectedSourcesFromWarehouse", "GET", "/warehouses/" + warehouse
                + "/connected-sources?pagination.count=10", null, null, 200);
        call("addConnectionFromSourceToWarehouse", "POST", "/warehouses/" + warehouse + "/connected-sources/" + hr,
                null, null, 201);
    }

    /** Calls the simulator and checks the answer; returns its body. */
    private JsonNode call(String operationId, String method, String pathAndQuery, String body, int status) {
        return call(operationId, method, pathAndQuery, null, body, status);
    }

    private JsonNode call(String operationId, String method, String pathAndQuery, String accept, String body,
            int status) {
        checked.add(operationId);
        SegmentHttp.Answer answer = us.send(method, pathAndQuery, US, accept, body);
        String where = operationId + " " + method + " " + pathAndQuery;
        if (answer.status() != status) {
            problems.add(where + ": status " + answer.status() + " instead of " + status + ": " + answer.json());
            return answer.json();
        }
        String declared = yamlOperations.get(operationId);
        if (NOT_IN_32.contains(operationId)) {
            checkModel(operationId, status, answer, where);
            return answer.json();
        }
        if (declared == null || !declared.startsWith(method + " ")) {
            problems.add(where + ": not an operation of the OpenAPI file (" + declared + ")");
            return answer.json();
        }
        int specStatus = ANSWERED_201_SINCE_32.contains(operationId) && status == 201 ? 200 : status;
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
                : pathAndQuery;
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method),
                SimpleResponse.Builder.status(specStatus).withContentType(ALPHA_IN_32.getOrDefault(operationId,
                        answer.header("Content-Type")))
                        .withBody(answer.raw().body()).build());
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .flatMap(SegmentConformanceTest::leaves).filter(m -> !addedSince32(m))
                .forEach(m -> problems.add(where + ": OpenAPI 32.0.5: " + m.getKey() + ": " + m.getMessage()));
        checkModel(operationId, status, answer, where);
        return answer.json();
    }

    private void checkModel(String operationId, int status, SegmentHttp.Answer answer, String where) {
        String model = status < 300 ? responseModel(operationId, status) : "RequestErrorEnvelope";
        if (!models.has(model)) {
            problems.add(where + ": no model " + model + " in the models table");
        } else {
            models.check(model, answer.json()).forEach(p -> problems.add(where + ": models 73.2.0: " + p));
        }
    }

    /** The innermost messages: an allOf/oneOf failure says little, its nested messages say why. */
    private static Stream<ValidationReport.Message> leaves(ValidationReport.Message message) {
        return message.getNestedMessages().isEmpty() ? Stream.of(message)
                : message.getNestedMessages().stream().flatMap(SegmentConformanceTest::leaves);
    }

    /** An additional-property complaint that names only fields the current API added since 32.0.5. */
    private static boolean addedSince32(ValidationReport.Message message) {
        Matcher matcher = NOT_ALLOWED.matcher(message.getMessage());
        if (!message.getKey().equals(ADDITIONAL_PROPERTIES) || !matcher.find()) {
            return false;
        }
        return Arrays.stream(matcher.group(1).split(",")).map(p -> p.replace("\"", "").trim())
                .allMatch(ADDED_SINCE_32::contains);
    }

    /** The SDK's response model of an operation: {@code ListSources200Response}, {@code CreateSource201Response}. */
    private static String responseModel(String operationId, int status) {
        return operationId.substring(0, 1).toUpperCase(Locale.ROOT) + operationId.substring(1) + status + "Response";
    }

    private static Set<String> simulatedOperations() {
        SegmentApiHandlers handlers = new SegmentApiHandlers();
        SegmentWorkspaceApi.register(handlers);
        SegmentSourcesApi.register(handlers);
        SegmentDestinationsApi.register(handlers);
        SegmentTrackingPlansApi.register(handlers);
        SegmentCatalogApi.register(handlers);
        SegmentFiltersApi.register(handlers);
        SegmentDeliveryApi.register(handlers);
        return handlers.remaining().keySet();
    }
}
