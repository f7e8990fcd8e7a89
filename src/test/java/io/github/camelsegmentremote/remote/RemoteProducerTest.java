package io.github.camelsegmentremote.remote;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.JsonBodies;
import io.github.camelsegmentremote.sandbox.RemoteSimulator;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The producer against the Remote simulator: paging, filters, every named operation, generic calls, bodies. */
class RemoteProducerTest extends CamelTestSupport {

    private static final int EMPLOYEES = 130;

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(b -> b.employees(EMPLOYEES));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RemoteTesting.useSandbox(context, SANDBOX.sandbox());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:split").to("remote:listEmployments?pageSize=10")
                        .split(body()).streaming().to("mock:employment");
            }
        };
    }

    @AfterEach
    void resetSandbox() {
        SANDBOX.sandbox().reset();
    }

    private RemoteSimulator simulator() {
        return SANDBOX.sandbox().remoteSimulator();
    }

    @Test
    void allPagesAreReadLazilyAsTheBodyIsIterated() {
        long before = RemoteTesting.requests(SANDBOX.sandbox(), "GET /v1/employments");
        Exchange exchange = template.request("remote:listEmployments?pageSize=10", e -> {
        });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(RemoteItems.class);
        assertThat(exchange.getMessage().getHeader(RemoteConstants.TOTAL_COUNT, Long.class)).isEqualTo(EMPLOYEES);
        assertThat(exchange.getMessage().getHeader(RemoteConstants.TOTAL_PAGES, Integer.class)).isEqualTo(13);
        assertThat(RemoteTesting.requests(SANDBOX.sandbox(), "GET /v1/employments") - before)
                .as("only the first page is read by the producer").isEqualTo(1);

        Iterator<Object> items = exchange.getMessage().getBody(RemoteItems.class).iterator();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            ids.add(((Employment) items.next()).getId());
        }
        assertThat(RemoteTesting.requests(SANDBOX.sandbox(), "GET /v1/employments") - before).isEqualTo(2);
        items.forEachRemaining(item -> ids.add(((Employment) item).getId()));
        assertThat(RemoteTesting.requests(SANDBOX.sandbox(), "GET /v1/employments") - before).isEqualTo(13);
        assertThat(ids).containsExactlyElementsOf(simulator().employmentIds().toList());
    }

    @Test
    void splitStreamsEveryEmploymentAcrossPages() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:employment");
        mock.expectedMessageCount(EMPLOYEES);
        mock.allMessages().body().isInstanceOf(Employment.class);
        template.sendBody("direct:split", null);
        mock.assertIsSatisfied();
        assertThat(mock.getExchanges()).extracting(e -> e.getMessage().getBody(Employment.class).getId())
                .doesNotHaveDuplicates().hasSize(EMPLOYEES);
    }

    @Test
    void onePageWithItsPageNumbers() {
        Exchange exchange = template.request("remote:listEmployments?pageSize=10&allPages=false&page=3", e -> {
        });
        List<?> page = exchange.getMessage().getBody(List.class);
        assertThat(page).hasSize(10).allMatch(Employment.class::isInstance);
        assertThat(page).extracting(e -> ((Employment) e).getId())
                .containsExactlyElementsOf(simulator().employmentIds().skip(20).limit(10).toList());
        assertThat(exchange.getMessage().getHeaders()).containsEntry(RemoteConstants.PAGE, 3)
                .containsEntry(RemoteConstants.TOTAL_PAGES, 13)
                .containsEntry(RemoteConstants.TOTAL_COUNT, (long) EMPLOYEES)
                .containsEntry(RemoteConstants.HAS_MORE_PAGES, true);
    }

    @Test
    void filtersFromOptionsAndParameters() {
        List<Employment> all = employments("remote:listEmployments");
        long active = all.stream().filter(e -> "active".equals(e.getStatus())).count();
        List<Employment> filtered = employments("remote:listEmployments?status=active&pageSize=25");
        assertThat(filtered).hasSize((int) active).allMatch(e -> "active".equals(e.getStatus()));
        assertThat(active).isBetween(1L, EMPLOYEES - 1L);

        List<Employment> contractors = employments("remote:listEmployments?param.employment_type=contractor");
        assertThat(contractors).isNotEmpty().allMatch(e -> "contractor".equals(e.getType()));

        Employment one = all.get(7);
        List<Employment> byEmail = employments("remote:listEmployments?email=" + one.getLoginEmail());
        assertThat(byEmail).extracting(Employment::getId).containsExactly(one.getId());
    }

    @SuppressWarnings("unchecked")
    private List<Employment> employments(String uri) {
        List<Employment> out = new ArrayList<>();
        template.requestBody(uri, null, Iterable.class).forEach(e -> out.add((Employment) e));
        return out;
    }

    @Test
    void getEmploymentKeepsEveryFieldOfTheFullRecord() {
        String id = simulator().seededEmploymentId(5);
        Exchange exchange = template.request("remote:getEmployment",
                e -> e.getMessage().setHeader(RemoteConstants.EMPLOYMENT_ID, id));
        Employment employment = exchange.getMessage().getBody(Employment.class);
        assertThat(employment.getId()).isEqualTo(id);
        assertThat(employment.getFullName()).isNotBlank();
        assertThat(employment.getCountry().getCode()).hasSize(3);
        assertThat(employment.getOtherFields()).containsKeys("basic_information", "personal_details");
        assertThat(exchange.getMessage().getHeader(RemoteConstants.EMPLOYMENT_ID)).isEqualTo(id);

        JsonNode original = simulator().employment(id).orElseThrow();
        JsonNode written = JsonBodies.MAPPER.valueToTree(employment);
        original.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                assertThat(written.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue());
            }
        });

        assertThat(template.requestBody("remote:getEmployment?employmentId=" + id, null, Employment.class).getId())
                .isEqualTo(id);
        assertThat(template.requestBodyAndHeader("remote:getEmployment", null, RemoteConstants.PARAMETERS,
                Map.of("employment_id", id), Employment.class).getId()).isEqualTo(id);
    }

    @Test
    void timeoffListedByEmploymentAndShownById() {
        List<?> all = template.requestBody("remote:listTimeoff?allPages=false", null, List.class);
        JsonNode first = (JsonNode) all.get(0);
        String employmentId = first.path("employment_id").asText();
        @SuppressWarnings("unchecked")
        Iterable<Object> ofOne = template.requestBodyAndHeader("remote:listTimeoff", null,
                RemoteConstants.EMPLOYMENT_ID, employmentId, Iterable.class);
        assertThat(ofOne).isNotEmpty().allMatch(t -> ((JsonNode) t).path("employment_id").asText()
                .equals(employmentId));

        JsonNode shown = template.requestBodyAndHeader("remote:getTimeoff", null, RemoteConstants.RESOURCE_ID,
                first.path("id").asText(), JsonNode.class);
        assertThat(shown.path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(shown.path("employment_id").asText()).isEqualTo(employmentId);
    }

    @Test
    void offboardingsCompaniesAndCustomFields() {
        String active = employments("remote:listEmployments?status=active").get(0).getId();
        simulator().offboard(active);
        @SuppressWarnings("unchecked")
        Iterable<Object> offboardings = template.requestBody("remote:listOffboardings", null, Iterable.class);
        assertThat(offboardings).extracting(o -> ((JsonNode) o).path("employment_id").asText()).contains(active);

        List<?> companies = template.requestBody("remote:listCompanies", null, List.class);
        assertThat(companies).extracting(c -> ((JsonNode) c).path("id").asText())
                .containsExactly(simulator().companyId());

        @SuppressWarnings("unchecked")
        Iterable<Object> fields = template.requestBody("remote:listCustomFields", null, Iterable.class);
        JsonNode field = (JsonNode) fields.iterator().next();
        String employmentId = simulator().seededEmploymentId(3);
        JsonNode value = template.requestBodyAndHeaders("remote:getCustomFieldValue", null, Map.of(
                RemoteConstants.CUSTOM_FIELD_ID, field.path("id").asText(),
                RemoteConstants.EMPLOYMENT_ID, employmentId), JsonNode.class);
        assertThat(value.path("custom_field_id").asText()).isEqualTo(field.path("id").asText());
        assertThat(value.has("value")).isTrue();
    }

    @Test
    void createWebhookCallbackFromAMapBody() {
        JsonNode callback = template.requestBody("remote:createWebhookCallback", Map.of("url",
                "http://127.0.0.1:9/hooks", "subscribed_events", List.of("employment.details.updated")),
                JsonNode.class);
        assertThat(callback.path("id").asText()).isNotBlank();
        assertThat(simulator().webhooks()).extracting(c -> c.url()).containsExactly("http://127.0.0.1:9/hooks");
    }

    /** A POJO body for {@link #updateBodiesOfEveryKind()}. */
    public record ExternalId(String external_id) {
    }

    @Test
    void updateBodiesOfEveryKind() throws Exception {
        String id = simulator().seededEmploymentId(9);
        Object[] bodies = { Map.of("external_id", "from-map"),
                JsonBodies.MAPPER.readTree("{\"external_id\":\"from-tree\"}"), new ExternalId("from-pojo"),
                "{\"external_id\":\"from-text\"}" };
        for (Object body : bodies) {
            Employment updated = template.requestBodyAndHeader("remote:updateEmployment", body,
                    RemoteConstants.EMPLOYMENT_ID, id, Employment.class);
            String expected = JsonBodies.MAPPER.valueToTree(body instanceof String s
                    ? JsonBodies.MAPPER.readTree(s) : body).path("external_id").asText();
            assertThat(updated.getExternalId()).isEqualTo(expected);
        }
        assertThatThrownBy(() -> template.requestBodyAndHeader("remote:updateEmployment", "not json",
                RemoteConstants.EMPLOYMENT_ID, id)).hasRootCauseInstanceOf(
                        com.fasterxml.jackson.core.JsonParseException.class)
                .cause().hasMessageContaining("not valid JSON for updateEmployment");
    }

    @Test
    void genericOperationsByOperationIdAndByMethodAndPath() {
        String id = simulator().seededEmploymentId(11);
        assertThat(template.requestBodyAndHeader("remote:get_v1_employments_employment_id", null,
                RemoteConstants.EMPLOYMENT_ID, id, Employment.class).getId()).isEqualTo(id);

        Employment patched = template.requestBodyAndHeader(
                "remote:call?method=PATCH&path=/v1/employments/{employment_id}", Map.of("external_id", "via-call"),
                RemoteConstants.EMPLOYMENT_ID, id, Employment.class);
        assertThat(patched.getExternalId()).isEqualTo("via-call");

        Employment created = template.requestBody("remote:post_v1_sandbox_employments", Map.of("country_code",
                "PRT", "basic_information", Map.of("name", "Ana Test", "email", "ana@example.com", "job_title",
                        "Engineer")), Employment.class);
        assertThat(simulator().employment(created.getId())).isPresent();

        String timeoffId = firstTimeoffId();
        // A spec path runs as its operation, with its checks and its unwrapped answer...
        JsonNode timeoff = template.requestBody("remote:call?method=GET&path=/v1/timeoff/{id}&param.id=" + timeoffId,
                null, JsonNode.class);
        assertThat(timeoff.path("id").asText()).isEqualTo(timeoffId);
        // ...any other path is sent as given, every parameter not in the path as query, the answer returned whole.
        JsonNode whole = template.requestBody("remote:call?method=GET&path=/v1/timeoff/" + timeoffId
                + "&param.unused=1", null, JsonNode.class);
        assertThat(whole.path("data").path("timeoff").path("id").asText()).isEqualTo(timeoffId);

        assertThatThrownBy(() -> template.requestBody("remote:call?method=GET&path=/v1/not-in-the-spec", (Object) null))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(RemoteApiException.class)
                .satisfies(e -> assertThat(((RemoteApiException) e).status()).isEqualTo(404));
    }

    private String firstTimeoffId() {
        return ((JsonNode) template.requestBody("remote:listTimeoff?allPages=false", null, List.class).get(0))
                .path("id").asText();
    }

    @Test
    void theOperationHeaderOverridesTheEndpoint() {
        String id = simulator().seededEmploymentId(2);
        Object body = template.requestBodyAndHeaders("remote:listEmployments", null, Map.of(
                RemoteConstants.OPERATION, "getEmployment", RemoteConstants.EMPLOYMENT_ID, id));
        assertThat(body).isInstanceOf(Employment.class);
        assertThat(((Employment) body).getId()).isEqualTo(id);
    }

    @Test
    void mistakesFailEarlyWithTheFix() {
        assertThatThrownBy(() -> context.getEndpoint("remote:listEmploymnets"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown Remote operation 'listEmploymnets'")
                .hasMessageContaining("Did you mean listEmployments");
        assertThatThrownBy(() -> context.getEndpoint("remote:listEmployments?param.stauts=active"))
                .hasMessageContaining("param.stauts").hasMessageContaining("status");
        assertThatThrownBy(() -> context.getEndpoint("remote:listEmployments?pageSize=500"))
                .hasMessageContaining("pageSize");
        assertThatThrownBy(() -> context.getEndpoint("remote:call?method=GET"))
                .hasMessageContaining("method and path");
        assertThatThrownBy(() -> template.requestBody("remote:getEmployment", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'employment_id'").hasMessageContaining("header CamelRemoteEmploymentId")
                .hasMessageContaining("option employmentId");
        assertThatThrownBy(() -> template.requestBodyAndHeader("remote:getEmployment", null,
                RemoteConstants.PARAMETERS, Map.of("employment", "x")))
                .cause().hasMessageContaining(RemoteConstants.PARAMETERS).hasMessageContaining("employment_id");
    }
}
