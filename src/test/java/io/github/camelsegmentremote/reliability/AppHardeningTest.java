package io.github.camelsegmentremote.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelsegmentremote.app.CamelSegmentRemoteApplication;
import io.github.camelsegmentremote.client.Secret;
import io.github.camelsegmentremote.remote.RemoteWebhookSignature;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sync.SyncRuns;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The app bound to every interface (0.0.0.0; the test connects only to 127.0.0.1) with real-looking settings
 * against a sandbox of the test: Hawtio, Jolokia and the actuator need the admin login; the webhook path is open
 * but refuses forged, unsigned, replayed, oversized and non-JSON deliveries before anything is processed; without
 * a password the app does not start.
 */
@SpringBootTest(classes = CamelSegmentRemoteApplication.class, useMainMethod = SpringBootTest.UseMainMethod.ALWAYS,
                webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext
class AppHardeningTest {

    private static final int PORT = ForkedApp.freePort();
    private static final String ADMIN_PASSWORD = "reliability-fake-admin-password";
    private static final String WEBHOOKS = "/remote/webhooks";
    private static final String WEBHOOK_ROUTE = "remote-webhooks-to-segment";
    private static Sandbox sandbox;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        sandbox = Sandbox.builder().employees(50).start();
        String dataDir = Files.createTempDirectory("app-hardening").toString();
        registry.add("server.address", () -> "0.0.0.0");
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.user.password", () -> ADMIN_PASSWORD);
        registry.add("app.sandbox", () -> "false");
        registry.add("remote.token", () -> SandboxTokens.REMOTE_TOKEN);
        registry.add("remote.environment", () -> "sandbox");
        registry.add("remote.base-url", () -> sandbox.remote().baseUrl());
        registry.add("remote.requests-per-minute", () -> "0");
        registry.add("remote.webhook-signing-key", () -> SandboxTokens.REMOTE_SIGNING_KEY);
        registry.add("segment.write-key", () -> SandboxTokens.SEGMENT_WRITE_KEY);
        registry.add("segment.tracking-base-url", () -> sandbox.trackingUs().baseUrl());
        registry.add("sync.data-directory", () -> dataDir);
        registry.add("sync.initial-delay", () -> "0");
        registry.add("sync.interval", () -> "3600000");
        registry.add("sync.flush-interval", () -> "200");
        registry.add("sync.webhook-auto-register", () -> "false");
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Autowired
    CamelContext camelContext;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void firstSyncDone() {
        SyncRuns sync = camelContext.getRegistry().lookupByNameAndType("syncRuns", SyncRuns.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> sync.lastRun() != null);
    }

    private HttpResponse<String> get(String path, boolean login) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path));
        if (login) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void hawtioJolokiaAndTheActuatorNeedTheAdminLogin() throws Exception {
        String jolokiaUris = "/actuator/jolokia/read/org.apache.camel:context=*,type=endpoints,name=*/EndpointUri";
        for (String path : List.of("/actuator/hawtio/", "/actuator/jolokia/version", jolokiaUris, "/actuator/info")) {
            HttpResponse<String> anonymous = get(path, false);
            assertThat(anonymous.statusCode()).as("%s without login", path).isIn(401, 403, 302);
            if (anonymous.statusCode() == 302) {
                assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                        .contains("login"));
            }
            assertThat(anonymous.body()).doesNotContain("remote://", "segment://");
        }
        assertThat(get("/actuator/hawtio/", true).statusCode()).isEqualTo(200);
        HttpResponse<String> uris = get(jolokiaUris, true);
        assertThat(uris.statusCode()).isEqualTo(200);
        assertThat(uris.body()).contains("segment://batch", "remote://listEmployments");
        HttpResponse<String> health = get("/actuator/health", false);
        assertThat(health.statusCode()).as("health stays open for probes").isEqualTo(200);
        for (HttpResponse<String> shown : List.of(uris, health)) {
            assertThat(shown.body()).doesNotContain(SandboxTokens.REMOTE_TOKEN, SandboxTokens.SEGMENT_WRITE_KEY,
                    SandboxTokens.REMOTE_SIGNING_KEY, ADMIN_PASSWORD);
        }
    }

    @Test
    void badWebhookDeliveriesAreRefusedWithoutProcessingAndAGoodOneIsProcessed() throws Exception {
        String employment = sandbox.remoteSimulator().employmentIds().findFirst().orElseThrow();
        String event = "{\"event_type\":\"employment.details.updated\",\"employment_id\":\"" + employment + "\"}";
        long now = System.currentTimeMillis();
        long processedBefore = processed();
        long readsBefore = employmentReads();

        Map<String, HttpResponse<String>> refused = new LinkedHashMap<>();
        refused.put("forged signature", deliver(event, now, sign(event, now, "not-the-signing-key")));
        refused.put("no signature", deliver(event, now, null));
        refused.put("no timestamp", post(event, null, sign(event, now, SandboxTokens.REMOTE_SIGNING_KEY)));
        refused.put("ten-minute-old delivery (replay)", deliver(event, now - 600_000, sign(event, now - 600_000,
                SandboxTokens.REMOTE_SIGNING_KEY)));
        refused.put("body over 1 MiB", signed("{\"pad\":\"" + "x".repeat(1_100_000) + "\"}", now));
        refused.put("non-JSON body", signed("employment_id=" + employment, now));
        refused.put("JSON that is not an object", signed("[\"" + employment + "\"]", now));
        assertThat(refused).extractingFromEntries(Map.Entry::getKey, e -> e.getValue().statusCode()).containsExactly(
                tuple("forged signature", 401), tuple("no signature", 401), tuple("no timestamp", 400),
                tuple("ten-minute-old delivery (replay)", 401), tuple("body over 1 MiB", 413),
                tuple("non-JSON body", 400), tuple("JSON that is not an object", 400));
        refused.forEach((what, response) -> assertThat(response.body()).as(what)
                .doesNotContain(SandboxTokens.REMOTE_SIGNING_KEY));
        assertThat(refused.get("ten-minute-old delivery (replay)").body()).contains("tolerance");
        assertThat(processed()).as("nothing routed").isEqualTo(processedBefore);
        assertThat(employmentReads()).as("nothing read from Remote").isEqualTo(readsBefore);

        // The control: the same event, signed and fresh, goes through.
        assertThat(signed(event, System.currentTimeMillis()).statusCode()).isEqualTo(200);
        assertThat(processed()).isEqualTo(processedBefore + 1);
        assertThat(employmentReads()).isEqualTo(readsBefore + 1);
    }

    @Test
    void withoutAPasswordTheAppRefusesToStartOnANonLoopbackAddress() {
        assertThatThrownBy(() -> CamelSegmentRemoteApplication.application().run(
                "--server.address=0.0.0.0", "--server.port=" + ForkedApp.freePort(),
                "--spring.security.user.password=", "--spring.jmx.enabled=false", "--camel.main.jmx-enabled=false",
                "--app.sandbox=false", "--remote.token=" + SandboxTokens.REMOTE_TOKEN,
                "--remote.environment=sandbox", "--remote.base-url=" + sandbox.remote().baseUrl(),
                "--remote.webhook-signing-key=" + SandboxTokens.REMOTE_SIGNING_KEY,
                "--segment.write-key=" + SandboxTokens.SEGMENT_WRITE_KEY,
                "--segment.tracking-base-url=" + sandbox.trackingUs().baseUrl(),
                "--sync.initial-delay=3600000"))
                .rootCause().hasMessageContaining("non-loopback address").hasMessageContaining("APP_ADMIN_PASSWORD");
    }

    private long processed() throws Exception {
        return camelContext.getCamelContextExtension().getContextPlugin(ManagedCamelContext.class)
                .getManagedRoute(WEBHOOK_ROUTE).getExchangesTotal();
    }

    private static long employmentReads() {
        return sandbox.remoteSimulator().inspect().path("requests").path("GET /v1/employments/{employment_id}")
                .asLong();
    }

    private static String sign(String body, long timestamp, String key) {
        return RemoteWebhookSignature.sign(Secret.of(key), body.getBytes(StandardCharsets.UTF_8),
                Long.toString(timestamp));
    }

    private HttpResponse<String> signed(String body, long timestamp) throws Exception {
        return deliver(body, timestamp, sign(body, timestamp, SandboxTokens.REMOTE_SIGNING_KEY));
    }

    private HttpResponse<String> deliver(String body, long timestamp, String signature) throws Exception {
        return post(body, Long.toString(timestamp), signature);
    }

    private HttpResponse<String> post(String body, String timestamp, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + WEBHOOKS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header(RemoteWebhookSignature.TIMESTAMP_HEADER, timestamp);
        }
        if (signature != null) {
            request.header(RemoteWebhookSignature.SIGNATURE_HEADER, signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
