package io.github.camelsegmentremote.sandbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

class RemoteSimulatorTest {

    private static final int EMPLOYEES = 250;

    private static RemoteSimulator simulator;
    private static SandboxServer server;
    private static RemoteTestClient client;

    @BeforeAll
    static void start() {
        simulator = new RemoteSimulator(Sandbox.builder().employees(EMPLOYEES).seed(7).options());
        server = new SandboxServer(simulator, 7).start(0);
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
    void pagesCoverEveryEmploymentOnceInAStableOrder() {
        List<String> firstPass = allIds("");
        assertThat(firstPass).hasSize(EMPLOYEES).doesNotHaveDuplicates();
        assertThat(allIds("")).containsExactlyElementsOf(firstPass);
        assertThat(simulator.employmentIds().toList()).containsExactlyElementsOf(firstPass);

        JsonNode data = json(client.get("/v1/employments?page=2&page_size=100")).path("data");
        assertThat(data.path("current_page").asInt()).isEqualTo(2);
        assertThat(data.path("total_pages").asInt()).isEqualTo(3);
        assertThat(data.path("total_count").asInt()).isEqualTo(EMPLOYEES);
        JsonNode last = json(client.get("/v1/employments?page=3&page_size=100")).path("data");
        assertThat(last.path("employments")).hasSize(50);
        JsonNode beyond = json(client.get("/v1/employments?page=4&page_size=100")).path("data");
        assertThat(beyond.path("employments")).isEmpty();
    }

    @Test
    void defaultPageHasTwentyAndOversizedPagesAreRejected() {
        assertThat(json(client.get("/v1/employments")).path("data").path("employments")).hasSize(20);
        HttpResponse<String> oversized = client.get("/v1/employments?page_size=101");
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(json(oversized).path("message").asText()).contains("page_size");
        assertThat(client.get("/v1/employments?page=0").statusCode()).isEqualTo(400);
        assertThat(client.get("/v1/employments?page=x").statusCode()).isEqualTo(400);
    }

    @Test
    void seededEmploymentsAreVariedAndDeterministic() {
        List<JsonNode> all = allEmployments("");
        Set<String> statuses = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<String> types = new HashSet<>();
        all.forEach(e -> {
            statuses.add(e.path("status").asText());
            countries.add(e.path("country").path("code").asText());
            types.add(e.path("type").asText());
        });
        assertThat(statuses).contains("active", "offboarding", "archived", "created");
        assertThat(countries).hasSizeGreaterThan(15);
        assertThat(types).contains("employee", "contractor");
        assertThat(all).allSatisfy(e -> assertThat(e.path("id").asText())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));

        RemoteSimulator sameSeed = new RemoteSimulator(Sandbox.builder().employees(EMPLOYEES).seed(7).options());
        RemoteSimulator otherSeed = new RemoteSimulator(Sandbox.builder().employees(EMPLOYEES).seed(8).options());
        String id = simulator.seededEmploymentId(42);
        assertThat(sameSeed.employment(id)).contains(simulator.employment(id).orElseThrow());
        assertThat(otherSeed.seededEmploymentId(42)).isNotEqualTo(id);
    }

    @Test
    void listItemsAgreeWithTheFullView() {
        for (JsonNode item : allEmployments("&status=active,archived,created")) {
            JsonNode full = json(client.get("/v1/employments/" + item.path("id").asText()))
                    .path("data").path("employment");
            // The full view omits a missing external_id where the list view shows null.
            item.properties().forEach(field -> assertThat(full.path(field.getKey()).isMissingNode()
                    ? NullNode.getInstance() : full.get(field.getKey()))
                    .as(field.getKey()).isEqualTo(field.getValue()));
        }
    }

