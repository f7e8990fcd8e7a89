package io.github.camelsegmentremote.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.JsonBodies;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentCatalog;
import io.github.camelsegmentremote.sandbox.SegmentPublicApiSimulator;
import io.github.camelsegmentremote.sandbox.SegmentSource;
import io.github.camelsegmentremote.sandbox.SegmentWorkspace;
import io.github.camelsegmentremote.segment.model.Destination;
import io.github.camelsegmentremote.segment.model.Label;
import io.github.camelsegmentremote.segment.model.SchemaSettings;
import io.github.camelsegmentremote.segment.model.Source;
import io.github.camelsegmentremote.segment.model.TrackingPlan;
import io.github.camelsegmentremote.segment.model.Workspace;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The producer against the Public API simulator over HTTP: operations, paging, bodies, typed results. */
class SegmentProducerTest extends CamelTestSupport {

    private static Sandbox sandbox;
    private final RecordingHttpClient wire = new RecordingHttpClient();

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void resetSandbox() {
        sandbox.reset();
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("wire", wire.client());
    }

    private static String us(String operation, String options) {
        return "segment:" + operation + "?token=RAW(" + SandboxTokens.SEGMENT_US_TOKEN + ")&baseUrl="
                + sandbox.segmentUs().baseUrl() + (options.isEmpty() ? "" : "&" + options);
    }

    private static SegmentWorkspace usWorkspace() {
        return sandbox.segmentWorld().us();
    }

    private static String sourceId(String slug) {
        return usWorkspace().source(slug).orElseThrow().id();
    }

    private static long calls(String operation) {
        return ((SegmentPublicApiSimulator) sandbox.segmentUs().simulator()).calls(operation);
    }

    @Test
    void getWorkspaceGivesTheTypedWorkspace() {
        Workspace workspace = template.requestBody(us("getWorkspace", ""), (Object) null, Workspace.class);
        assertThat(workspace.getSlug()).isEqualTo("sandbox-us");
        assertThat(workspace.getId()).isEqualTo(usWorkspace().id());
    }

    @Test
    void sendsTheApiVersionInTheAcceptHeader() {
        template.requestBody(us("getWorkspace", "httpClient=#wire"), (Object) null);
        assertThat(wire.last().accept()).isEqualTo("application/vnd.segment.v1+json");
        template.requestBody(us("getWorkspace", "httpClient=#wire&apiVersion=v1alpha"), (Object) null);
        assertThat(wire.last().accept()).isEqualTo("application/vnd.segment.v1alpha+json");
        assertThat(wire.last().uri()).isEqualTo("/");
    }

    @Test
    void pagesOverHundredsOfSourcesLazily() {
        usWorkspace().addSources(450, "bulk");
        int total = usWorkspace().sourceCount();
        long before = calls("listSources");

        Exchange exchange = template.request(us("listSources", "pageSize=100"), e -> {
        });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(SegmentConstants.TOTAL_ENTRIES, Long.class)).isEqualTo(total);
        assertThat(calls("listSources") - before).as("only the first page before iterating").isEqualTo(1);

