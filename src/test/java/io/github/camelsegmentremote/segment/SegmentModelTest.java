package io.github.camelsegmentremote.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsegmentremote.client.JsonBodies;
import io.github.camelsegmentremote.segment.model.Destination;
import io.github.camelsegmentremote.segment.model.SchemaSettings;
import io.github.camelsegmentremote.segment.model.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentModelTest {

    private static final ObjectMapper MAPPER = JsonBodies.MAPPER;

    @Test
    void sourceRoundTripKeepsFieldsTheModelDoesNotName() throws Exception {
        String json = """
                {"id":"src1","slug":"hr","name":"HR","workspaceId":"ws1","enabled":true,"writeKeys":["wk"],
                 "metadata":{"id":"meta1","slug":"http-api","name":"HTTP API","categories":["Server"],
                             "logos":{"default":"https://logo"}},
                 "settings":{"nested":{"a":[1,2]}},"labels":[{"key":"env","value":"prod","extra":1}],
                 "futureField":{"x":true},"createdAt":"2024-01-01"}""";
        Source source = MAPPER.readValue(json, Source.class);
        assertThat(source.getName()).isEqualTo("HR");
        assertThat(source.getMetadataId()).isEqualTo("meta1");
        assertThat(source.getLabels()).extracting(Object::toString).containsExactly("env:prod");
        assertThat(source.getAdditionalProperties()).containsKeys("futureField", "createdAt");

        assertThat((JsonNode) MAPPER.valueToTree(source)).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void absentFieldsStayAbsent() throws Exception {
        String json = "{\"id\":\"src1\",\"slug\":\"hr\"}";
        assertThat(MAPPER.writeValueAsString(MAPPER.readValue(json, Source.class))).isEqualTo(json);
    }

    @Test
    void destinationExposesInstanceAndCatalogIds() throws Exception {
        Destination destination = MAPPER.readValue("""
                {"id":"dest-instance","name":"Amplitude prod","enabled":true,"sourceId":"src1",
                 "metadata":{"id":"amplitude-meta","slug":"amplitude","name":"Amplitude"},"settings":{}}""",
                Destination.class);
        assertThat(destination.getId()).isEqualTo("dest-instance");
        assertThat(destination.getMetadataId()).isEqualTo("amplitude-meta");
        assertThat(((JsonNode) MAPPER.valueToTree(destination)).has("metadataId"))
                .as("the convenience getter is not a field of the API").isFalse();
    }

    @Test
    void schemaSettingsNeverSendBlankForwardingTargets() throws Exception {
        SchemaSettings settings = new SchemaSettings();
        SchemaSettings.TrackSettings track = new SchemaSettings.TrackSettings();
        track.setAllowUnplannedEvents(false);
        settings.setTrack(track);
        settings.setForwardingViolationsTo("");
        settings.setForwardingBlockedEventsTo(null);
        JsonNode json = MAPPER.valueToTree(settings);
        assertThat(json.toString()).isEqualTo("{\"track\":{\"allowUnplannedEvents\":false}}");
        // A plain mapper with no inclusion setting of its own gives the same.
        assertThat(new ObjectMapper().writeValueAsString(settings))
                .isEqualTo("{\"track\":{\"allowUnplannedEvents\":false}}");

        settings.setForwardingViolationsTo("src-violations");
        assertThat(((JsonNode) MAPPER.valueToTree(settings)).path("forwardingViolationsTo").asText())
                .isEqualTo("src-violations");
    }

    @Test
    void schemaSettingsBodyFromAMapLosesBlankTargetsToo() {
        byte[] cleaned = SchemaSettingsForwarding.withoutBlankTargets(MAPPER,
                "{\"forwardingViolationsTo\":null,\"forwardingBlockedEventsTo\":\" \",\"group\":{}}".getBytes());
        assertThat(new String(cleaned)).isEqualTo("{\"group\":{}}");
        byte[] kept = "{\"forwardingViolationsTo\":\"src2\"}".getBytes();
        assertThat(SchemaSettingsForwarding.withoutBlankTargets(MAPPER, kept)).isSameAs(kept);
    }
}
