package io.github.camelsegmentremote.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.remote.RemoteComponent;
import io.github.camelsegmentremote.remote.RemoteConstants;
import io.github.camelsegmentremote.remote.RemoteEnvironment;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.segment.SegmentComponent;
import io.github.camelsegmentremote.segment.SegmentConstants;
import io.github.camelsegmentremote.sync.EmploymentChanges;
import io.github.camelsegmentremote.sync.FileSyncStateStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of bad inputs, each sent to one running context: endpoint URIs with unknown operations and options,
 * missing and out-of-range parameters, bodies of the wrong type or size, bad regions and environments. Promise:
 * each fails with a message that names the option or field and the fix, never a credential; the context keeps
 * running and a good call still works afterwards. Inputs that look odd but are valid (null traits, unicode and very
 * long names) are sent and arrive intact.
 */
class BadInputCorpusTest {

    private static final String PUBLIC_API_TOKEN = SandboxTokens.SEGMENT_US_TOKEN;
    private static Sandbox sandbox;
    private static CamelContext context;
    private static ProducerTemplate template;

    /**
     * One bad input.
     *
     * @param name     what is wrong
     * @param uri      the endpoint it is sent to (or, with from: prefix, a route consuming it)
     * @param body     the message body
     * @param headers  message headers
     * @param expected substrings of the error's message chain
     */
    record BadInput(String name, String uri, Object body, Map<String, Object> headers, List<String> expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static BadInput bad(String name, String uri, Object body, Map<String, Object> headers,
            String... expected) {
        return new BadInput(name, uri, body, headers, List.of(expected));
    }

    private static BadInput bad(String name, String uri, Object body, String... expected) {
        return bad(name, uri, body, Map.of(), expected);
    }

    private static BadInput badUri(String name, String uri, String... expected) {
        return bad(name, uri, null, Map.of(), expected);
    }

    private static Map<String, Object> identify(String userId, Object traits) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", userId);
        body.put("traits", traits);
        return body;
    }

