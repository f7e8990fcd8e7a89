package io.github.camelsegmentremote.sandbox;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.camelsegmentremote.sandbox.SegmentHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SegmentTrackingSimulatorTest {

    private static final String US_KEY = basic(SandboxTokens.SEGMENT_WRITE_KEY);
    private static final String EU_KEY = basic(SandboxTokens.SEGMENT_EU_WRITE_KEY);

    private static Sandbox sandbox;
    private static SegmentHttp us;
    private static SegmentHttp eu;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().start();
        us = new SegmentHttp(sandbox.trackingUs().baseUrl());
        eu = new SegmentHttp(sandbox.trackingEu().baseUrl());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void reset() {
        sandbox.reset();
    }

    private static SegmentEventLog usEvents() {
        return sandbox.segmentWorld().us().events();
    }

    private static SegmentTrackingTraffic usTraffic() {
        return sandbox.segmentWorld().tracking("us");
    }

    private static ObjectNode identify(String userId, String messageId) {
        ObjectNode message = SandboxJson.object().put("type", "identify").put("userId", userId)
                .put("messageId", messageId);
        message.putObject("traits").put("email", userId + "@example.com").put("title", "Engineer");
        return message;
    }

    private static String batch(List<ObjectNode> messages) {
        ObjectNode body = SandboxJson.object();
        ArrayNode batch = body.putArray("batch");
        messages.forEach(batch::add);
        return body.toString();
    }

    @Test
    void identifyAndTrackAreAcceptedAndRecorded() {
        SegmentHttp.Answer identify = us.send("POST", "/v1/identify", US_KEY,
                "{\"userId\":\"emp-1\",\"messageId\":\"m-1\",\"traits\":{\"email\":\"a@example.com\"}}");
        SegmentHttp.Answer track = us.send("POST", "/v1/track", US_KEY,
                "{\"userId\":\"emp-1\",\"event\":\"Employee Hired\",\"properties\":{\"country\":\"PT\"}}");

        assertThat(identify.status()).isEqualTo(200);
        assertThat(identify.json().path("success").asBoolean()).isTrue();
        assertThat(track.status()).isEqualTo(200);
        assertThat(usEvents().accepted("identify")).isEqualTo(1);
        assertThat(usEvents().accepted("track")).isEqualTo(1);
        assertThat(usEvents().identifies("emp-1")).isEqualTo(1);
        assertThat(usEvents().latestTraits("emp-1").orElseThrow().path("email").asText()).isEqualTo("a@example.com");
        assertThat(usEvents().messageIds("emp-1")).hasSize(2).startsWith("m-1");
        assertThat(usEvents().recent().get(1).path("receivedAt").isTextual()).isTrue();
        assertThat(usEvents().recent().get(1).has("writeKey")).isFalse();
    }

    @Test
    void writeKeyInTheBodyAuthenticatesToo() {
        SegmentHttp.Answer answer = us.send("POST", "/v1/group", null, "{\"writeKey\":\""
                + SandboxTokens.SEGMENT_WRITE_KEY + "\",\"userId\":\"emp-2\",\"groupId\":\"acme\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(usEvents().accepted("group")).isEqualTo(1);
    }

    @Test
    void batchIsRecordedWithItsSize() {
        String body = batch(List.of(identify("emp-1", "b-1"), identify("emp-2", "b-2"),
                SandboxJson.object().put("type", "track").put("userId", "emp-1").put("event", "Promoted")));

        SegmentHttp.Answer answer = us.send("POST", "/v1/batch", US_KEY, body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(usEvents().distinctUserIds()).isEqualTo(2);
        assertThat(usEvents().userIds()).containsExactly("emp-1", "emp-2");
        assertThat(usEvents().batches()).isEqualTo(1);
        assertThat(usEvents().batchReceipts()).containsExactly(new SegmentEventLog.BatchReceipt(3, body.length()));
        assertThat(usEvents().batchBytes()).isEqualTo(body.length());
        assertThat(usEvents().acceptedByType()).containsOnly(entry("identify", 2L), entry("track", 1L));
        assertThat(usEvents().acceptedBySource(sandbox.segmentWorld().us().source("remote-hr").orElseThrow().id()))
                .containsEntry("identify", 2L).containsEntry("track", 1L);
    }

    @Test
    void aMessageIdIsAcceptedOnlyOnce() {
        us.send("POST", "/v1/batch", US_KEY, batch(List.of(identify("emp-1", "dup-1"), identify("emp-1", "dup-1"))));
        SegmentHttp.Answer again = us.send("POST", "/v1/identify", US_KEY, identify("emp-1", "dup-1").toString());

        assertThat(again.status()).isEqualTo(200);
        assertThat(usEvents().accepted()).isEqualTo(1);
        assertThat(usEvents().duplicates()).isEqualTo(2);
        assertThat(usEvents().identifies("emp-1")).isEqualTo(1);
        assertThat(usEvents().messageIds("emp-1")).containsExactly("dup-1");
    }

    @Test
    void messagesWithoutMessageIdGetOne() {
        us.send("POST", "/v1/page", US_KEY, "{\"anonymousId\":\"anon-1\",\"name\":\"Home\"}");
        us.send("POST", "/v1/page", US_KEY, "{\"anonymousId\":\"anon-1\",\"name\":\"Home\"}");

        assertThat(usEvents().accepted("page")).isEqualTo(2);
        assertThat(usEvents().recent()).allSatisfy(m -> assertThat(m.path("messageId").asText()).startsWith("api-"));
        assertThat(usEvents().distinctUserIds()).isZero();
    }

    @Test
    void aMessageOver32KbIsRefused() {
        ObjectNode message = identify("emp-1", "big-1");
        ((ObjectNode) message.get("traits")).put("bio", "x".repeat(33 * 1024));

        SegmentHttp.Answer single = us.send("POST", "/v1/identify", US_KEY, message.toString());
        SegmentHttp.Answer inBatch = us.send("POST", "/v1/batch", US_KEY,
                batch(List.of(identify("emp-2", "ok-1"), message)));

        assertThat(single.status()).isEqualTo(400);
        assertThat(single.json().path("success").asBoolean(true)).isFalse();
        assertThat(single.json().path("message").asText()).isEqualTo("Exceed payload limit");
        assertThat(inBatch.status()).isEqualTo(400);
        assertThat(usEvents().accepted()).isZero();
        assertThat(usTraffic().tooLarge()).isEqualTo(2);
    }

    @Test
    void aBatchOver500KbIsRefused() {
        List<ObjectNode> messages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ObjectNode message = identify("emp-" + i, "large-" + i);
            ((ObjectNode) message.get("traits")).put("bio", "y".repeat(30 * 1024));
            messages.add(message);
        }
        String body = batch(messages);
        assertThat(body.length()).isGreaterThan(500 * 1024);

        SegmentHttp.Answer answer = us.send("POST", "/v1/batch", US_KEY, body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("payload_too_large");
        assertThat(usEvents().accepted()).isZero();
    }

    @Test
    void aBatchOverTwoThousandFiveHundredEventsIsAnswered200ButRejected() {
        List<ObjectNode> messages = new ArrayList<>();
        for (int i = 0; i < 2501; i++) {
            messages.add(SandboxJson.object().put("type", "track").put("userId", "u").put("event", "E"));
        }

        SegmentHttp.Answer answer = us.send("POST", "/v1/batch", US_KEY, batch(messages));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(usEvents().accepted()).isZero();
        assertThat(usTraffic().rejectedOverBatchLimit()).isEqualTo(2501);
    }

    @Test
    void euWriteKeyOnTheUsHostIsSilentlyLost() {
        SegmentHttp.Answer answer = us.send("POST", "/v1/batch", EU_KEY,
                batch(List.of(identify("emp-1", "eu-1"), identify("emp-2", "eu-2"))));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("success").asBoolean()).isTrue();
        assertThat(sandbox.segmentWorld().eu().events().accepted()).isZero();
        assertThat(usEvents().accepted()).isZero();
        assertThat(usTraffic().lostWrongRegion()).isEqualTo(2);
    }

    @Test
    void euWriteKeyOnTheEuHostIsAccepted() {
        assertThat(eu.send("POST", "/v1/identify", EU_KEY, identify("emp-1", "eu-ok").toString()).status())
                .isEqualTo(200);

        assertThat(sandbox.segmentWorld().eu().events().identifies("emp-1")).isEqualTo(1);
    }

    @Test
    void usWriteKeyOnTheEuHostAndUnknownKeysAreUnauthorized() {
        SegmentHttp.Answer usOnEu = eu.send("POST", "/v1/identify", US_KEY, identify("emp-1", "x-1").toString());
        SegmentHttp.Answer unknown = us.send("POST", "/v1/identify", basic("no-such-key"),
                identify("emp-1", "x-2").toString());
        SegmentHttp.Answer missing = us.send("POST", "/v1/identify", null, identify("emp-1", "x-3").toString());

        assertThat(usOnEu.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().path("code").asText()).isEqualTo("invalid_write_key");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(usEvents().accepted()).isZero();
        assertThat(usTraffic().unauthorized()).isEqualTo(2);
    }

    @Test
    void messagesNeedAUserIdOrAnAnonymousId() {
        SegmentHttp.Answer single = us.send("POST", "/v1/identify", US_KEY, "{\"traits\":{\"a\":1}}");
        SegmentHttp.Answer inBatch = us.send("POST", "/v1/batch", US_KEY,
                batch(List.of(identify("emp-1", "v-1"), SandboxJson.object().put("type", "track").put("event", "E"))));
        SegmentHttp.Answer trackWithoutEvent = us.send("POST", "/v1/track", US_KEY, "{\"userId\":\"u\"}");
        SegmentHttp.Answer alias = us.send("POST", "/v1/alias", US_KEY, "{\"userId\":\"u\"}");

        assertThat(single.status()).isEqualTo(400);
        assertThat(single.json().path("code").asText()).isEqualTo("no_user_anon_id");
        assertThat(inBatch.status()).isEqualTo(400);
        assertThat(trackWithoutEvent.status()).isEqualTo(400);
        assertThat(alias.status()).isEqualTo(400);
        assertThat(usEvents().accepted()).isZero();
    }

    @Test
    void invalidJsonIsRefused() {
        SegmentHttp.Answer answer = us.send("POST", "/v1/track", US_KEY, "{not json");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("invalid_json");
    }

    @Test
    void eventsOfADisabledSourceAreDropped() {
        String key = sandbox.segmentWorld().us().source("android-app").orElseThrow().writeKeys().get(0);

        SegmentHttp.Answer answer = us.send("POST", "/v1/identify", basic(key), identify("emp-1", "d-1").toString());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(usEvents().accepted()).isZero();
        assertThat(usTraffic().droppedDisabledSource()).isEqualTo(1);
    }

    @Test
    void importTakesABatchToo() {
        assertThat(us.send("POST", "/v1/import", US_KEY, batch(List.of(identify("emp-9", "i-1")))).status())
                .isEqualTo(200);

        assertThat(usEvents().identifies("emp-9")).isEqualTo(1);
    }

    @Test
    void inspectionShowsWhatWasReceived() {
        us.send("POST", "/v1/identify", US_KEY, identify("emp-1", "s-1").toString());
        us.send("POST", "/v1/identify", US_KEY, identify("emp-1", "s-1").toString());
        us.send("POST", "/v1/identify", EU_KEY, identify("emp-1", "s-2").toString());

        JsonNode state = new SegmentHttp(sandbox.trackingUs().baseUrl()).get("/_sandbox/inspect", null).json()
                .path("state");

        assertThat(state.path("traffic").path("requests").asLong()).isEqualTo(3);
        assertThat(state.path("traffic").path("lostWrongRegion").asLong()).isEqualTo(1);
        JsonNode events = state.path("workspaces").path("sandbox-us");
        assertThat(events.path("acceptedByType").path("identify").asLong()).isEqualTo(1);
        assertThat(events.path("duplicatesDiscarded").asLong()).isEqualTo(1);
        assertThat(events.path("distinctUserIds").asLong()).isEqualTo(1);
    }
}