    @Test
    void filtersByStatusEmailTypeAndShortId() {
        List<JsonNode> all = allEmployments("");
        long offboarding = all.stream().filter(e -> "offboarding".equals(e.path("status").asText())).count();
        List<JsonNode> filtered = allEmployments("&status=offboarding");
        assertThat(filtered).hasSize((int) offboarding).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("status").asText()).isEqualTo("offboarding"));
        assertThat(allEmployments("&status=active,offboarding"))
                .allSatisfy(e -> assertThat(e.path("status").asText()).isIn("active", "offboarding"));
        assertThat(allEmployments("&status=incomplete"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("status").asText()).isNotIn("active", "offboarding", "archived"));
        assertThat(allEmployments("&employment_type=contractor"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("contractor"));

        JsonNode someone = all.get(137);
        JsonNode byEmail = json(client.get("/v1/employments?email="
                + someone.path("login_email").asText().toUpperCase())).path("data");
        assertThat(byEmail.path("total_count").asInt()).isEqualTo(1);
        assertThat(byEmail.path("employments").get(0).path("id")).isEqualTo(someone.path("id"));
        JsonNode byShortId = json(client.get("/v1/employments?short_id=" + someone.path("short_id").asText()))
                .path("data");
        assertThat(byShortId.path("employments")).containsExactly(someone);
        assertThat(json(client.get("/v1/employments?email=nobody@example.com")).path("data")
                .path("total_count").asInt()).isZero();
    }

    @Test
    void showsAnEmploymentWithItsManager() {
        String managerId = simulator.seededEmploymentId(0);
        String reportId = simulator.seededEmploymentId(1);
        JsonNode manager = json(client.get("/v1/employments/" + managerId)).path("data").path("employment");
        JsonNode report = json(client.get("/v1/employments/" + reportId)).path("data").path("employment");

        assertThat(report.path("id").asText()).isEqualTo(reportId);
        assertThat(report.path("manager_employment_id").asText()).isEqualTo(managerId);
        assertThat(report.path("manager_email").asText()).isEqualTo(manager.path("work_email").asText());
        assertThat(report.path("manager").asText()).isEqualTo(manager.path("full_name").asText());
        assertThat(manager.path("manager_email").isNull()).isTrue();
        assertThat(report.path("company_id").asText()).isEqualTo(simulator.companyId());
        assertThat(report.path("onboarding_tasks").size()).isEqualTo(9);
    }

    @Test
    void unknownEmploymentIsNotFound() {
        HttpResponse<String> response = client.get("/v1/employments/00000000-0000-4000-8000-000000000000");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("message").asText()).isEqualTo("Not Found");
        assertThat(client.get("/v1/employments/not-a-uuid").statusCode()).isEqualTo(404);
    }

    @Test
    void patchUpdatesTheEmploymentAndDeliversASignedWebhook() throws Exception {
        try (RemoteWebhookReceiver receiver = new RemoteWebhookReceiver()) {
            JsonNode callback = json(client.send("POST", "/v1/webhook-callbacks", SandboxTokens.REMOTE_TOKEN,
                    "{\"url\":\"" + receiver.url() + "\",\"subscribed_events\":[\"employment.work_email.updated\","
                            + "\"employment.details.updated\"]}")).path("data").path("webhook_callback");
            String signingKey = callback.path("signing_key").asText();
            assertThat(signingKey).isNotBlank();
            String id = simulator.seededEmploymentId(5);

            HttpResponse<String> patched = client.send("PATCH", "/v1/employments/" + id, SandboxTokens.REMOTE_TOKEN,
                    "{\"work_email\":\"new.address@sandbox-company.example\"}");

            assertThat(patched.statusCode()).isEqualTo(200);
            assertThat(json(patched).path("data").path("employment").path("work_email").asText())
                    .isEqualTo("new.address@sandbox-company.example");
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
            RemoteWebhookReceiver.Received delivery = receiver.received().get(0);
            JsonNode event = SandboxJson.MAPPER.readTree(delivery.body());
            assertThat(event.path("event_type").asText()).isEqualTo("employment.work_email.updated");
            assertThat(event.path("employment_id").asText()).isEqualTo(id);
            assertThat(event.path("company_id").asText()).isEqualTo(simulator.companyId());
            assertThat(delivery.signature()).isEqualTo(hmacHex(signingKey,
                    delivery.body() + ":" + delivery.timestamp()));
            assertThat(Long.parseLong(delivery.timestamp())).isCloseTo(System.currentTimeMillis(),
                    within(60_000L));
            await().atMost(Duration.ofSeconds(10)).until(() -> simulator.deliveries().size() == 1);
            assertThat(simulator.deliveries().get(0).status()).isEqualTo(200);
            assertThat(simulator.triggerWebhook("employment.updated", id)).isZero();

            assertThat(client.send("DELETE", "/v1/webhook-callbacks/" + callback.path("id").asText(),
                    SandboxTokens.REMOTE_TOKEN, null).statusCode()).isEqualTo(200);
            assertThat(simulator.triggerWebhook("employment.details.updated", id)).isZero();
        }
    }

    @Test
    void javaChangesFireTheMatchingEvents() throws Exception {
        try (RemoteWebhookReceiver receiver = new RemoteWebhookReceiver()) {
            simulator.registerWebhook(receiver.url(), List.of());
            String id = simulator.seededEmploymentId(9);
            String managerId = simulator.seededEmploymentId(3);

            JsonNode updated = simulator.updateEmployment(id, Map.of("manager_id", managerId, "status", "archived"));

            assertThat(updated.path("manager_employment_id").asText()).isEqualTo(managerId);
            assertThat(updated.path("status").asText()).isEqualTo("archived");
            assertThat(updated.path("employment_lifecycle_stage").asText()).isEqualTo("offboarded");
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 2);
            assertThat(receiver.received()).extracting(r -> SandboxJson.MAPPER.readTree(r.body())
                    .path("event_type").asText())
                    .containsExactlyInAnyOrder("employment.details.updated", "employment.status.updated");
            assertThat(receiver.received()).allSatisfy(r -> assertThat(r.signature()).isEqualTo(
                    hmacHex(SandboxTokens.REMOTE_SIGNING_KEY, r.body() + ":" + r.timestamp())));
            assertThat(simulator.changes()).last().satisfies(change -> {
                assertThat(change.employmentId()).isEqualTo(id);
                assertThat(change.fields()).containsExactlyInAnyOrder("manager_id", "status");
            });
        }
        assertThatThrownBy(() -> simulator.updateEmployment(simulator.seededEmploymentId(9),
                Map.of("status", "bogus"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }

    @Test
    void invalidChangesAreUnprocessable() {
        String id = simulator.seededEmploymentId(5);
        HttpResponse<String> badEmail = client.send("PATCH", "/v1/employments/" + id, SandboxTokens.REMOTE_TOKEN,
                "{\"work_email\":\"not-an-email\"}");
        assertThat(badEmail.statusCode()).isEqualTo(422);
        assertThat(json(badEmail).path("errors").path("work_email").get(0).asText()).contains("email");
        HttpResponse<String> unknown = client.send("PATCH", "/v1/employments/" + id, SandboxTokens.REMOTE_TOKEN,
                "{\"status\":\"active\"}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(json(unknown).path("errors").has("status")).isTrue();
        assertThat(simulator.employment(id).orElseThrow().path("work_email").asText()).contains("@");
        assertThat(simulator.changes()).isEmpty();
    }

    @Test
    void productionAndMissingTokensAreUnauthorized() {
        for (String token : new String[] {SandboxTokens.REMOTE_LIVE_TOKEN, null, "something-else"}) {
            HttpResponse<String> response = client.send("GET", "/v1/employments", token, null);
            assertThat(response.statusCode()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(json(response).path("message").asText()).isEqualTo("Unauthorized");
        }
        HttpResponse<String> basic = client.send(HttpRequest.newBuilder(client.uri("/v1/employments"))
                .header("Authorization", "Basic " + SandboxTokens.REMOTE_TOKEN).build());
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    void oauthAccessTokensWorkUntilTheyExpire() {
        simulator.accessTokenLifetime(Duration.ofSeconds(1));
        String basic = Base64.getEncoder().encodeToString((RemoteOAuth.CLIENT_ID + ":" + RemoteOAuth.CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(client.uri("/auth/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + RemoteOAuth.CLIENT_ID + "\"}"))
                .build());
        assertThat(issued.statusCode()).isEqualTo(200);
        JsonNode token = json(issued);
        assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.path("expires_in").asInt()).isEqualTo(1);
        String accessToken = token.path("access_token").asText();

        assertThat(client.send("GET", "/v1/companies", accessToken, null).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> client.send("GET", "/v1/companies", accessToken, null).statusCode() == 401);

        HttpResponse<String> refreshed = client.send(HttpRequest.newBuilder(client.uri("/auth/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token="
                        + RemoteOAuth.REFRESH_TOKEN + "&client_id=" + RemoteOAuth.CLIENT_ID + "&client_secret="
                        + RemoteOAuth.CLIENT_SECRET))
                .build());
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(json(refreshed).path("refresh_token").asText()).isEqualTo(RemoteOAuth.REFRESH_TOKEN);
        HttpResponse<String> wrongSecret = client.send(HttpRequest.newBuilder(client.uri("/auth/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                        + RemoteOAuth.CLIENT_ID + "&client_secret=wrong"))
                .build());
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
    }

    @Test
    void rateLimitAnswers429WithItsHeaders() {
        simulator.requestsPerMinute(3);
        for (int remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> ok = client.get("/v1/companies");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("x-ratelimit-remaining")).contains(String.valueOf(remaining));
            assertThat(ok.headers().firstValue("x-ratelimit-count")).contains(String.valueOf(3 - remaining));
        }
        HttpResponse<String> limited = client.get("/v1/companies");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(json(limited).path("message").asText()).isEqualTo("Too many requests");
        assertThat(limited.headers().firstValue("x-ratelimit-remaining")).contains("0");
        assertThat(Long.parseLong(limited.headers().firstValue("x-ratelimit-reset").orElseThrow()))
                .isBetween(1L, RemoteRateLimiter.WINDOW_MILLIS);

        simulator.requestsPerMinute(0);
        assertThat(client.get("/v1/companies").statusCode()).isEqualTo(200);
    }

    @Test
    void injectedFaultsUseRemoteErrorBodies() {
        server.faults().failNext(Fault.SERVER_ERROR, 1);
        HttpResponse<String> error = client.get("/v1/employments");
        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(json(error).path("message").asText()).isNotBlank();

        server.faults().failNext(Fault.RATE_LIMIT, 1);
        HttpResponse<String> limited = client.get("/v1/employments");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(json(limited).path("message").asText()).isEqualTo("Too many requests");
        assertThat(limited.headers().firstValue("x-ratelimit-remaining")).contains("0");
        assertThat(limited.headers().firstValue("x-ratelimit-reset"))
                .contains(String.valueOf(server.faults().plan().retryAfterMillis()));

        assertThat(client.get("/v1/employments").statusCode()).isEqualTo(200);
    }

    @Test
    void offboardingAnActiveEmploymentFiresEvents() throws Exception {
        String id = allEmployments("&status=active").get(3).path("id").asText();
        try (RemoteWebhookReceiver receiver = new RemoteWebhookReceiver()) {
            simulator.registerWebhook(receiver.url(), List.of("offboarding.submitted", "employment.status.updated"));
            String body = "{\"employment_id\":\"" + id + "\",\"type\":\"termination\",\"termination_details\":{"
                    + "\"confidential\":false,\"proposed_termination_date\":\"2026-03-31\","
                    + "\"reason_description\":\"Role closed\",\"risk_assessment_reasons\":[\"none_of_these\"],"
                    + "\"termination_reason\":\"workforce_reduction\",\"will_challenge_termination\":false}}";

            HttpResponse<String> created = client.send("POST", "/v1/offboardings", SandboxTokens.REMOTE_TOKEN, body);

            assertThat(created.statusCode()).isEqualTo(201);
            JsonNode offboarding = json(created).path("data").path("offboarding");
            assertThat(offboarding.path("status").asText()).isEqualTo("submitted");
            assertThat(offboarding.path("employment_id").asText()).isEqualTo(id);
            assertThat(simulator.employment(id).orElseThrow().path("status").asText()).isEqualTo("offboarding");
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 2);
            assertThat(receiver.received()).anySatisfy(r -> {
                JsonNode event = SandboxJson.MAPPER.readTree(r.body());
                assertThat(event.path("event_type").asText()).isEqualTo("offboarding.submitted");
                assertThat(event.path("offboarding_request_id").asText()).isEqualTo(offboarding.path("id").asText());
            });
            JsonNode listed = json(client.get("/v1/offboardings?employment_id=" + id)).path("data");
            assertThat(listed.path("offboardings")).containsExactly(offboarding);

            HttpResponse<String> again = client.send("POST", "/v1/offboardings", SandboxTokens.REMOTE_TOKEN, body);
            assertThat(again.statusCode()).isEqualTo(422);
        }
        long offboardingOrArchived = allEmployments("&status=offboarding,archived").size();
        assertThat(json(client.get("/v1/offboardings")).path("data").path("total_count").asLong())
                .isEqualTo(offboardingOrArchived);
    }

    @Test
    void createdEmploymentsAreListedLastAndCanBeRemoved() {
        HttpResponse<String> created = client.send("POST", "/v1/sandbox/employments", SandboxTokens.REMOTE_TOKEN,
                "{\"country_code\":\"PRT\",\"external_id\":\"X-1\",\"basic_information\":{\"name\":\"Rita Sousa\","
                        + "\"email\":\"rita@example.com\",\"job_title\":\"Data Engineer\","
                        + "\"provisional_start_date\":\"2020-01-01\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode employment = json(created).path("data").path("employment");
        String id = employment.path("id").asText();
        assertThat(employment.path("employment_lifecycle_stage").asText()).isEqualTo("employment_creation");
        assertThat(employment.path("country_code").asText()).isEqualTo("PRT");

        assertThat(allIds("")).hasSize(EMPLOYEES + 1).last().isEqualTo(id);
        JsonNode full = json(client.get("/v1/employments/" + id)).path("data").path("employment");
        assertThat(full.path("status").asText()).isEqualTo("created");
        assertThat(full.path("external_id").asText()).isEqualTo("X-1");
        assertThat(json(client.get("/v1/employments?email=rita@example.com")).path("data")
                .path("employments").get(0).path("id").asText()).isEqualTo(id);

        JsonNode javaCreated = simulator.addEmployment("Tomás Ruiz", "tomas@example.com", "ESP", "Designer");
        assertThat(simulator.employmentCount()).isEqualTo(EMPLOYEES + 2);
        assertThat(simulator.removeEmployment(id)).isTrue();
        assertThat(simulator.removeEmployment(simulator.seededEmploymentId(0))).isTrue();
        assertThat(client.get("/v1/employments/" + id).statusCode()).isEqualTo(404);
        List<String> ids = allIds("");
        assertThat(ids).hasSize(EMPLOYEES).doesNotContain(id, simulator.seededEmploymentId(0))
                .endsWith(javaCreated.path("id").asText());
        assertThat(json(client.get("/v1/employments?page_size=100")).path("data").path("total_count").asInt())
                .isEqualTo(EMPLOYEES);
    }

    @Test
    void timeoffIsListedPagedAndShown() {
        JsonNode data = json(client.get("/v1/timeoff?page_size=100")).path("data");
        assertThat(data.path("total_count").asInt()).isEqualTo(2 * ((EMPLOYEES + 2) / 4));
        JsonNode first = data.path("timeoffs").get(0);
        JsonNode shown = json(client.get("/v1/timeoff/" + first.path("id").asText())).path("data").path("timeoff");
        assertThat(shown).isEqualTo(first);
        JsonNode ofOne = json(client.get("/v1/timeoff?employment_id=" + first.path("employment_id").asText()))
                .path("data");
        assertThat(ofOne.path("timeoffs")).hasSize(2)
                .allSatisfy(t -> assertThat(t.path("employment_id")).isEqualTo(first.path("employment_id")));
        assertThat(json(client.get("/v1/timeoff?status=approved&page_size=100")).path("data").path("timeoffs"))
                .allSatisfy(t -> assertThat(t.path("status").asText()).isEqualTo("approved"));
        assertThat(client.get("/v1/timeoff/" + simulator.seededEmploymentId(1)).statusCode()).isEqualTo(404);
    }

    @Test
    void customFieldValuesCanBeReadAndChanged() throws Exception {
        JsonNode fields = json(client.get("/v1/custom-fields")).path("data");
        assertThat(fields.path("total_count").asInt()).isEqualTo(6);
        JsonNode integerField = null;
        for (JsonNode field : fields.path("custom_fields")) {
            if ("integer".equals(field.path("type").asText())) {
                integerField = field;
            }
        }
        String path = "/v1/custom-fields/" + integerField.path("id").asText() + "/values/"
                + simulator.seededEmploymentId(2);
        assertThat(json(client.get(path)).path("data").path("custom_field_value").path("value").isInt()).isTrue();
        try (RemoteWebhookReceiver receiver = new RemoteWebhookReceiver()) {
            simulator.registerWebhook(receiver.url(), List.of("custom_field.value_updated"));
            HttpResponse<String> patched = client.send("PATCH", path, SandboxTokens.REMOTE_TOKEN, "{\"value\":4}");
            assertThat(json(patched).path("data").path("custom_field_value").path("value").asInt()).isEqualTo(4);
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
            assertThat(SandboxJson.MAPPER.readTree(receiver.received().get(0).body()).path("custom_field_id")
                    .asText()).isEqualTo(integerField.path("id").asText());
        }
        assertThat(client.send("PATCH", path, SandboxTokens.REMOTE_TOKEN, "{\"value\":\"four\"}").statusCode())
                .isEqualTo(422);
        assertThat(json(client.get(path)).path("data").path("custom_field_value").path("value").asInt())
                .isEqualTo(4);
    }

    @Test
    void inspectionCountsChangesAndRequests() {
        String id = simulator.seededEmploymentId(4);
        JsonNode seeded = simulator.employment(id).orElseThrow();
        simulator.updateEmployment(id, Map.of("external_id", "EXT-4"));
        client.get("/v1/employments");
        JsonNode state = json(client.get("/_sandbox/inspect")).path("state");
        assertThat(state.path("employments").path("changed").asInt()).isEqualTo(1);
        assertThat(state.path("requests").path("GET /v1/employments").asLong()).isEqualTo(1);
        assertThat(state.path("recentChanges").get(0).path("events").get(0).asText())
                .isEqualTo("employment.updated");

        simulator.reset();
        assertThat(simulator.employment(id)).contains(seeded);
        assertThat(simulator.inspect().path("employments").path("changed").asInt()).isZero();
    }

    @Test
    void aMillionEmploymentsArePagedWithoutHoldingThem() {
        RemoteSimulator big = new RemoteSimulator(Sandbox.builder().employees(1_000_000).seed(3).options());
        try (SandboxServer bigServer = new SandboxServer(big, 3).start(0)) {
            RemoteTestClient bigClient = new RemoteTestClient(bigServer.baseUrl());
            JsonNode data = json(bigClient.get("/v1/employments?page=5000&page_size=100")).path("data");
            assertThat(data.path("total_count").asInt()).isEqualTo(1_000_000);
            assertThat(data.path("total_pages").asInt()).isEqualTo(10_000);
            assertThat(data.path("employments")).hasSize(100);
            assertThat(data.path("employments").get(0).path("id").asText()).isEqualTo(big.seededEmploymentId(499_900));

            String lastId = big.seededEmploymentId(999_999);
            assertThat(bigClient.get("/v1/employments/" + lastId).statusCode()).isEqualTo(200);
            JsonNode offboarding = json(bigClient.get("/v1/employments?status=offboarding&page=100&page_size=100"))
                    .path("data");
            assertThat(offboarding.path("total_count").asInt()).isBetween(20_000, 40_000);
            assertThat(offboarding.path("employments")).hasSize(100);
            big.updateEmployment(lastId, Map.of("status", "offboarding"));
            assertThat(json(bigClient.get("/v1/employments?status=offboarding&page_size=1")).path("data")
                    .path("total_count").asInt()).isEqualTo(offboarding.path("total_count").asInt() + 1);
        }
    }

    private static List<String> allIds(String query) {
        return allEmployments(query).stream().map(e -> e.path("id").asText()).toList();
    }

    private static List<JsonNode> allEmployments(String query) {
        List<JsonNode> employments = new ArrayList<>();
        for (int page = 1;; page++) {
            JsonNode data = json(client.get("/v1/employments?page_size=100&page=" + page + query)).path("data");
            data.path("employments").forEach(employments::add);
            if (page >= data.path("total_pages").asInt()) {
                return employments;
            }
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return RemoteTestClient.json(response);
    }

    private static String hmacHex(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