        Iterable<?> items = exchange.getMessage().getBody(Iterable.class);
        List<String> ids = new ArrayList<>();
        for (Object item : items) {
            ids.add(((Source) item).getId());
        }
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).containsAll(usWorkspace().sources().stream().map(SegmentSource::id)
                .toList());
        assertThat(calls("listSources") - before).as("one call per page").isEqualTo((total + 99) / 100);
    }

    @Test
    void splitsAllPagesInARoute() throws Exception {
        usWorkspace().addSources(250, "bulk");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:audit").to(us("listSources", "")).split(body()).streaming()
                        .setBody(simple("${body.name} ${body.slug}")).to("mock:sources");
            }
        });
        getMockEndpoint("mock:sources").expectedMessageCount(usWorkspace().sourceCount());
        template.sendBody("direct:audit", null);
        getMockEndpoint("mock:sources").assertIsSatisfied();
        assertThat(getMockEndpoint("mock:sources").getReceivedExchanges().get(0).getMessage()
                .getBody(String.class)).isEqualTo("Remote HR remote-hr");
    }

    @Test
    void readsOnePageAtATimeWithTheCursorHeaders() {
        usWorkspace().addSources(20, "bulk");
        int total = usWorkspace().sourceCount();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> headers = cursor == null ? Map.of() : Map.of(SegmentConstants.CURSOR, cursor);
            Exchange page = template.request(us("listSources", "pageSize=10&allPages=false"),
                    e -> e.getIn().setHeaders(new HashMap<>(headers)));
            assertThat(page.getException()).isNull();
            List<?> items = page.getMessage().getBody(List.class);
            assertThat(items).hasSizeLessThanOrEqualTo(10);
            items.forEach(item -> ids.add(((Source) item).getId()));
            assertThat(page.getMessage().getHeader(SegmentConstants.TOTAL_ENTRIES, Long.class)).isEqualTo(total);
            cursor = page.getMessage().getHeader(SegmentConstants.NEXT_CURSOR, String.class);
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo((total + 9) / 10);
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
    }

    @Test
    void pathParametersComeFromHeadersMapsOrTheUri() {
        String hr = sourceId("remote-hr");
        Source fromHeader = template.requestBodyAndHeader(us("getSource", ""), null, SegmentConstants.SOURCE_ID,
                hr, Source.class);
        assertThat(fromHeader.getSlug()).isEqualTo("remote-hr");
        Source fromMap = template.requestBodyAndHeader(us("getSource", ""), null,
                SegmentConstants.PATH_PARAMETERS, Map.of("sourceId", hr), Source.class);
        assertThat(fromMap.getId()).isEqualTo(hr);
        Source fromUri = template.requestBody(us("getSource", "sourceId=" + hr), (Object) null, Source.class);
        assertThat(fromUri.getWriteKeys()).containsExactly(SandboxTokens.SEGMENT_WRITE_KEY);
        // The header wins over the endpoint's option.
        Source overridden = template.requestBodyAndHeader(us("getSource", "sourceId=" + hr), null,
                SegmentConstants.SOURCE_ID, sourceId("web-app"), Source.class);
        assertThat(overridden.getSlug()).isEqualTo("web-app");
    }

    @Test
    void missingPathParameterSaysWhereItCanComeFrom() {
        assertThatThrownBy(() -> template.requestBody(us("getSource", ""), (Object) null))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .hasMessageContaining("Operation getSource needs the path parameter 'sourceId'")
                .hasMessageContaining("sourceId=...")
                .hasMessageContaining(SegmentConstants.SOURCE_ID)
                .hasMessageContaining(SegmentConstants.PATH_PARAMETERS);
    }

    @Test
    void unwrapFalseGivesTheWholeDataObject() {
        JsonNode data = template.requestBody(us("getSource", "unwrap=false&sourceId=" + sourceId("web-app")),
                (Object) null, JsonNode.class);
        assertThat(data.path("source").path("slug").asText()).isEqualTo("web-app");
        assertThat(data.path("trackingPlanId").asText()).isNotEmpty();
    }

    @Test
    void bodyMayBeAMapJsonTextOrAPojo() {
        Map<String, Object> create = Map.of("slug", "from-map", "enabled", true, "metadataId",
                SegmentCatalog.NODE_SOURCE_ID, "settings", Map.of("note", "x"));
        Source created = template.requestBody(us("createSource", ""), create, Source.class);
        assertThat(created.getSlug()).isEqualTo("from-map");
        assertThat(created.getMetadataId()).isEqualTo(SegmentCatalog.NODE_SOURCE_ID);

        Source renamed = template.requestBodyAndHeader(us("updateSource", ""), "{\"name\":\"From Map\"}",
                SegmentConstants.SOURCE_ID, created.getId(), Source.class);
        assertThat(renamed.getName()).isEqualTo("From Map");
        assertThat(renamed.getSettings()).containsEntry("note", "x");

        Label label = new Label("team", "platform");
        Label createdLabel = template.requestBody(us("createLabel", ""), Map.of("label", label), Label.class);
        assertThat(createdLabel.toString()).isEqualTo("team:platform");
        @SuppressWarnings("unchecked")
        List<Label> labels = template.requestBodyAndHeader(us("replaceLabelsInSource", ""),
                Map.of("labels", List.of(label)), SegmentConstants.SOURCE_ID, created.getId(), List.class);
        assertThat(labels).extracting(Label::toString).containsExactly("team:platform");
        assertThat(usWorkspace().source(created.getId()).orElseThrow().labels()).hasSize(1);
    }

    @Test
    void bodyThatIsNotJsonFailsBeforeAnyCall() {
        long before = calls("updateSource");
        assertThatThrownBy(() -> template.requestBodyAndHeader(us("updateSource", ""), "name=x",
                SegmentConstants.SOURCE_ID, sourceId("remote-hr")))
                .cause()
                .hasMessageContaining("The message body is not valid JSON for updateSource");
        assertThat(calls("updateSource")).isEqualTo(before);
    }

    @Test
    void operationHeaderOverridesTheEndpoint() {
        Object result = template.requestBodyAndHeader(us("getWorkspace", ""), null, SegmentConstants.OPERATION,
                "listLabels");
        assertThat(result).asList().isNotEmpty().allMatch(Label.class::isInstance);
        assertThatThrownBy(() -> template.requestBodyAndHeader(us("getWorkspace", ""), null,
                SegmentConstants.OPERATION, "listSourcez"))
                .cause().hasMessageContaining("Did you mean listSources");
        assertThatThrownBy(() -> template.requestBodyAndHeader(us("getWorkspace", ""), null,
                SegmentConstants.OPERATION, "identify"))
                .cause().hasMessageContaining("Tracking API call identify");
    }

    @Test
    void typedModelsKeepEverythingTheApiSent() {
        String web = sourceId("web-app");
        String raw = "outputClass=com.fasterxml.jackson.databind.JsonNode";
        assertRoundTrip(us("getSource", "sourceId=" + web), us("getSource", raw + "&sourceId=" + web),
                Source.class);
        assertRoundTrip(us("getWorkspace", ""), us("getWorkspace", raw), Workspace.class);
        assertRoundTrip(us("listSchemaSettingsInSource", "sourceId=" + web),
                us("listSchemaSettingsInSource", raw + "&sourceId=" + web), SchemaSettings.class);
        String destination = usWorkspace().destinations().get(0).id();
        assertRoundTrip(us("getDestination", "destinationId=" + destination),
                us("getDestination", raw + "&destinationId=" + destination), Destination.class);
        String plan = usWorkspace().trackingPlans().get(0).id();
        assertRoundTrip(us("getTrackingPlan", "trackingPlanId=" + plan),
                us("getTrackingPlan", raw + "&trackingPlanId=" + plan), TrackingPlan.class);
    }

    private <T> void assertRoundTrip(String typedUri, String rawUri, Class<T> type) {
        Object typed = template.requestBody(typedUri, (Object) null);
        assertThat(typed).isInstanceOf(type);
        JsonNode raw = template.requestBody(rawUri, (Object) null, JsonNode.class);
        assertThat((JsonNode) JsonBodies.MAPPER.valueToTree(typed)).as(type.getSimpleName()).isEqualTo(raw);
    }

    @Test
    void destinationsCarryInstanceAndCatalogIds() {
        Iterable<?> destinations = template.requestBody(us("listDestinations", ""), (Object) null,
                Iterable.class);
        List<Destination> list = new ArrayList<>();
        destinations.forEach(d -> list.add((Destination) d));
        assertThat(list).isNotEmpty();
        Destination amplitude = list.stream().filter(d -> SegmentCatalog.AMPLITUDE_DESTINATION_ID
                .equals(d.getMetadataId())).findFirst().orElseThrow();
        assertThat(amplitude.getId()).isNotEqualTo(amplitude.getMetadataId());
        Destination byInstanceId = template.requestBodyAndHeader(us("getDestination", ""), null,
                SegmentConstants.DESTINATION_ID, amplitude.getId(), Destination.class);
        assertThat(byInstanceId.getName()).isEqualTo(amplitude.getName());
    }

    @Test
    void schemaSettingsKeepForwardingOnlyWhenSent() {
        String web = sourceId("web-app");
        String target = sourceId("remote-hr");
        SchemaSettings settings = new SchemaSettings();
        settings.setForwardingViolationsTo(target);
        settings.setForwardingBlockedEventsTo(target);
        SchemaSettings updated = template.requestBodyAndHeader(us("updateSchemaSettingsInSource",
                "httpClient=#wire"), settings, SegmentConstants.SOURCE_ID, web, SchemaSettings.class);
        assertThat(updated.getForwardingViolationsTo()).isEqualTo(target);
        assertThat(updated.getForwardingBlockedEventsTo()).isEqualTo(target);
        assertThat(wire.last().method()).isEqualTo("PATCH");
        assertThat(wire.last().uri()).isEqualTo("/sources/" + web + "/settings");

        // Blank targets in a Map body are left out: that is what turns forwarding off.
        Map<String, Object> off = new HashMap<>();
        off.put("forwardingViolationsTo", null);
        off.put("forwardingBlockedEventsTo", "");
        off.put("track", Map.of("allowUnplannedEvents", false));
        template.requestBodyAndHeader(us("updateSchemaSettingsInSource", "httpClient=#wire"), off,
                SegmentConstants.SOURCE_ID, web);
        assertThat(wire.last().body()).isEqualTo("{\"track\":{\"allowUnplannedEvents\":false}}");
        SchemaSettings read = template.requestBodyAndHeader(us("listSchemaSettingsInSource", ""), null,
                SegmentConstants.SOURCE_ID, web, SchemaSettings.class);
        assertThat(read.getForwardingViolationsTo()).isNull();
        assertThat(read.getForwardingBlockedEventsTo()).isNull();
        assertThat(read.getTrack().getAllowUnplannedEvents()).isFalse();
    }

    @Test
    void queryParametersComeFromTheUriAndTheHeader() {
        Iterable<?> live = template.requestBody(us("listTrackingPlans", "query.type=LIVE"), (Object) null,
                Iterable.class);
        List<TrackingPlan> plans = new ArrayList<>();
        live.forEach(p -> plans.add((TrackingPlan) p));
        assertThat(plans).isNotEmpty().allMatch(p -> p.getType().equals("LIVE"));
        Iterable<?> library = template.requestBodyAndHeader(us("listTrackingPlans", "query.type=LIVE"), null,
                SegmentConstants.QUERY, Map.of("type", "PROPERTY_LIBRARY"), Iterable.class);
        library.forEach(p -> assertThat(((TrackingPlan) p).getType()).isEqualTo("PROPERTY_LIBRARY"));
    }

    @Test
    void deleteAnswersTheStatus() {
        Source created = template.requestBody(us("createSource", ""), Map.of("slug", "doomed", "enabled",
                true, "metadataId", SegmentCatalog.NODE_SOURCE_ID), Source.class);
        JsonNode status = template.requestBodyAndHeader(us("deleteSource", ""), null, SegmentConstants.SOURCE_ID,
                created.getId(), JsonNode.class);
        assertThat(status.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(usWorkspace().source(created.getId())).isEmpty();
    }
}
