package io.github.camelsegmentremote.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.camelsegmentremote.sandbox.SegmentHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations a full source copy uses, over HTTP: beta and alpha ones answer only their version (406 otherwise),
 * inputs are checked as Segment checks them (422 naming the field, 404, 409), changes are kept, and each region's
 * catalog lists its own actions.
 */
class SegmentDeliverySimulatorTest {

    private static final String US = bearer(SandboxTokens.SEGMENT_US_TOKEN);
    private static final String EU = bearer(SandboxTokens.SEGMENT_EU_TOKEN);
    private static final String BETA = "application/vnd.segment.v1beta+json";
    private static final String ALPHA = "application/vnd.segment.v1alpha+json";

    private static Sandbox sandbox;
    private static SegmentHttp us;
    private static SegmentHttp eu;
    private String actions;
    private String web;

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

    @BeforeEach
    void seed() {
        SegmentCopyFixtures.breadth(sandbox.segmentWorld());
        SegmentWorkspace ws = sandbox.segmentWorld().us();
        web = ws.source("web-app").orElseThrow().id();
        actions = ws.destinations().stream().filter(d -> d.name().equals(SegmentCopyFixtures.ACTIONS_DESTINATION))
                .findFirst().orElseThrow().id();
    }

    @AfterEach
    void reset() {
        sandbox.reset();
    }

    @Test
    void betaAndAlphaOperationsAnswerOnlyTheirVersion() {
        String subscriptions = "/destinations/" + actions + "/subscriptions?pagination.count=10";
        SegmentHttp.Answer stable = us.send("GET", subscriptions, US, "application/vnd.segment.v1+json", null);
        assertThat(stable.status()).isEqualTo(406);
        assertThat(stable.firstError().path("type").asText()).isEqualTo("not-acceptable");
        assertThat(stable.firstError().path("message").asText()).contains("Accept: " + ALPHA);
        assertThat(us.send("GET", subscriptions, US, null, null).status()).as("no Accept = v1").isEqualTo(406);
        assertThat(us.send("GET", subscriptions, US, BETA, null).status()).isEqualTo(406);
        SegmentHttp.Answer alpha = us.send("GET", subscriptions, US, ALPHA, null);
        assertThat(alpha.status()).isEqualTo(200);
        assertThat(alpha.raw().headers().firstValue("Content-Type")).contains(ALPHA);
        assertThat(alpha.json().path("data").path("subscriptions")).hasSize(3);

        assertThat(us.send("GET", "/transformations?pagination.count=10", US, null, null).status()).isEqualTo(406);
        String function = sandbox.segmentWorld().us().functions().stream()
                .filter(f -> f.resourceType().equals("INSERT_SOURCE")).findFirst().orElseThrow().id();
        String instances = "/insert-function-instances?pagination.count=10&functionId=" + function;
        assertThat(us.send("GET", instances, US, BETA, null).status()).isEqualTo(406);
        assertThat(us.send("GET", instances, US, ALPHA, null).json().path("data").path("instances")).hasSize(1);
    }

