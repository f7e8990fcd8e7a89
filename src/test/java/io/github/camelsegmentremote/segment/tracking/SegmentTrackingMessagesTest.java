package io.github.camelsegmentremote.segment.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.JsonBodies;
import io.github.camelsegmentremote.segment.TrackingCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentTrackingMessagesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00.123456Z");
    private final MessageEncoder encoder = new MessageEncoder(JsonBodies.MAPPER, Clock.fixed(NOW, ZoneOffset.UTC));

    /** A POJO body, as a mapping step might produce. */
    public record EmployeeIdentify(String userId, Map<String, Object> traits, String source) {
    }

    @Test
    void typedMessageIsSentWithTypeTimestampAndRandomMessageId() throws Exception {
        EncodedMessage m = single(Identify.builder().userId("emp-42").trait("email", "ada@example.com")
                .context("ip", "0.0.0.0").integration("Salesforce", false).build(), TrackingCall.identify, null);

        JsonNode json = JsonBodies.MAPPER.readTree(m.json());
        assertThat(json.get("type").asText()).isEqualTo("identify");
        assertThat(json.get("userId").asText()).isEqualTo("emp-42");
        assertThat(json.at("/traits/email").asText()).isEqualTo("ada@example.com");
        assertThat(json.at("/context/ip").asText()).isEqualTo("0.0.0.0");
        assertThat(json.at("/integrations/Salesforce").asBoolean(true)).isFalse();
        assertThat(json.get("timestamp").asText()).isEqualTo("2026-03-01T09:30:00.123Z");
        assertThat(json.get("messageId").asText()).isEqualTo(m.messageId()).hasSize(36);
        assertThat(m.who()).isEqualTo("emp-42");
    }

    @Test
    void everyTypedMessageCarriesItsOwnFields() throws Exception {
        assertThat(json(Track.builder().anonymousId("a-1").event("Signed Up").property("plan", "pro").build()))
                .contains("\"event\":\"Signed Up\"", "\"properties\":{\"plan\":\"pro\"}", "\"type\":\"track\"");
        assertThat(json(Group.builder().userId("u").groupId("g-7").trait("name", "Payroll").build()))
                .contains("\"groupId\":\"g-7\"", "\"traits\":{\"name\":\"Payroll\"}");
        assertThat(json(Page.builder().userId("u").name("Payslips").property("path", "/p").build()))
                .contains("\"type\":\"page\"", "\"name\":\"Payslips\"", "\"properties\":{\"path\":\"/p\"}");
        assertThat(json(Screen.builder().userId("u").name("Home").build())).contains("\"type\":\"screen\"");
        assertThat(json(Alias.builder().previousId("cand-9").userId("emp-42").build()))
                .contains("\"previousId\":\"cand-9\"", "\"userId\":\"emp-42\"");
    }

    @Test
    void mapJsonTextAndPojoBodiesKeepUnknownFields() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("userId", 42);
        map.put("traits", Map.of("name", "Ada"));
        map.put("channel", "server");
        JsonNode fromMap = JsonBodies.MAPPER.readTree(single(map, TrackingCall.identify, null).json());
        assertThat(fromMap.get("userId").asText()).as("numeric ids are sent as strings").isEqualTo("42");
        assertThat(fromMap.get("channel").asText()).isEqualTo("server");
        assertThat(map).doesNotContainKey("messageId");

        JsonNode fromText = JsonBodies.MAPPER.readTree(single("{\"userId\":\"u\",\"event\":\"E\",\"x\":1}",
                TrackingCall.track, null).json());
        assertThat(fromText.get("x").asInt()).isEqualTo(1);

        JsonNode fromPojo = JsonBodies.MAPPER.readTree(single(new EmployeeIdentify("emp-1", Map.of("a", 1), "remote"),
                TrackingCall.identify, null).json());
        assertThat(fromPojo.get("source").asText()).isEqualTo("remote");
        assertThat(fromPojo.at("/traits/a").asInt()).isEqualTo(1);
    }

    @Test
    void derivedMessageIdsAreStablePerTypeAndKey() {
        String first = single(Map.of("userId", "u"), TrackingCall.identify, "emp-1:abc").messageId();
        String again = single(Map.of("userId", "u", "traits", Map.of("x", 1)), TrackingCall.identify, "emp-1:abc")
                .messageId();
        String otherKey = single(Map.of("userId", "u"), TrackingCall.identify, "emp-1:abd").messageId();
        String otherType = single(Map.of("userId", "u", "event", "E"), TrackingCall.track, "emp-1:abc").messageId();

        assertThat(first).isEqualTo(again).isEqualTo(MessageIds.derive(TrackingCall.identify, "emp-1:abc"))
                .hasSize(36).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(otherKey).isNotEqualTo(first);
        assertThat(otherType).isNotEqualTo(first);
        assertThat(single(Map.of("userId", "u", "messageId", "mine-1"), TrackingCall.identify, "k").messageId())
                .as("a messageId in the message wins").isEqualTo("mine-1");
    }

    @Test
    void batchTakesListsOfMixedTypesAndNeedsATypeOnEach() {
        List<EncodedMessage> messages = encoder.encode(List.of(Identify.builder().userId("u").build(),
                Map.of("type", "track", "userId", "u", "event", "E"),
                "{\"type\":\"group\",\"userId\":\"u\",\"groupId\":\"g\"}"), TrackingCall.batch, "key");
        assertThat(messages).extracting(EncodedMessage::type)
                .containsExactly(TrackingCall.identify, TrackingCall.track, TrackingCall.group);
        assertThat(messages.get(0).messageId()).isEqualTo(MessageIds.derive(TrackingCall.identify, "key#0"));

        assertThat(encoder.encode("{\"batch\":[{\"type\":\"identify\",\"userId\":\"u\"}]}", TrackingCall.batch,
                null)).hasSize(1);
        assertThatThrownBy(() -> encoder.encode(List.of(Map.of("type", "identify", "userId", "u"),
                Map.of("userId", "v")), TrackingCall.batch, null))
                .isInstanceOf(SegmentMessageRejectedException.class)
                .hasMessageContaining("message 2 of 2 in the batch").hasMessageContaining("has no type");
    }

    @Test
    void rejectsWhatSegmentWouldRejectWithMessagesThatNameTheFix() {
        assertRejected(Map.of("traits", Map.of()), TrackingCall.identify, "has neither userId nor anonymousId");
        assertRejected(Map.of("userId", "u"), TrackingCall.track, "for userId 'u' has no event name");
        assertRejected(Map.of("userId", "u"), TrackingCall.group, "has no groupId");
        assertRejected(Map.of("userId", "u"), TrackingCall.alias, "needs both previousId");
        assertRejected(Map.of("userId", "u", "timestamp", "01/03/2026"), TrackingCall.identify,
                "is not an ISO-8601 date-time with offset");
        assertRejected(Map.of("userId", "u", "timestamp", "2026-03-01T09:30:00"), TrackingCall.identify,
                "is not an ISO-8601 date-time with offset");
        assertRejected(Map.of("userId", "u", "messageId", "x".repeat(100)), TrackingCall.identify,
                "has 100 characters; Segment requires fewer than 100");
        assertRejected(Map.of("type", "track", "userId", "u", "event", "E"), TrackingCall.identify,
                "send it to segment:track");
        assertRejected(List.of(Map.of("userId", "u")), TrackingCall.identify, "is a list");
        assertRejected("{not json", TrackingCall.identify, "is not valid JSON");
        assertRejected(List.of(), TrackingCall.batch, "carries no message");
    }

    @Test
    void rejectsAMessageOver32KbNamingUserIdAndSize() {
        Map<String, Object> big = Map.of("userId", "emp-33", "traits", Map.of("notes", "n".repeat(33 * 1024)));

        assertThatThrownBy(() -> encoder.encode(big, TrackingCall.identify, null))
                .isInstanceOfSatisfying(SegmentMessageRejectedException.class, e -> {
                    assertThat(e.userId()).isEqualTo("emp-33");
                    assertThat(e.messageType()).isEqualTo("identify");
                })
                .hasMessageMatching("The identify message for userId 'emp-33' is 3\\d{4} bytes serialised, above "
                        + "Segment's limit of 32768 bytes \\(32 KB\\) per message; it was not sent.*");

        Map<String, Object> justFits = Map.of("userId", "u", "traits", Map.of("notes", "n".repeat(32 * 1024 - 200)));
        assertThat(encoder.encode(justFits, TrackingCall.identify, null).get(0).size())
                .isLessThanOrEqualTo(TrackingLimits.MAX_MESSAGE_BYTES);
    }

    @Test
    void batchBodyIsTheMessagesBytesInTheEnvelopeWithExactSize() throws Exception {
        List<EncodedMessage> messages = encoder.encode(List.of(Map.of("type", "identify", "userId", "a"),
                Map.of("type", "identify", "userId", "b")), TrackingCall.batch, null);
        List<PendingMessage> pending = messages.stream().map(m -> new PendingMessage(m, null)).toList();
        Batch batch = Batch.pack(pending, 100, TrackingLimits.MAX_BATCH_BYTES).get(0);

        byte[] body = batch.body(NOW);

        assertThat(body).hasSize(batch.bytes());
        JsonNode json = JsonBodies.MAPPER.readTree(body);
        assertThat(json.get("sentAt").asText()).isEqualTo("2026-03-01T09:30:00.123Z");
        assertThat(json.get("batch")).hasSize(2);
        assertThat(json.at("/batch/1/userId").asText()).isEqualTo("b");
        assertThat(Batch.pack(pending, 1, TrackingLimits.MAX_BATCH_BYTES)).hasSize(2);
    }

    private void assertRejected(Object body, TrackingCall call, String expected) {
        assertThatThrownBy(() -> encoder.encode(body, call, null))
                .isInstanceOf(SegmentMessageRejectedException.class).hasMessageContaining(expected);
    }

    private EncodedMessage single(Object body, TrackingCall call, String key) {
        return encoder.encode(body, call, key).get(0);
    }

    private String json(SegmentMessage message) {
        return new String(single(message, message.type(), null).json(), StandardCharsets.UTF_8);
    }
}