    static Stream<BadInput> corpus() {
        String trackingUrl = sandbox.trackingUs().baseUrl();
        String track = "segment:track?batchSize=1&baseUrl=" + trackingUrl;
        String identify = "segment:identify?batchSize=1&baseUrl=" + trackingUrl;
        return Stream.of(
                // Endpoint URIs: operations and options.
                badUri("unknown Public API operation", "segment:listSourcez",
                        "Unknown Segment Public API operation 'listSourcez'", "Did you mean listSources?"),
                badUri("unknown Remote operation", "remote:listEmploymentz",
                        "Unknown Remote operation 'listEmploymentz'", "Did you mean listEmployments"),
                badUri("empty segment operation", "segment://?region=us",
                        "The segment: endpoint needs an operation, e.g. segment:listSources"),
                badUri("unknown segment option", "segment:listSources?pageSise=10",
                        "Unknown parameters=[{pageSise=10}]"),
                badUri("unknown remote option", "remote:listEmployments?pageSise=10",
                        "Unknown parameters=[{pageSise=10}]"),
                badUri("unknown Remote spec parameter", "remote:listEmployments?param.colour=blue",
                        "Option param.colour: operation listEmployments (GET /v1/employments) has no parameter "
                                + "'colour'", "Its parameters: company_id"),
                badUri("Public API page size over 200", "segment:listSources?pageSize=500",
                        "Option pageSize must be 1 to 200 (Segment's largest page), was 500"),
                badUri("Public API page size 0", "segment:listSources?pageSize=0",
                        "Option pageSize must be 1 to 200 (Segment's largest page), was 0"),
                badUri("Remote page size over 100", "remote:listEmployments?pageSize=101",
                        "Option pageSize must be between 1 and 100 (Remote's maximum), was 101"),
                badUri("Remote page 0", "remote:listEmployments?page=0&allPages=false",
                        "Option page is 1-based, was 0"),
                // Camel's own type conversion: it names the option and the value, not the allowed values.
                badUri("invalid region", "segment:listSources?region=mars",
                        "with name: region", "SegmentRegion does not have any constant with value: mars"),
                badUri("invalid environment", "remote:listEmployments?environment=staging",
                        "with name: environment", "RemoteEnvironment does not have any constant with value: staging"),
                badUri("invalid API version", "segment:listSources?apiVersion=v2",
                        "with name: apiVersion", "SegmentApiVersion does not have any constant with value: v2"),
                badUri("flush interval not a duration", "segment:identify?flushInterval=soon",
                        "with name: flushInterval", "with value: soon"),
                badUri("operation not in the Config API", "segment:createSource?apiFamily=config",
                        "Unknown Segment Config API operation 'createSource'",
                        "offers only these read operations: listWorkspaces"),
                badUri("generic call without method and path", "remote:call",
                        "Operation call needs options method and path, e.g. remote:call?method=GET"),
                badUri("webhook used as a producer", "remote:webhook?signingKey=RAW(k)",
                        "remote:webhook receives Remote's deliveries: use it in from()"),
                badUri("webhook without a signing key", "from:remote:webhook",
                        "Option signingKey is required for remote:webhook", "webhookAutoRegister=true"),
                badUri("webhook path without a slash", "from:remote:webhook?signingKey=RAW(k)&webhookPath=hooks",
                        "Option webhookPath must start with /, was hooks"),
                badUri("polling a single-resource operation", "from:remote:getEmployment?employmentId=x",
                        "answers one resource and cannot be polled: poll a list operation"),
                badUri("negative requests per minute", "remote:listEmployments?requestsPerMinute=-1",
                        "Option requestsPerMinute must be 0 (no client-side limit) or more, was -1"),
                badUri("no attempts", "remote:listEmployments?maxAttempts=0",
                        "Option maxAttempts must be at least 1, was 0"),
                badUri("Tracking batch over 2500 messages", "segment:identify?batchSize=3000",
                        "Option batchSize must be between 1 and 2500", "was 3000"),
                badUri("Tracking batch of 0", "segment:identify?batchSize=0",
                        "Option batchSize must be between 1 and 2500", "was 0"),
                badUri("Tracking batch over 500 KB", "segment:identify?maxBatchBytes=600000",
                        "Option maxBatchBytes must be between 32816", "512000 (500 KB), was 600000"),
                // Missing parameters and credentials.
                bad("Remote path parameter missing", "remote:getEmployment", null,
                        "needs the path parameter 'employment_id': set header CamelRemoteEmploymentId"),
                bad("Public API path parameter missing", "segment:getSource", null,
                        "Operation getSource needs the path parameter 'sourceId'", "header CamelSegmentSourceId"),
                bad("Public API token missing", "segment:getWorkspace?token=", null,
                        "Option token is required for Public API operation getWorkspace: set token=RAW("),
                bad("write key missing", "segment:identify?writeKey=&baseUrl=" + trackingUrl, identify("u", Map.of()),
                        "Option writeKey is required for Tracking API call identify: set writeKey=RAW("),
                // Bodies.
                bad("identify body that is not JSON", identify, "userId=u1",
                        "The body of the identify exchange is not valid JSON"),
                bad("identify body of the wrong type", identify, 42,
                        "The identify message must be a JSON object (a SegmentMessage, Map, JsonNode, JSON text or "
                                + "POJO), was number"),
                bad("identify without userId or anonymousId", identify, Map.of("traits", Map.of("a", 1)),
                        "has neither userId nor anonymousId; Segment requires one of them"),
                bad("identify with traits that are not an object", identify, identify("u2", "manager"),
                        "The traits of the identify message for userId 'u2' must be a JSON object (a Map), was "
                                + "string"),
                bad("track without an event name", track, Map.of("userId", "u3"),
                        "The track message for userId 'u3' has no event name: set event"),
                bad("message over 32 KB", identify, identify("u4", Map.of("bio", "x".repeat(40_000))),
                        "The identify message for userId 'u4' is 40143 bytes serialised",
                        "above Segment's limit of 32768 bytes (32 KB) per message; it was not sent"),
                bad("very long unicode userId", identify, identify("ü".repeat(20_000), Map.of()),
                        "above Segment's limit of 32768 bytes (32 KB) per message"),
                bad("timestamp that is not a date", identify, Map.of("userId", "u5", "timestamp", "yesterday"),
                        "The timestamp \"yesterday\"", "is not an ISO-8601 date-time with offset"),
                bad("Public API operation in the operation header of a Tracking endpoint", identify,
                        identify("u6", Map.of()), Map.of(SegmentConstants.OPERATION, "listSources"),
                        "Operation 'listSources' is not a Tracking API call"),
                bad("batch message without a type", "segment:batch?batchSize=1&baseUrl=" + trackingUrl,
                        Map.of("userId", "u7"), "has no type: each message of a batch needs type identify"),
                bad("unknown message type in a batch", "segment:batch?batchSize=1&baseUrl=" + trackingUrl,
                        List.of(Map.of("type", "shout", "userId", "u8")),
                        "has type 'shout'; Segment knows identify, track"),
                bad("Remote request body that is not JSON", "remote:createWebhookCallback", "url=http://x",
                        "The message body is not valid JSON for createWebhookCallback",
                        "Send a Map, a JsonNode, a POJO or a JSON string"),
                bad("unicode employment id with a path traversal", "remote:getEmployment", null,
                        Map.of(RemoteConstants.EMPLOYMENT_ID, "ßüñ/../employments"),
                        "getEmployment (GET /v1/employments/%C3%9F%C3%BC%C3%B1%2F..%2Femployments) failed: HTTP 404",
                        "Check the ids in the path"),
                bad("employment without an id for the sync mapping", "bean:employmentChanges?method=fullRecord",
                        Map.of("full_name", "Nobody"),
                        "The employment has no 'id': not a Remote employment record? Fields present: full_name"));
    }

