package io.github.camelsegmentremote.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.sandbox.Fault;
import io.github.camelsegmentremote.sandbox.SandboxResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiClientTest {

    private static final String TOKEN = "sgp_fake-token-for-client-tests";

    private TestApi api;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        api = TestApi.start();
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    private ApiClient.Builder client() {
        return ApiClient.builder()
                .baseUrl(api.baseUrl() + "/")
                .authentication(Authentication.bearer(Secret.of(TOKEN)))
                .header("Accept", "application/vnd.segment.v1beta+json")
                .errorHandler(new TestErrors())
                .retryPolicy(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(30)))
                .sleeper(d -> waits.add(d));
    }

    @Test
    void sendsBearerTokenAcceptHeaderQueryAndJsonBody() {
        api.on("POST", "/things/{id}", r -> SandboxResponse.json(201, Map.of("data", Map.of("id", r.pathParam("id"),
                "echo", r.json(), "q", r.query("filter x")))));
        try (ApiClient client = client().build()) {
            String path = PathTemplate.of("/things/{id}").expand(Map.of("id", "a b")::get, "createThing",
                    "set header {name}");
            ApiRequest request = ApiRequest.builder("post", path)
                    .query("filter x", "ä&b")
                    .body(client.toJson(Map.of("name", "n"), "createThing"))
                    .build();
            JsonNode body = client.execute(request).json();

            assertThat(body.at("/data/id").asText()).isEqualTo("a b");
            assertThat(body.at("/data/echo/name").asText()).isEqualTo("n");
            assertThat(body.at("/data/q").asText()).isEqualTo("ä&b");
            var received = api.received.get(0);
            assertThat(received.header("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(received.header("Accept")).isEqualTo("application/vnd.segment.v1beta+json");
            assertThat(received.header("Content-Type")).startsWith("application/json");
            assertThat(received.header("User-Agent")).startsWith("camel-segment-remote/");
        }
    }

    @Test
    void basicAuthSendsUserWithEmptyPassword() {
        api.on("GET", "/v1/x", r -> SandboxResponse.json(200, Map.of()));
        try (ApiClient client = client().authentication(Authentication.basicUser(Secret.of("wk123"))).build()) {
            client.execute(ApiRequest.get("/v1/x"));
        }
        assertThat(api.received.get(0).header("Authorization")).isEqualTo("Basic d2sxMjM6");
    }

    @Test
    void errorCarriesStatusTypeMessageRequestIdAndNeverTheToken() {
        api.on("GET", "/secret", r -> SandboxResponse.json(401, Map.of("errors", List.of(Map.of("type",
                "unauthorized", "message", "Bad token " + TOKEN.substring(0, 4))))).header("X-Request-Id", "req-1"));
        try (ApiClient client = client().build()) {
            assertThatThrownBy(() -> client.execute(ApiRequest.builder("GET", "/secret").operation("getSecret")
                    .build()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.errorType()).isEqualTo("unauthorized");
                        assertThat(e.requestId()).isEqualTo("req-1");
                        assertThat(e.operation()).isEqualTo("getSecret");
                        assertThat(e.kind()).isEqualTo(ApiError.Kind.HTTP_STATUS);
                        assertThat(e.getMessage()).contains("getSecret (GET /secret) failed: HTTP 401",
                                "[unauthorized]", "request id req-1", "Check the token");
                        assertThat(e.getMessage()).doesNotContain(TOKEN);
                    });
        }
        assertThat(api.received).hasSize(1);
    }

    @Test
    void retriesGetOnServerErrorsThenSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        api.on("GET", "/flaky", r -> calls.incrementAndGet() < 3
                ? SandboxResponse.json(503, Map.of("errors", List.of(Map.of("type", "x", "message", "down"))))
                : SandboxResponse.json(200, Map.of("ok", true)));
        try (ApiClient client = client().build()) {
            assertThat(client.execute(ApiRequest.get("/flaky")).json().path("ok").asBoolean()).isTrue();
            assertThat(client.metrics().retries()).isEqualTo(2);
            assertThat(client.metrics().requests()).isEqualTo(3);
        }
        assertThat(waits).hasSize(2);
    }

    @Test
    void doesNotRetryPostOnServerErrorUnlessMarkedRetryable() {
        api.on("POST", "/create", r -> SandboxResponse.json(500, Map.of("errors", List.of(Map.of("type", "x",
                "message", "boom")))));
        try (ApiClient client = client().build()) {
            assertThatThrownBy(() -> client.execute(ApiRequest.builder("POST", "/create").body("{}".getBytes())
                    .build())).isInstanceOf(ApiException.class);
            assertThat(api.received).hasSize(1);

            assertThatThrownBy(() -> client.execute(ApiRequest.builder("POST", "/create").body("{}".getBytes())
                    .retryable(true).build()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ApiError.Kind.RETRIES_EXHAUSTED);
                        assertThat(e.status()).isEqualTo(500);
                        assertThat(e.getMessage()).contains("gave up after 4 attempts");
                    });
            assertThat(api.received).hasSize(5);
            assertThat(client.metrics().failures()).isEqualTo(2);
        }
    }

    @Test
    void retriesEvenPostOn429HonouringRetryAfter() {
        AtomicInteger calls = new AtomicInteger();
        api.on("POST", "/batch", r -> calls.incrementAndGet() == 1
                ? SandboxResponse.json(429, Map.of()).header("Retry-After", "2")
                : SandboxResponse.json(200, Map.of("success", true)));
        try (ApiClient client = client().build()) {
            client.execute(ApiRequest.builder("POST", "/batch").body("{}".getBytes()).build());
            assertThat(client.metrics().rateLimitedAnswers()).isEqualTo(1);
        }
        assertThat(waits).hasSize(1);
        assertThat(waits.get(0)).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2200));
    }

    @Test
    void honoursRemoteStyleResetHeaderInMilliseconds() {
        AtomicInteger calls = new AtomicInteger();
        api.on("GET", "/limited", r -> calls.incrementAndGet() == 1
                ? SandboxResponse.json(429, Map.of("message", "Too many requests")).header("x-ratelimit-reset", "1500")
                : SandboxResponse.json(200, Map.of()));
        try (ApiClient client = client().rateLimitHeaders(new RateLimitHeaders("x-ratelimit-remaining",
                "x-ratelimit-reset", RateLimitHeaders.ResetUnit.MILLIS_UNTIL)).build()) {
            client.execute(ApiRequest.get("/limited"));
        }
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(1500), Duration.ofMillis(1650));
    }

    @Test
    void retriesGetAfterConnectionReset() {
        api.on("GET", "/reset", r -> SandboxResponse.json(200, Map.of("ok", true)));
        api.server().faults().failNext(Fault.RESET, 2);
        try (ApiClient client = client().build()) {
            assertThat(client.execute(ApiRequest.get("/reset")).json().path("ok").asBoolean()).isTrue();
            assertThat(client.metrics().retries()).isEqualTo(2);
        }
    }

    @Test
    void resetOnNonRetryablePostIsSurfacedAsTransportError() {
        api.on("POST", "/reset", r -> SandboxResponse.json(200, Map.of()));
        api.server().faults().failNext(Fault.RESET, 1);
        try (ApiClient client = client().build()) {
            assertThatThrownBy(() -> client.execute(ApiRequest.builder("POST", "/reset").body("{}".getBytes())
                    .build()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ApiError.Kind.TRANSPORT);
                        assertThat(e.status()).isZero();
                    });
        }
    }

    @Test
    void malformedJsonIsAClearErrorNamingTheOperation() {
        api.on("GET", "/list", r -> SandboxResponse.json(200, Map.of("data", Map.of("items", List.of(1, 2, 3)))));
        api.server().faults().failNext(Fault.MALFORMED, 1);
        try (ApiClient client = client().build()) {
            ApiResponse response = client.execute(ApiRequest.builder("GET", "/list").operation("listThings").build());
            assertThatThrownBy(response::json)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ApiError.Kind.MALFORMED_RESPONSE);
                        assertThat(e.getMessage()).contains("listThings", "not valid JSON");
                    });
        }
    }

    @Test
    void stopsRetryingWhenTheTotalTimeWouldBePassed() {
        api.on("GET", "/slow", r -> SandboxResponse.json(429, Map.of()).header("Retry-After", "120"));
        try (ApiClient client = client().retryPolicy(new RetryPolicy(10, Duration.ofMillis(10),
                Duration.ofMillis(50), Duration.ofSeconds(60))).build()) {
            assertThatThrownBy(() -> client.execute(ApiRequest.get("/slow")))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ApiError.Kind.RETRIES_EXHAUSTED);
                        assertThat(e.status()).isEqualTo(429);
                        assertThat(e.getMessage()).contains("total retry time of 60 s");
                    });
        }
        assertThat(api.received).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void renewsCredentialOnceAfter401() {
        AtomicInteger renewals = new AtomicInteger();
        Authentication renewable = new Authentication() {
            @Override
            public String authorizationHeader() {
                return "Bearer token-" + renewals.get();
            }

            @Override
            public boolean renewAfterUnauthorized() {
                renewals.incrementAndGet();
                return true;
            }
        };
        api.on("GET", "/me", r -> "Bearer token-1".equals(r.header("Authorization"))
                ? SandboxResponse.json(200, Map.of()) : SandboxResponse.json(401, Map.of()));
        try (ApiClient client = client().authentication(renewable).build()) {
            client.execute(ApiRequest.get("/me"));
        }
        assertThat(renewals).hasValue(1);
        assertThat(api.received).hasSize(2);
    }

    @Test
    void refusesAMissingOrRelativeBaseUrlNamingTheOption() {
        assertThatThrownBy(() -> ApiClient.builder().errorHandler(new TestErrors()).build())
                .hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> ApiClient.builder().baseUrl("api.segmentapis.com").errorHandler(new TestErrors())
                .build()).hasMessageContaining("baseUrl must start with http");
    }

    @Test
    void missingPathParameterIsNamed() {
        assertThatThrownBy(() -> PathTemplate.of("/sources/{sourceId}/settings").expand(n -> null,
                "listSchemaSettingsInSource", "set option or header {name}"))
                .hasMessage("Operation listSchemaSettingsInSource needs the path parameter 'sourceId' "
                        + "(/sources/{sourceId}/settings): set option or header sourceId");
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        try (ApiClient client = client().build()) {
            assertThatThrownBy(() -> client.toJson("{\"name\": ", "createThing"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not valid JSON for createThing");
        }
    }

    @Test
    void toStringShowsNoCredential() {
        try (ApiClient client = client().build()) {
            assertThat(client.toString()).doesNotContain(TOKEN).contains("******");
        }
        assertThat(Secret.of(TOKEN).toString()).isEqualTo("******");
        assertThat(Authentication.basicUser(Secret.of("wk")).toString()).doesNotContain("wk");
    }
}
