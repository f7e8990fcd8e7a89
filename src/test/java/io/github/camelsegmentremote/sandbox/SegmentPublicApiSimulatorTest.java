package io.github.camelsegmentremote.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.camelsegmentremote.sandbox.SegmentHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

class SegmentPublicApiSimulatorTest {

    private static final String US = bearer(SandboxTokens.SEGMENT_US_TOKEN);
    private static final String EU = bearer(SandboxTokens.SEGMENT_EU_TOKEN);

    private static Sandbox sandbox;
    private static SegmentHttp us;
    private static SegmentHttp eu;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().start();
        us = new SegmentHttp(sandbox.segmentUs().baseUrl());
        eu = new SegmentHttp(sandbox.segmentEu().baseUrl());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void reset() {
        sandbox.reset();
    }

    private static SegmentWorkspace usWorkspace() {
        return sandbox.segmentWorld().us();
    }

    private static String sourceId(String slug) {
        return usWorkspace().source(slug).orElseThrow().id();
    }

    /** The values of one field of the elements of an array (not of nested objects). */
    private static List<String> fields(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.path(field).asText()));
        return values;
    }

    @Test
    void getWorkspaceAnswersTheTokensWorkspace() {
        SegmentHttp.Answer answer = us.get("/", US);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.data().path("workspace").path("slug").asText()).isEqualTo("sandbox-us");
        assertThat(answer.data().path("workspace").path("id").asText()).isEqualTo(usWorkspace().id());
        assertThat(eu.get("/", EU).data().path("workspace").path("slug").asText()).isEqualTo("sandbox-eu");
    }

    @Test
    void pagesOverThreeHundredSourcesWithoutLosingOrRepeatingAny() {
        usWorkspace().addSources(300, "bulk");
        int total = usWorkspace().sourceCount();

        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            SegmentHttp.Answer page = us.get("/sources?pagination.count=200"
                    + (cursor == null ? "" : "&pagination.cursor=" + cursor), US);
            assertThat(page.status()).isEqualTo(200);
            JsonNode pagination = page.data().path("pagination");
            assertThat(pagination.path("totalEntries").asInt()).isEqualTo(total);
            if (pages > 0) {
                assertThat(pagination.path("previous").isTextual()).isTrue();
            }
            page.data().path("sources").forEach(s -> ids.add(s.path("id").asText()));
            cursor = pagination.path("next").isTextual() ? pagination.path("next").asText() : null;
            pages++;
        } while (cursor != null);

        assertThat(total).isEqualTo(306);
        assertThat(pages).isEqualTo(2);
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).containsAll(usWorkspace().sources().stream().map(SegmentSource::id).toList());
    }

    @Test
    void firstPageCursorIsBase64OfOffsetZero() {
        JsonNode pagination = us.get("/sources?pagination[count]=2", US).data().path("pagination");

        assertThat(pagination.path("current").asText()).isEqualTo("MA==");
        assertThat(pagination.path("next").asText()).isEqualTo("Mg==");
        assertThat(pagination.path("previous").isNull()).isTrue();
    }

    @Test
    void paginationIsValidated() {
        for (String query : List.of("", "?pagination.count=0", "?pagination.count=201", "?pagination.count=x",
                "?pagination.count=5&pagination.cursor=%25%25")) {
            SegmentHttp.Answer answer = us.get("/sources" + query, US);
            assertThat(answer.status()).as(query).isEqualTo(422);
            assertThat(answer.firstError().path("type").asText()).isEqualTo("input-validation");
            assertThat(answer.firstError().path("field").asText()).startsWith("pagination.");
        }
        assertThat(us.get("/sources?pagination.count=2.5", US).firstError().path("message").asText())
                .isEqualTo("\"pagination.count\" must be a whole number");
    }

    @Test
    void createsReadsUpdatesAndDeletesASource() {
        SegmentHttp.Answer created = us.send("POST", "/sources", US,
                "{\"slug\":\"new-source\",\"enabled\":true,\"metadataId\":\"" + SegmentCatalog.NODE_SOURCE_ID
                        + "\",\"settings\":{\"note\":\"x\"}}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode source = created.data().path("source");
        String id = source.path("id").asText();
        assertThat(source.path("name").asText()).isEqualTo("new-source");
        assertThat(source.path("writeKeys")).hasSize(1);
        assertThat(source.path("metadata").path("slug").asText()).isEqualTo("node-js");
        assertThat(source.path("labels")).isEmpty();

        SegmentHttp.Answer updated = us.send("PATCH", "/sources/" + id, US,
                "{\"name\":\"New Source\",\"enabled\":false,\"settings\":{\"other\":1}}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.data().path("source").path("name").asText()).isEqualTo("New Source");
        assertThat(updated.data().path("source").path("enabled").asBoolean()).isFalse();
        assertThat(updated.data().path("source").path("settings").path("note").asText()).isEqualTo("x");

        SegmentHttp.Answer read = us.get("/sources/" + id, US);
        assertThat(read.data().path("source").path("name").asText()).isEqualTo("New Source");
        assertThat(read.data().has("trackingPlanId")).isTrue();

        assertThat(us.send("DELETE", "/sources/" + id, US, null).data().path("status").asText())
                .isEqualTo("SUCCESS");
        SegmentHttp.Answer gone = us.get("/sources/" + id, US);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.firstError().path("type").asText()).isEqualTo("not-found");
        assertThat(usWorkspace().source(id)).isEmpty();
    }

    @Test
    void refusesADuplicateSlug() {
        SegmentHttp.Answer answer = us.send("POST", "/sources", US,
                "{\"slug\":\"remote-hr\",\"enabled\":true,\"metadataId\":\"" + SegmentCatalog.HTTP_API_SOURCE_ID
                        + "\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.firstError().path("type").asText()).isEqualTo("conflict");
        assertThat(answer.firstError().path("message").asText()).contains("remote-hr");
    }

    @Test
    void createSourceTakesNoNameInV1ButDoesInAlpha() {
        String body = "{\"slug\":\"named\",\"name\":\"Named\",\"enabled\":true,\"metadataId\":\""
                + SegmentCatalog.HTTP_API_SOURCE_ID + "\"}";

        SegmentHttp.Answer v1 = us.send("POST", "/sources", US, body);
        assertThat(v1.status()).isEqualTo(422);
        assertThat(v1.firstError().path("field").asText()).isEqualTo("name");

        SegmentHttp.Answer alpha = us.send("POST", "/sources", US, "application/vnd.segment.v1alpha+json", body);
        assertThat(alpha.status()).isEqualTo(201);
        assertThat(alpha.data().path("source").path("name").asText()).isEqualTo("Named");
    }

    @Test
    void missingRequiredFieldsAreValidationErrors() {
        SegmentHttp.Answer answer = us.send("POST", "/sources", US, "{\"slug\":\"x\",\"enabled\":true}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.firstError().path("field").asText()).isEqualTo("metadataId");
    }

    @Test
    void usOnlyIntegrationsCannotBeCreatedInTheEu() {
        SegmentHttp.Answer answer = eu.send("POST", "/sources", EU, "{\"slug\":\"zendesk\",\"enabled\":true,"
                + "\"metadataId\":\"" + SegmentCatalog.ZENDESK_SOURCE_ID + "\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstError().path("message").asText()).contains("not available in region eu");
    }

    @Test
    void secretSettingsComeBackMasked() {
        JsonNode stripe = us.get("/sources/" + sourceId("billing-stripe"), US).data().path("source");
        assertThat(stripe.path("settings").path("apiKey").asText()).isEqualTo(SegmentSettings.MASK);

        JsonNode destinations = us.get("/sources/" + sourceId("web-app")
                + "/connected-destinations?pagination.count=10", US).data().path("destinations");
        assertThat(destinations).hasSize(2);
        JsonNode amplitude = destinations.path(0);
        assertThat(amplitude.path("settings").path("apiKey").asText()).isEqualTo("sandbox-amplitude-api-key");
        assertThat(amplitude.path("settings").path("secretKey").asText()).isEqualTo(SegmentSettings.MASK);
    }

    @Test
    void schemaSettingsShowForwardingAndOmittedForwardingTurnsItOff() {
        String web = sourceId("web-app");
        String ios = sourceId("ios-app");
        JsonNode settings = us.get("/sources/" + web + "/settings", US).data().path("settings");
        assertThat(settings.path("forwardingViolationsTo").asText()).isEqualTo(ios);
        assertThat(settings.path("track").path("allowUnplannedEvents").asBoolean()).isFalse();

        SegmentHttp.Answer off = us.send("PATCH", "/sources/" + web + "/settings", US,
                "{\"track\":{\"allowUnplannedEventProperties\":false}}");
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.data().path("settings").path("forwardingViolationsTo").asText()).isEmpty();
        assertThat(off.data().path("settings").path("track").path("allowUnplannedEvents").asBoolean()).isFalse();
        assertThat(off.data().path("settings").path("track").path("allowUnplannedEventProperties").asBoolean())
                .isFalse();

        String hr = sourceId("remote-hr");
        SegmentHttp.Answer on = us.send("PATCH", "/sources/" + web + "/settings", US,
                "{\"forwardingViolationsTo\":\"" + hr + "\",\"forwardingBlockedEventsTo\":\"" + ios + "\"}");
        assertThat(on.status()).isEqualTo(200);
        assertThat(usWorkspace().schemaSettings(web).forwardingViolationsTo()).isEqualTo(hr);
        assertThat(usWorkspace().schemaSettings(web).forwardingBlockedEventsTo()).isEqualTo(ios);
    }

    @Test
    void forwardingToASourceThatDoesNotExistIsRefused() {
        String web = sourceId("web-app");
        SegmentHttp.Answer answer = us.send("PATCH", "/sources/" + web + "/settings", US,
                "{\"forwardingViolationsTo\":\"doesNotExist123\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstError().path("message").asText()).contains("doesNotExist123");
        assertThat(usWorkspace().schemaSettings(web).forwardingViolationsTo()).isEqualTo(sourceId("ios-app"));
    }

    @Test
    void protocolsSettingsNeedATrackingPlan() {
        String hr = sourceId("remote-hr");

        SegmentHttp.Answer refused = us.send("PATCH", "/sources/" + hr + "/settings", US,
                "{\"track\":{\"allowUnplannedEvents\":false}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.firstError().path("message").asText()).isEqualTo("Source is not connected to a tracking plan");

        SegmentHttp.Answer defaults = us.send("PATCH", "/sources/" + hr + "/settings", US,
                "{\"track\":{\"allowUnplannedEvents\":true}}");
        assertThat(defaults.status()).isEqualTo(200);

        SegmentHttp.Answer badEnum = us.send("PATCH", "/sources/" + hr + "/settings", US,
                "{\"identify\":{\"commonEventOnViolations\":\"OMIT_PROPERTIES\"}}");
        assertThat(badEnum.status()).isEqualTo(422);
        assertThat(badEnum.firstError().path("field").asText()).isEqualTo("identify.commonEventOnViolations");
    }

    @Test
    void labelsMustExistBeforeSourcesCarryThem() {
        String hr = sourceId("remote-hr");
        assertThat(us.get("/labels", US).data().path("labels")).hasSize(5);

        SegmentHttp.Answer unknown = us.send("PUT", "/sources/" + hr + "/labels", US,
                "{\"labels\":[{\"key\":\"environment\",\"value\":\"qa\"}]}");
        assertThat(unknown.status()).isEqualTo(422);

        SegmentHttp.Answer created = us.send("POST", "/labels", US,
                "{\"label\":{\"key\":\"environment\",\"value\":\"qa\",\"description\":\"QA\"}}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(us.send("POST", "/labels", US, "{\"label\":{\"key\":\"environment\",\"value\":\"qa\"}}")
                .status()).isEqualTo(409);

        SegmentHttp.Answer replaced = us.send("PUT", "/sources/" + hr + "/labels", US,
                "{\"labels\":[{\"key\":\"environment\",\"value\":\"qa\"}]}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.data().path("labels")).hasSize(1);

        SegmentHttp.Answer added = us.send("POST", "/sources/" + hr + "/labels", US,
                "{\"labels\":[{\"key\":\"team\",\"value\":\"people\"}]}");
        assertThat(added.data().path("labels")).hasSize(2);
        assertThat(usWorkspace().source(hr).orElseThrow().labels()).extracting(SegmentLabel::id)
                .containsExactly("environment:qa", "team:people");
    }

    @Test
    void trackingPlansConnectSources() {
        JsonNode plans = us.get("/tracking-plans?pagination.count=10", US).data().path("trackingPlans");
        assertThat(plans).hasSize(2);
        String live = usWorkspace().trackingPlans().stream().filter(p -> p.type().equals("LIVE")).findFirst()
                .orElseThrow().id();
        String library = usWorkspace().trackingPlans().stream().filter(p -> !p.type().equals("LIVE")).findFirst()
                .orElseThrow().id();
        assertThat(us.get("/tracking-plans/" + live, US).data().path("trackingPlan").path("name").asText())
                .isEqualTo("Product Events");
        assertThat(fields(us.get("/tracking-plans/" + live + "/sources?pagination.count=10", US).data()
                .path("sources"), "slug")).containsExactly("web-app");

        String hr = sourceId("remote-hr");
        assertThat(us.send("POST", "/tracking-plans/" + live + "/sources", US, "{\"sourceId\":\"" + hr + "\"}")
                .status()).isEqualTo(200);
        assertThat(usWorkspace().trackingPlanOf(hr)).contains(live);
        assertThat(us.send("PATCH", "/sources/" + hr + "/settings", US,
                "{\"track\":{\"allowUnplannedEvents\":false}}").status()).isEqualTo(200);
        assertThat(us.send("POST", "/tracking-plans/" + library + "/sources", US, "{\"sourceId\":\"" + hr + "\"}")
                .status()).isEqualTo(400);

        assertThat(us.send("DELETE", "/tracking-plans/" + live + "/sources?sourceId=" + hr, US, null).status())
                .isEqualTo(200);
        assertThat(usWorkspace().trackingPlanOf(hr)).isEmpty();
    }

    @Test
    void destinationsAreCreatedUpdatedAndDeleted() {
        String hr = sourceId("remote-hr");
        SegmentHttp.Answer created = us.send("POST", "/destinations", US, "{\"sourceId\":\"" + hr
                + "\",\"metadataId\":\"" + SegmentCatalog.MIXPANEL_DESTINATION_ID
                + "\",\"settings\":{\"token\":\"t\",\"apiSecret\":\"s\"}}");
        assertThat(created.status()).isEqualTo(200);
        JsonNode destination = created.data().path("destination");
        assertThat(destination.path("enabled").asBoolean()).isFalse();
        assertThat(destination.path("settings").path("apiSecret").asText()).isEqualTo(SegmentSettings.MASK);
        String id = destination.path("id").asText();

        assertThat(us.send("PATCH", "/destinations/" + id, US, "{\"enabled\":true}").data().path("destination")
                .path("enabled").asBoolean()).isTrue();
        assertThat(us.get("/destinations/" + id, US).data().path("destination").path("sourceId").asText())
                .isEqualTo(hr);
        assertThat(us.send("DELETE", "/destinations/" + id, US, null).status()).isEqualTo(200);
        assertThat(us.get("/destinations/" + id, US).status()).isEqualTo(404);
    }

    @Test
    void filtersOfADestinationAreListed() {
        String amplitude = usWorkspace().destinations().stream()
                .filter(d -> d.metadataId().equals(SegmentCatalog.AMPLITUDE_DESTINATION_ID)).findFirst()
                .orElseThrow().id();

        JsonNode filters = us.get("/destination/" + amplitude + "/filters?pagination.count=10", US).data()
                .path("filters");

        assertThat(filters).hasSize(1);
        assertThat(filters.path(0).path("actions").path(0).path("type").asText()).isEqualTo("DROP");
    }

    @Test
    void tokensOnlyWorkOnTheirRegionsHost() {
        SegmentHttp.Answer euTokenOnUsHost = us.get("/sources?pagination.count=1", EU);
        assertThat(euTokenOnUsHost.status()).isEqualTo(401);
        assertThat(euTokenOnUsHost.firstError().path("type").asText()).isEqualTo("unauthorized");
        assertThat(eu.get("/sources?pagination.count=1", US).status()).isEqualTo(401);
        assertThat(us.get("/", bearer("sgp_unknown")).status()).isEqualTo(401);
        assertThat(us.get("/", null).status()).isEqualTo(401);
        assertThat(us.get("/", bearer(SandboxTokens.SEGMENT_CONFIG_API_TOKEN)).status()).isEqualTo(401);
        assertThat(us.get("/", bearer(SandboxTokens.SEGMENT_US_STAGING_TOKEN)).data().path("workspace")
                .path("slug").asText()).isEqualTo("sandbox-us-staging");
    }

    @Test
    void acceptHeaderSelectsTheVersionAndUnknownVersionsAreNotAcceptable() {
        for (String accept : List.of("application/vnd.segment.v1+json", "application/vnd.segment.v1beta+json",
                "application/vnd.segment.v1alpha+json", "application/json")) {
            SegmentHttp.Answer answer = us.send("GET", "/", US, accept, null);
            assertThat(answer.status()).as(accept).isEqualTo(200);
            assertThat(answer.header("Content-Type")).isEqualTo(accept);
        }
        assertThat(us.send("GET", "/", US, "*/*", null).header("Content-Type"))
                .isEqualTo("application/vnd.segment.v1+json");
        assertThat(us.send("GET", "/", US, "application/vnd.segment.beta+json", null).header("Content-Type"))
                .isEqualTo("application/vnd.segment.v1beta+json");

        SegmentHttp.Answer unknown = us.send("GET", "/", US, "application/vnd.segment.v2+json", null);
        assertThat(unknown.status()).isEqualTo(406);
        assertThat(unknown.firstError().path("type").asText()).isEqualTo("not-acceptable");
    }

    @Test
    void operationsOutsideTheSimulationSayWhy() {
        SegmentHttp.Answer answer = us.get("/usage/api-calls/sources/daily?period=2024-01-01"
                + "&pagination.count=1", US);

        // 501, which no simulated operation answers, so a client can tell it from "no such resource" (404).
        assertThat(answer.status()).isEqualTo(501);
        assertThat(answer.firstError().path("type").asText()).isEqualTo("not-implemented");
        assertThat(answer.firstError().path("message").asText()).contains("getDailyPerSourceAPICallsUsage")
                .contains("not simulated");
        assertThat(us.get("/no/such/path", US).firstError().path("type").asText()).isEqualTo("not-found");
    }

    @Test
    void catalogListsAndFindsMetadata() {
        SegmentHttp.Answer catalog = us.get("/catalog/sources?pagination.count=200", US);
        assertThat(fields(catalog.data().path("sourcesCatalog"), "id"))
                .contains(SegmentCatalog.HTTP_API_SOURCE_ID, SegmentCatalog.ZENDESK_SOURCE_ID);
        assertThat(us.get("/catalog/destinations/" + SegmentCatalog.INTERCOM_DESTINATION_ID, US).data()
                .path("destinationMetadata").path("supportedRegions").toString()).isEqualTo("[\"us-west-2\"]");
        assertThat(us.get("/catalog/sources/nope", US).status()).isEqualTo(404);
    }

    @Test
    void injectedRateLimitAnswers429WithRetryAfter() {
        sandbox.segmentUs().faults().failNext(Fault.RATE_LIMIT, 1);

        SegmentHttp.Answer answer = us.get("/", US);

        assertThat(answer.status()).isEqualTo(429);
        assertThat(Long.parseLong(answer.header("Retry-After"))).isGreaterThanOrEqualTo(1);
        assertThat(answer.header("X-RateLimit-Reset")).isNotBlank();
        assertThat(answer.firstError().path("type").asText()).isEqualTo("RequestError");
        assertThat(answer.firstError().path("message").asText()).isEqualTo("Too many requests");
        assertThat(answer.firstError().path("data").path("msBeforeNext").asLong()).isEqualTo(1000);
        assertThat(us.get("/", US).status()).isEqualTo(200);
    }

    @Test
    void configuredRateLimitAnswers429WhenTheWindowIsUsedUp() {
        try (Sandbox limited = Sandbox.builder().segmentRequestsPerSecond(1).start()) {
            SegmentHttp client = new SegmentHttp(limited.segmentUs().baseUrl());
            SegmentHttp.Answer first = client.get("/", US);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.header("X-RateLimit-Limit")).isEqualTo("1");
            assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("0");

            SegmentHttp.Answer refused = null;
            for (int i = 0; i < 10 && refused == null; i++) {
                SegmentHttp.Answer answer = client.get("/", US);
                refused = answer.status() == 429 ? answer : null;
            }
            assertThat(refused).as("a second request inside one second").isNotNull();
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 1L);
            assertThat(refused.header("X-RateLimit-Reset")).endsWith("GMT");
            assertThat(refused.firstError().path("data").path("msBeforeNext").asLong()).isBetween(0L, 1000L);
            SegmentPublicApiSimulator simulator = (SegmentPublicApiSimulator) limited.segmentUs().simulator();
            assertThat(simulator.refusedByRateLimit()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void eventsVolumeCountsWhatTheTrackingApiAccepted() {
        SegmentHttp tracking = new SegmentHttp(sandbox.trackingUs().baseUrl());
        tracking.send("POST", "/v1/identify", SegmentHttp.basic(SandboxTokens.SEGMENT_WRITE_KEY),
                "{\"userId\":\"u1\",\"traits\":{\"a\":1}}");
        tracking.send("POST", "/v1/track", SegmentHttp.basic(SandboxTokens.SEGMENT_WRITE_KEY),
                "{\"userId\":\"u1\",\"event\":\"Hired\"}");

        SegmentHttp.Answer volume = us.get("/events/volume?granularity=DAY&startTime=2024-01-01T00:00:00Z"
                + "&endTime=2030-01-01T00:00:00Z&groupBy=eventType", US);

        assertThat(volume.status()).isEqualTo(200);
        assertThat(fields(volume.data().path("result"), "eventType")).containsExactly("identify", "track");
        assertThat(volume.data().path("result").path(0).path("source").path("slug").asText()).isEqualTo("remote-hr");
        assertThat(us.get("/events/volume?granularity=YEAR&startTime=2024-01-01T00:00:00Z"
                + "&endTime=2030-01-01T00:00:00Z", US).status()).isEqualTo(422);
    }

    @Test
    void inspectionShowsWorkspacesAndCalls() {
        us.get("/sources?pagination.count=1", US);

        JsonNode state = us.get("/_sandbox/inspect", null).json().path("state");

        assertThat(state.path("region").asText()).isEqualTo("us");
        JsonNode workspace = state.path("workspaces").path("sandbox-us");
        assertThat(workspace.path("sources").asInt()).isEqualTo(6);
        assertThat(workspace.path("sourceSlugs")).hasSize(6);
        assertThat(workspace.path("sourceSlugs").path(0).asText()).isEqualTo("remote-hr");
        assertThat(state.path("workspaces").has("sandbox-us-staging")).isTrue();
        assertThat(state.path("workspaces").has("sandbox-eu")).isFalse();
        assertThat(state.path("callsByOperation").path("listSources").asLong()).isEqualTo(1);
        assertThat(((SegmentPublicApiSimulator) sandbox.segmentUs().simulator()).calls("listSources")).isEqualTo(1);
    }

    @Test
    void resetRestoresTheSeededWorkspace() {
        Set<String> before = new HashSet<>(usWorkspace().sources().stream().map(SegmentSource::id).toList());
        us.send("DELETE", "/sources/" + sourceId("ios-app"), US, null);

        sandbox.reset();

        assertThat(usWorkspace().sources().stream().map(SegmentSource::id)).containsExactlyInAnyOrderElementsOf(before);
    }
}
