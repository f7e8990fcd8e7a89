package io.github.camelsegmentremote.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Checks the Remote simulator's real HTTP answers (and the requests a client would send) against Remote's published
 * OpenAPI spec, for every operation the simulator implements, with Atlassian's swagger-request-validator.
 */
class RemoteConformanceTest {

    private static final String SPEC = "/specs/remote-api.json";
    private static final int EMPLOYEES = 120;

    private static OpenApiInteractionValidator validator;
    private static JsonNode spec;
    private static RemoteSimulator simulator;
    private static SandboxServer server;
    private static RemoteTestClient client;

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = RemoteConformanceTest.class.getResourceAsStream(SPEC)) {
            spec = SandboxJson.MAPPER.readTree(in);
        }
        // The spec says OpenAPI 3.0.0 but carries a top-level "webhooks" section (an OpenAPI 3.1 feature), which the
        // 3.0 parser rejects ("attribute webhooks is unexpected"). Only that section is left out for the validator;
        // webhook payloads are checked against it by assertWebhookPayloadConforms.
        ObjectNode withoutWebhooks = spec.deepCopy();
        withoutWebhooks.remove("webhooks");
        // These two schemas put "additionalProperties": false next to anyOf/oneOf without any "properties", so in
        // JSON Schema they reject every field, and no real offboarding or trigger body could conform. Only that
        // keyword is dropped; the alternatives keep their own "additionalProperties": false.
        for (String broken : List.of("ResignationOrTerminationOffboarding", "WebhookTriggerParams")) {
            ((ObjectNode) withoutWebhooks.path("components").path("schemas").path(broken))
                    .remove("additionalProperties");
        }
        // By default the validator injects "additionalProperties": false into every object schema, which is not what
        // the spec says: its allOf/anyOf compositions (Employment + termination_date, the offboarding anyOf) would
        // reject every field. Turned off, the spec's own "additionalProperties": false still applies.
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(withoutWebhooks.toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE).build())
                // EmploymentCustomFieldValue.value is "nullable: true" around an anyOf without a "type", which the
                // validator does not apply; unset custom field values are null on the service.
                .withWhitelist(ValidationErrorsWhitelist.create().withRule("null custom field values",
                        WhitelistRules.allOf(WhitelistRules.isResponse(),
                                WhitelistRules.pathContainsSubstring("/v1/custom-fields/"),
                                (message, operation, request, response) -> customFieldValueIsNull(response))))
                .build();
        simulator = new RemoteSimulator(Sandbox.builder().employees(EMPLOYEES).seed(11).options());
        server = new SandboxServer(simulator, 11).start(0);
        client = new RemoteTestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void resetState() {
        server.faults().reset();
        simulator.reset();
    }

    @Test
    void employmentListsAndEveryFullViewConform() {
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            JsonNode data = json(conforming("GET", "/v1/employments?page_size=100&page=" + page, null, 200))
                    .path("data");
            data.path("employments").forEach(e -> ids.add(e.path("id").asText()));
        }
        assertThat(ids).hasSize(EMPLOYEES);
        conforming("GET", "/v1/employments?status=active,offboarding&employment_type=contractor", null, 200);
        conforming("GET", "/v1/employments?status=incomplete&employment_model=eor&page=2&page_size=5", null, 200);
        for (String id : ids) {
            conforming("GET", "/v1/employments/" + id, null, 200);
        }
    }

    @Test
    void employmentChangesAndCreationConform() {
        String id = simulator.seededEmploymentId(3);
        conforming("PATCH", "/v1/employments/" + id, "{\"work_email\":\"changed@sandbox-company.example\","
                + "\"external_id\":\"EXT-3\",\"manager_id\":\"" + simulator.seededEmploymentId(1) + "\","
                + "\"department_id\":null,\"emergency_contact_details\":{\"name\":\"Ana\"},"
                + "\"basic_information\":{\"job_title\":\"Staff Engineer\"}}", 200);
        String body = "{\"country_code\":\"USA\",\"type\":\"contractor\",\"basic_information\":{\"name\":\"Lee Park\","
                + "\"email\":\"lee.park@example.com\",\"job_title\":\"Consultant\"}}";
        String created = json(conforming("POST", "/v1/sandbox/employments", body, 201))
                .path("data").path("employment").path("id").asText();
        conforming("GET", "/v1/employments/" + created, null, 200);
        conforming("PATCH", "/v1/employments/" + created, "{\"country_code\":\"CAN\",\"type\":\"employee\"}", 200);
        conforming("GET", "/v1/employments?email=lee.park@example.com", null, 200);
    }

    @Test
    void timeoffAndOffboardingsConform() {
        JsonNode timeoffs = json(conforming("GET", "/v1/timeoff?page_size=100", null, 200)).path("data");
        for (JsonNode timeoff : timeoffs.path("timeoffs")) {
            conforming("GET", "/v1/timeoff/" + timeoff.path("id").asText(), null, 200);
        }
        conforming("GET", "/v1/timeoff?status=approved&timeoff_type=time_off&sort_by=status&order=desc"
                + "&start_date=2025-06-01&end_date=2026-06-01", null, 200);

        JsonNode offboardings = json(conforming("GET", "/v1/offboardings?page_size=100", null, 200)).path("data");
        assertThat(offboardings.path("offboardings")).isNotEmpty();
        String active = json(client.get("/v1/employments?status=active&page_size=1")).path("data")
                .path("employments").get(0).path("id").asText();
        conforming("POST", "/v1/offboardings", "{\"employment_id\":\"" + active + "\",\"type\":\"termination\","
                + "\"termination_details\":{\"confidential\":true,\"proposed_termination_date\":\"2026-04-30\","
                + "\"reason_description\":\"Restructuring\",\"risk_assessment_reasons\":[\"none_of_these\"],"
                + "\"termination_reason\":\"workforce_reduction\",\"will_challenge_termination\":false,"
                + "\"additional_comments\":null,\"employee_awareness\":{\"date\":\"2026-03-01\",\"note\":\"told\"}}}",
                201);
        conforming("GET", "/v1/offboardings?employment_id=" + active, null, 200);
    }

    @Test
    void companiesAndCustomFieldsConform() {
        JsonNode companies = json(conforming("GET", "/v1/companies", null, 200));
        // The schema has no "data" wrapper (its example and the service do), so the wrapped answer would pass
        // unchecked: validate the unwrapped companies list too, so that every Company field is checked.
        ObjectNode unwrapped = SandboxJson.object();
        unwrapped.set("companies", companies.path("data").path("companies"));
        assertConforms("GET", "/v1/companies", 200, unwrapped.toString());
        assertThat(unwrapped.path("companies")).hasSize(1);

        JsonNode fields = json(conforming("GET", "/v1/custom-fields?page_size=100", null, 200)).path("data");
        for (JsonNode field : fields.path("custom_fields")) {
            for (int employment = 0; employment < 12; employment++) {
                conforming("GET", "/v1/custom-fields/" + field.path("id").asText() + "/values/"
                        + simulator.seededEmploymentId(employment), null, 200);
            }
        }
        Map<String, String> newValues = Map.of("string", "\"E-1\"", "integer", "3", "boolean", "true",
                "date", "\"2025-12-01\"");
        for (JsonNode field : fields.path("custom_fields")) {
            String type = field.path("type").asText();
            String value = "single_select".equals(type)
                    ? "\"" + field.path("metadata").path("options").get(0).path("id").asText() + "\""
                    : newValues.get(type);
            String path = "/v1/custom-fields/" + field.path("id").asText() + "/values/"
                    + simulator.seededEmploymentId(2);
            conforming("PATCH", path, "{\"value\":" + value + "}", 200);
            conforming("PUT", path, "{\"value\":" + value + "}", 200);
        }
    }

    @Test
    void webhookCallbacksAndTheirEventsConform() throws Exception {
        try (RemoteWebhookReceiver receiver = new RemoteWebhookReceiver()) {
            JsonNode callback = json(conforming("POST", "/v1/webhook-callbacks", "{\"url\":\"" + receiver.url()
                    + "\",\"subscribe_to_all_events\":true}", 200)).path("data").path("webhook_callback");
            String id = simulator.seededEmploymentId(6);
            conforming("POST", "/v1/sandbox/webhook-callbacks/trigger",
                    "{\"employment_id\":\"" + id + "\",\"event_type\":\"employment.onboarding.completed\"}", 200);
            simulator.updateEmployment(id, Map.of("work_email", "w@sandbox-company.example", "status", "active",
                    "personal_details", Map.of("nationality", "PRT"), "basic_information", Map.of("name", "A B"),
                    "personal_email", "ab@example.com", "department_id", simulator.employment(
                            simulator.seededEmploymentId(0)).orElseThrow().path("department_id").asText()));
            simulator.updateEmployment(id, Map.of("external_id", "E-6", "provisional_start_date", "2024-01-01"));
            simulator.offboard(id);
            simulator.updateCustomFieldValue(json(client.get("/v1/custom-fields")).path("data")
                    .path("custom_fields").get(0).path("id").asText(), id, "X-9");
            int expected = 1 + 6 + 2 + 2 + 1;
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == expected);
            for (RemoteWebhookReceiver.Received delivery : receiver.received()) {
                assertWebhookPayloadConforms(SandboxJson.MAPPER.readTree(delivery.body()));
            }
            conforming("DELETE", "/v1/webhook-callbacks/" + callback.path("id").asText(), null, 200);
        }
    }

    @Test
    void oauthTokenGrantsConform() {
        String basic = basic(RemoteOAuth.CLIENT_ID, RemoteOAuth.CLIENT_SECRET);
        conformingWith(basic, "POST", "/auth/oauth2/token",
                "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + RemoteOAuth.CLIENT_ID + "\"}", 200);
        JsonNode code = json(conformingWith(basic, "POST", "/auth/oauth2/token", "{\"grant_type\":"
                + "\"authorization_code\",\"code\":\"" + RemoteOAuth.AUTHORIZATION_CODE + "\"}", 200));
        assertThat(code.path("refresh_token").asText()).isNotBlank();
        conformingWith(basic, "POST", "/auth/oauth2/token", "{\"grant_type\":\"refresh_token\",\"refresh_token\":\""
                + code.path("refresh_token").asText() + "\"}", 200);
        conformingWith(basic("nope", "nope"), "POST", "/auth/oauth2/token",
                "{\"grant_type\":\"client_credentials\",\"client_id\":\"nope\"}", 401);
        conformingWith(basic, "POST", "/auth/oauth2/token",
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"unknown\"}", 400);
    }

    @Test
    void errorAnswersConform() {
        // These requests break the spec on purpose, so only the answers are checked.
        answerConforms("GET", "/v1/employments?page_size=101", SandboxTokens.REMOTE_TOKEN, null, 400);
        answerConforms("PATCH", "/v1/employments/" + simulator.seededEmploymentId(2), SandboxTokens.REMOTE_TOKEN,
                "{\"work_email\":\"nope\"}", 422);
        answerConforms("POST", "/v1/sandbox/employments", SandboxTokens.REMOTE_TOKEN,
                "{\"country_code\":\"XXX\",\"basic_information\":{}}", 422);
        answerConforms("POST", "/v1/sandbox/employments", SandboxTokens.REMOTE_LIVE_TOKEN,
                "{\"country_code\":\"PRT\",\"basic_information\":{}}", 401);
        answerConforms("POST", "/v1/offboardings", SandboxTokens.REMOTE_TOKEN, "{}", 422);
        conforming("GET", "/v1/timeoff/" + simulator.seededEmploymentId(0), null, 404);
        conforming("DELETE", "/v1/webhook-callbacks/" + simulator.seededEmploymentId(0), null, 404);
        conforming("GET", "/v1/custom-fields/" + simulator.seededEmploymentId(0) + "/values/"
                + simulator.seededEmploymentId(0), null, 404);

        server.faults().failNext(Fault.RATE_LIMIT, 1);
        HttpResponse<String> injected = conforming("GET", "/v1/employments", null, 429);
        assertThat(injected.headers().firstValue("x-ratelimit-reset")).isPresent();
        simulator.requestsPerMinute(1);
        conforming("GET", "/v1/timeoff", null, 200);
        conforming("GET", "/v1/timeoff", null, 429);
        server.faults().failNext(Fault.SERVER_ERROR, 1);
        answerConforms("POST", "/v1/offboardings", SandboxTokens.REMOTE_TOKEN, "{}", 500);
    }

    @Test
    void theValidatorRejectsAnswersMissingOrMistypingFields() {
        String id = simulator.seededEmploymentId(1);
        String body = client.get("/v1/employments/" + id).body();
        assertThat(report("GET", "/v1/employments/" + id, 200, body).hasErrors()).isFalse();

        ObjectNode missing = (ObjectNode) json(body);
        ((ObjectNode) missing.path("data").path("employment")).remove("full_name");
        assertThat(report("GET", "/v1/employments/" + id, 200, missing.toString()).hasErrors()).isTrue();

        ObjectNode mistyped = (ObjectNode) json(body);
        ((ObjectNode) mistyped.path("data").path("employment")).put("status", 5);
        assertThat(report("GET", "/v1/employments/" + id, 200, mistyped.toString()).hasErrors()).isTrue();

        ObjectNode listItem = (ObjectNode) json(client.get("/v1/employments?page_size=1").body());
        ((ObjectNode) listItem.path("data").path("employments").get(0)).putNull("job_title");
        assertThat(report("GET", "/v1/employments", 200, listItem.toString()).hasErrors()).isTrue();
    }

    /** Sends a request with the sandbox token; the request and the answer must both conform. */
    private static HttpResponse<String> conforming(String method, String pathAndQuery, String body, int status) {
        return conformingWith("Bearer " + SandboxTokens.REMOTE_TOKEN, method, pathAndQuery, body, status);
    }

    private static HttpResponse<String> conformingWith(String authorization, String method, String pathAndQuery,
            String body, int status) {
        HttpResponse<String> response = client.exchange(method, pathAndQuery, authorization, body);
        assertStatus(method, pathAndQuery, response, status);
        ValidationReport report = validator.validate(request(method, pathAndQuery, authorization, body),
                response(response));
        assertThat(problems(report)).as(method + " " + pathAndQuery + " answered " + response.body()).isEmpty();
        return response;
    }

    /** Sends a request that may break the spec; only the answer must conform. */
    private static void answerConforms(String method, String pathAndQuery, String token, String body, int status) {
        HttpResponse<String> response = client.send(method, pathAndQuery, token, body);
        assertStatus(method, pathAndQuery, response, status);
        int question = pathAndQuery.indexOf('?');
        ValidationReport report = validator.validateResponse(question < 0 ? pathAndQuery
                : pathAndQuery.substring(0, question), Request.Method.valueOf(method), response(response));
        assertThat(problems(report)).as(method + " " + pathAndQuery + " answered " + response.body()).isEmpty();
    }

    private static void assertStatus(String method, String pathAndQuery, HttpResponse<String> response,
            int status) {
        assertThat(response.statusCode()).as(method + " " + pathAndQuery + ": " + response.body())
                .isEqualTo(status);
    }

    private static SimpleResponse response(HttpResponse<String> response) {
        return SimpleResponse.Builder.status(response.statusCode())
                .withContentType(response.headers().firstValue("Content-Type").orElse("application/json"))
                .withBody(response.body()).build();
    }

    private static void assertConforms(String method, String path, int status, String body) {
        assertThat(problems(report(method, path, status, body))).as(method + " " + path + " answering " + body)
                .isEmpty();
    }

    /** Errors and warnings; whitelisted and ignored messages stay in the report at level IGNORE. */
    private static List<ValidationReport.Message> problems(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR
                || m.getLevel() == ValidationReport.Level.WARN).toList();
    }

    private static ValidationReport report(String method, String path, int status, String body) {
        return validator.validateResponse(path, Request.Method.valueOf(method),
                SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build());
    }

    private static SimpleRequest request(String method, String pathAndQuery, String authorization, String body) {
        int question = pathAndQuery.indexOf('?');
        SimpleRequest.Builder request = new SimpleRequest.Builder(method,
                question < 0 ? pathAndQuery : pathAndQuery.substring(0, question));
        if (question >= 0) {
            for (String pair : pathAndQuery.substring(question + 1).split("&")) {
                int eq = pair.indexOf('=');
                request.withQueryParam(pair.substring(0, eq),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (authorization != null) {
            request.withAuthorization(authorization);
        }
        if (body != null) {
            request.withContentType("application/json").withBody(body);
        }
        return request.build();
    }

    /** The spec's {@code webhooks} section describes each event's payload; the validator does not read it. */
    private static void assertWebhookPayloadConforms(JsonNode payload) {
        String eventType = payload.path("event_type").asText();
        JsonNode schema = spec.path("webhooks").path(eventType).path("post").path("requestBody").path("content")
                .path("application/json").path("schema");
        assertThat(schema.isObject()).as("spec has webhook " + eventType).isTrue();
        for (JsonNode required : schema.path("required")) {
            assertThat(payload.path(required.asText()).isTextual()).as(eventType + "." + required.asText())
                    .isTrue();
        }
        payload.fieldNames().forEachRemaining(field -> assertThat(schema.path("properties").has(field))
                .as(eventType + " declares " + field).isTrue());
    }

    private static boolean customFieldValueIsNull(Response response) {
        try {
            Optional<Body> body = response.getResponseBody();
            return body.isPresent()
                    && body.get().toJsonNode().path("data").path("custom_field_value").path("value").isNull();
        } catch (IOException e) {
            return false;
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return RemoteTestClient.json(response);
    }

    private static JsonNode json(String body) {
        try {
            return SandboxJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
