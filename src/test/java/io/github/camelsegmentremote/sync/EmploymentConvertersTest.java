package io.github.camelsegmentremote.sync;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.client.JsonBodies;
import io.github.camelsegmentremote.remote.Employment;
import io.github.camelsegmentremote.segment.tracking.Identify;
import io.github.camelsegmentremote.segment.tracking.SegmentMessageRejectedException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Employment converters are found through their generated loader, map like the sync does, and the Tracking
 * producer takes the call's message type from the endpoint: an employment that cannot become the call's message
 * is refused with the fix in the message.
 */
class EmploymentConvertersTest {

    private static final String EMPLOYMENT = """
            {"id":"emp-1","full_name":"Ada Lovelace","work_email":"ada@example.com","job_title":"Engineer",
             "type":"employee","status":"active","country":{"name":"Portugal","alpha_2_code":"PT"}}""";

    @Test
    void convertsTypedAndJsonEmploymentsWithTheSyncsDefaultMapping() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            JsonNode json = JsonBodies.MAPPER.readTree(EMPLOYMENT);
            Employment employment = JsonBodies.MAPPER.treeToValue(json, Employment.class);
            IdentifyMessage expected = new EmploymentIdentifyMapper().map(json).orElseThrow();

            for (Object body : new Object[] {employment, json}) {
                Identify identify = context.getTypeConverter().mandatoryConvertTo(Identify.class, body);
                assertThat(identify.userId()).isEqualTo("emp-1");
                assertThat(identify.traits()).isEqualTo(expected.traits());
                assertThat(identify.traits()).containsEntry("employmentType", "employee").doesNotContainKey("type");
            }
            ObjectNode notAnEmployment = JsonBodies.MAPPER.createObjectNode().put("type", "shout");
            assertThat(context.getTypeConverter().tryConvertTo(Identify.class, notAnEmployment)).isNull();
        }
    }

    @Test
    void anEmploymentSentToTrackIsRefusedNamingTheFix() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:track").to("segment:track?writeKey=wk&batchSize=1&baseUrl=http://127.0.0.1:9");
                }
            });
            context.start();
            Employment employment = JsonBodies.MAPPER.readValue(EMPLOYMENT, Employment.class);
            assertThatThrownBy(() -> context.createProducerTemplate().sendBody("direct:track", employment))
                    .isInstanceOf(CamelExecutionException.class)
                    .cause().isInstanceOf(SegmentMessageRejectedException.class)
                    .hasMessageContaining("has type 'employee'")
                    .hasMessageContaining("convert it before segment:track")
                    .hasMessageContaining("io.github.camelsegmentremote.segment.tracking.Track");
        }
    }
}