    @BeforeAll
    static void startContext() throws Exception {
        sandbox = Sandbox.start();
        context = new DefaultCamelContext();
        var remote = context.getComponent("remote", RemoteComponent.class).getConfiguration();
        remote.setToken(SandboxTokens.REMOTE_TOKEN);
        remote.setEnvironment(RemoteEnvironment.sandbox);
        remote.setBaseUrl(sandbox.remote().baseUrl());
        remote.setRequestsPerMinute(0);
        var segment = context.getComponent("segment", SegmentComponent.class).getConfiguration();
        segment.setToken(PUBLIC_API_TOKEN);
        segment.setWriteKey(SandboxTokens.SEGMENT_WRITE_KEY);
        segment.setBaseUrl(sandbox.segmentUs().baseUrl());
        EmploymentChanges changes = new EmploymentChanges();
        changes.setStateStore(new FileSyncStateStore(java.nio.file.Files.createTempDirectory("bad-input-sync")));
        changes.start();
        context.getRegistry().bind("employmentChanges", changes);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:control").to("remote:getEmployment").to("segment:getWorkspace");
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterAll
    static void stopContext() throws Exception {
        context.close();
        sandbox.close();
    }

    @AfterEach
    void contextStillWorks() {
        assertThat(context.getStatus().isStarted()).isTrue();
        Exchange control = template.request("direct:control", e -> e.getMessage().setHeader(
                RemoteConstants.EMPLOYMENT_ID, sandbox.remoteSimulator().seededEmploymentId(1)));
        assertThat(control.getException()).as("a good call after the bad one").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void failsWithAMessageNamingTheFix(BadInput input) {
        String messages = failure(input);
        assertThat(messages).as(input.name()).contains(input.expected());
        for (String secret : List.of(SandboxTokens.REMOTE_TOKEN, PUBLIC_API_TOKEN, SandboxTokens.SEGMENT_WRITE_KEY)) {
            assertThat(messages).doesNotContain(secret);
        }
    }

    static Stream<Map<String, Object>> validEdgeInputs() {
        return Stream.of(
                identify("null-traits", null),
                identify("unicode-name", Map.of("name", "Zoë Ångström-Øster 李小龙 🚀", "title", "Ingénieure")),
                identify("long-name", Map.of("name", "N".repeat(5_000))),
                identify("用户-ü-1", Map.of("email", "zoë@例え.jp")),
                identify("null-trait-values", nullManager()));
    }

    private static Map<String, Object> nullManager() {
        Map<String, Object> traits = new LinkedHashMap<>();
        traits.put("name", "Null Fields");
        traits.put("manager", null);
        return traits;
    }

    @ParameterizedTest
    @MethodSource("validEdgeInputs")
    void edgeInputsThatAreValidArriveIntact(Map<String, Object> body) {
        Exchange sent = template.send("segment:identify?batchSize=1&baseUrl=" + sandbox.trackingUs().baseUrl(),
                e -> e.getMessage().setBody(body));
        assertThat(sent.getException()).isNull();
        String userId = (String) body.get("userId");
        var events = sandbox.segmentWorld().us().events();
        assertThat(events.identifies(userId)).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> traits = (Map<String, Object>) body.get("traits");
        if (traits != null) {
            JsonNode received = events.latestTraits(userId).orElseThrow();
            traits.forEach((name, value) -> {
                JsonNode field = received.path(name);
                if (value == null) {
                    assertThat(field.isMissingNode() || field.isNull()).as("%s left out or null", name).isTrue();
                } else {
                    assertThat(field.asText()).as(name).isEqualTo(value);
                }
            });
        }
    }

    /** The messages of the failure's cause chain, one per line. */
    private static String failure(BadInput input) {
        Throwable failure;
        if (input.uri().startsWith("from:")) {
            failure = addingRouteFails(input.uri().substring("from:".length()));
        } else {
            try {
                failure = template.send(input.uri(), e -> {
                    e.getMessage().setBody(input.body());
                    e.getMessage().setHeaders(new LinkedHashMap<>(input.headers()));
                }).getException();
            } catch (RuntimeException endpointRefused) {
                failure = endpointRefused;
            }
        }
        assertThat(failure).as("%s must fail", input.name()).isNotNull();
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(t.getClass().getSimpleName() + ": " + t.getMessage());
        }
        return String.join("\n", messages);
    }

    private static Throwable addingRouteFails(String uri) {
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).routeId("bad-consumer").to("log:never");
                }
            });
        } catch (Exception e) {
            return e;
        } finally {
            if (context.getRoute("bad-consumer") != null) {
                try {
                    context.getRouteController().stopRoute("bad-consumer");
                    context.removeRoute("bad-consumer");
                } catch (Exception ignored) {
                    // the route never started
                }
            }
        }
        return null;
    }
}