    @Test
    void subscriptionsAreCheckedAndKept() {
        String path = "/destinations/" + actions + "/subscriptions";
        SegmentHttp.Answer missing = us.send("POST", path, US, ALPHA, "{\"name\":\"x\",\"actionId\":\""
                + SegmentCatalog.LOG_EVENT_ACTION_ID + "\",\"enabled\":true}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.firstError().path("field").asText()).isEqualTo("trigger");
        SegmentHttp.Answer wrongAction = us.send("POST", path, US, ALPHA, "{\"name\":\"x\",\"actionId\":\""
                + SegmentCatalog.SEND_ACTION_ID + "\",\"trigger\":\"type = \\\"track\\\"\",\"enabled\":true}");
        assertThat(wrongAction.status()).isEqualTo(422);
        assertThat(wrongAction.firstError().path("message").asText())
                .isEqualTo("Action '" + SegmentCatalog.SEND_ACTION_ID + "' is not an action of Amplitude (Actions) "
                        + "in region us");
        SegmentHttp.Answer badFql = us.send("POST", path, US, ALPHA, "{\"name\":\"x\",\"actionId\":\""
                + SegmentCatalog.LOG_EVENT_ACTION_ID + "\",\"trigger\":\"type = \\\"track\\\" and\",\"enabled\":true}");
        assertThat(badFql.status()).isEqualTo(422);
        assertThat(badFql.firstError().path("message").asText()).contains("is not valid FQL");

        JsonNode created = us.send("POST", path, US, ALPHA, "{\"name\":\"New\",\"actionId\":\""
                + SegmentCatalog.LOG_EVENT_ACTION_ID + "\",\"trigger\":\"event = \\\"A\\\"\",\"enabled\":true,"
                + "\"settings\":{\"k\":1}}").json().path("data").path("destinationSubscription");
        assertThat(created.path("actionSlug").asText()).isEqualTo("logEventV2");
        JsonNode updated = us.send("PATCH", path + "/" + created.path("id").asText(), US, ALPHA,
                "{\"input\":{\"trigger\":\"event = \\\"B\\\"\"}}").json().path("data").path("subscription");
        assertThat(updated.path("trigger").asText()).isEqualTo("event = \"B\"");
        assertThat(updated.path("settings").path("k").asInt()).isEqualTo(1);
        assertThat(sandbox.segmentWorld().us().delivery().subscriptionsOf(actions)).hasSize(4);
        assertThat(us.send("PATCH", path + "/doesNotExist", US, ALPHA, "{\"input\":{}}").status()).isEqualTo(404);
    }

    @Test
    void filtersInsertFunctionsRulesAndWarehousesAreChecked() {
        SegmentHttp.Answer otherSource = us.send("POST", "/destination/" + actions + "/filters", US, null,
                "{\"sourceId\":\"someOtherSource\",\"if\":\"event = \\\"A\\\"\",\"actions\":[{\"type\":\"DROP\"}],"
                        + "\"title\":\"t\",\"enabled\":true}");
        assertThat(otherSource.status()).isEqualTo(422);
        assertThat(otherSource.firstError().path("field").asText()).isEqualTo("sourceId");
        SegmentHttp.Answer sample = us.send("POST", "/destination/" + actions + "/filters", US, null,
                "{\"sourceId\":\"" + web + "\",\"if\":\"event = \\\"A\\\"\",\"actions\":[{\"type\":\"SAMPLE\"}],"
                        + "\"title\":\"t\",\"enabled\":true}");
        assertThat(sample.firstError().path("field").asText()).isEqualTo("actions[0].percent");

        String function = sandbox.segmentWorld().us().functions().stream()
                .filter(f -> f.resourceType().equals("INSERT_SOURCE")).findFirst().orElseThrow().id();
        SegmentHttp.Answer twice = us.send("POST", "/insert-function-instances", US, ALPHA, "{\"functionId\":\""
                + function + "\",\"integrationId\":\"" + web + "\",\"name\":\"again\",\"settings\":{}}");
        assertThat(twice.status()).as("one instance of a function per source").isEqualTo(409);
        SegmentHttp.Answer onDestination = us.send("POST", "/insert-function-instances", US, ALPHA,
                "{\"functionId\":\"" + function + "\",\"integrationId\":\"" + actions + "\",\"name\":\"x\","
                        + "\"settings\":{}}");
        assertThat(onDestination.status()).isEqualTo(422);
        assertThat(onDestination.firstError().path("field").asText()).isEqualTo("integrationId");

        String plan = sandbox.segmentWorld().us().trackingPlans().get(0).id();
        SegmentHttp.Answer badRule = us.send("PUT", "/tracking-plans/" + plan + "/rules", US, null,
                "{\"rules\":[{\"type\":\"CLICK\",\"jsonSchema\":{},\"version\":1}]}");
        assertThat(badRule.firstError().path("field").asText()).isEqualTo("rules[0].type");

        SegmentWarehouse warehouse = sandbox.segmentWorld().us().warehouses().get(0);
        String hr = sandbox.segmentWorld().us().source("remote-hr").orElseThrow().id();
        assertThat(us.send("POST", "/warehouses/" + warehouse.id() + "/connected-sources/" + hr, US, null)
                .json().path("data").path("status").asText()).isEqualTo("CONNECTED");
        assertThat(sandbox.segmentWorld().us().warehousesOf(hr)).extracting(SegmentWarehouse::id)
                .containsExactly(warehouse.id());
    }

    @Test
    void eachRegionsCatalogListsItsOwnActions() {
        String path = "/catalog/destinations/" + SegmentCatalog.WEBHOOKS_ACTIONS_DESTINATION_ID;
        assertThat(us.get(path, US).json().path("data").path("destinationMetadata").path("actions"))
                .extracting(a -> a.path("slug").asText()).containsExactly("send", "sendBatch");
        assertThat(eu.get(path, EU).json().path("data").path("destinationMetadata").path("actions"))
                .extracting(a -> a.path("slug").asText()).containsExactly("send");
    }
}
