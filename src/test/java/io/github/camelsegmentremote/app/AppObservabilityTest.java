package io.github.camelsegmentremote.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsegmentremote.sandbox.FaultPlan;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sync.management.SyncManagement;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app's observability over real HTTP against the sandbox: a Jolokia bulk read of every Camel MBean answers
 * 200 and the sync's MBean has a stable name; progress lines and Hawtio's address in the log; the {@code sync}
 * dev console at the actuator; the sync's series and Camel's route metrics at {@code /actuator/prometheus}; the
 * sync's health check UP, DOWN while Remote fails, UP again; the components' own health checks on. Requests carry
 * the admin login, as they must where the app asks for one.
 */
@SpringBootTest(classes = CamelSegmentRemoteApplication.class, useMainMethod = SpringBootTest.UseMainMethod.ALWAYS,
                webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
// Spring Boot's tests turn metrics exporters off: this one is about the app's /actuator/prometheus.
@AutoConfigureObservability(tracing = false)
class AppObservabilityTest {

    private static final int PORT = FreePort.find();
    private static final String ADMIN_PASSWORD = "observability-test-admin-password";
    private static final String SYNC_MBEAN = "org.apache.camel:context=camel-segment-remote,type=services,"
            + "name=employmentSync";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        SandboxAppProperties.register(registry, PORT, 1000, ADMIN_PASSWORD);
        registry.add("sync.progress-every-pages", () -> "2");
    }

    @AfterAll
    static void stopSandbox() {
        SandboxHolder.stop();
    }

    @Autowired
    CamelContext camelContext;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private SyncManagement sync() {
        return camelContext.getRegistry().lookupByNameAndType("employmentSync", SyncManagement.class);
    }

    private HttpResponse<String> get(String path) throws Exception {
        String login = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .header("Authorization", "Basic " + login).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Jolokia read as Hawtio sends it: POST from the app's own origin (the app refuses GET and other origins). */
    private HttpResponse<String> jolokiaRead(String mbean) throws Exception {
        String login = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String request = json.writeValueAsString(json.createObjectNode().put("type", "read").put("mbean", mbean));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/actuator/jolokia"))
                .header("Authorization", "Basic " + login).header("Origin", "http://127.0.0.1:" + PORT)
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode syncHealth() throws Exception {
        return json.readTree(get("/actuator/health").body()).path("components").path("camelHealth")
                .path("details");
    }

    @Test
    void managementViewConsoleMetricsAndHealth(CapturedOutput output) throws Exception {
        await().atMost(Duration.ofSeconds(90)).until(() -> sync() != null
                && sync().history().counts().succeeded() >= 2);

        // Jolokia: every attribute of every Camel MBean reads, in one bulk request.
        HttpResponse<String> bulk = jolokiaRead("org.apache.camel:*");
        assertThat(bulk.statusCode()).isEqualTo(200);
        JsonNode all = json.readTree(bulk.body());
        assertThat(all.path("status").asInt()).as(bulk.body().substring(0, Math.min(500, bulk.body().length())))
                .isEqualTo(200);
        assertThat(all.path("value").has(SYNC_MBEAN)).as("the sync's MBean under its stable name").isTrue();
        assertThat(all.path("value").fieldNames()).toIterable().as("no Camel service named by an identity hash")
                .noneMatch(n -> n.contains("type=services") && n.contains("(0x"));
        assertThat(bulk.body()).doesNotContain("Target method not found")
                .doesNotContain(SandboxTokens.REMOTE_TOKEN).doesNotContain(SandboxTokens.SEGMENT_WRITE_KEY);
        JsonNode view = all.path("value").path(SYNC_MBEAN);
        assertThat(view.path("Health").asText()).isEqualTo("UP");
        assertThat(view.path("RunsSucceeded").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(view.path("IdentifiesSent").asLong()).isGreaterThanOrEqualTo(300);
        assertThat(view.path("KnownEmployments").asLong()).isEqualTo(300);
        assertThat(Instant.parse(view.path("LastSuccessfulRun").asText())).isAfter(Instant.now().minusSeconds(60));

        // The log: Hawtio's address at start, progress every 2 pages.
        assertThat(output.getOut()).contains("Hawtio: http://127.0.0.1:" + PORT + "/actuator/hawtio/")
                .containsPattern("Sync employmentSync progress: page 2 of 3 \\(66%\\), employees seen \\d+, "
                        + "changed \\d+, identifies sent \\d+, \\d+ employees/s, about \\d+ s left")
                .doesNotContain(ADMIN_PASSWORD);
        assertThat(get("/actuator/hawtio/").statusCode()).isEqualTo(200);

        // The sync dev console through the actuator; Camel's endpoint of every console (send, eval-language...) is
        // not exposed.
        HttpResponse<String> console = get("/actuator/sync");
        assertThat(console.statusCode()).isEqualTo(200);
        JsonNode sync = json.readTree(console.body()).path("syncs").path(0);
        assertThat(sync.path("name").asText()).isEqualTo("employmentSync");
        assertThat(sync.path("status").asText()).isEqualTo("UP");
        assertThat(sync.path("stateSize").asLong()).isEqualTo(300);
        assertThat(sync.path("lastRuns").path(0).path("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(get("/actuator/camel/send").statusCode()).isEqualTo(404);

        // Prometheus: the sync's series and Camel's route metrics, no secret.
        HttpResponse<String> scrape = get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        String metrics = scrape.body();
        assertThat(value(metrics, "camel_segment_remote_sync_runs_total\\{outcome=\"succeeded\",sync=\"employmentSync\"\\}"))
                .isGreaterThanOrEqualTo(2);
        assertThat(value(metrics, "camel_segment_remote_sync_identifies_sent_total\\{sync=\"employmentSync\"\\}"))
                .isGreaterThanOrEqualTo(300);
        assertThat(value(metrics, "camel_segment_remote_sync_employees_total\\{result=\"unchanged\",sync=\"employmentSync\"\\}"))
                .isGreaterThanOrEqualTo(300);
        assertThat(value(metrics, "camel_segment_remote_sync_run_duration_seconds_count\\{sync=\"employmentSync\"\\}"))
                .isGreaterThanOrEqualTo(2);
        assertThat(value(metrics, "camel_segment_remote_sync_state_employments\\{sync=\"employmentSync\"\\}"))
                .isEqualTo(300);
        assertThat(value(metrics, "camel_segment_remote_sync_last_success_timestamp_seconds\\{sync=\"employmentSync\"\\}"))
                .isGreaterThan(Instant.now().minusSeconds(60).getEpochSecond());
        assertThat(metrics).containsPattern("camel_exchanges_total\\{[^}]*routeId=\"sync-remote-employees-to-segment\"")
                .doesNotContain(SandboxTokens.REMOTE_TOKEN).doesNotContain(SandboxTokens.SEGMENT_WRITE_KEY)
                .doesNotContain(SandboxTokens.REMOTE_SIGNING_KEY);

        // Health: the sync's check and the components' own checks are UP.
        JsonNode health = syncHealth();
        assertThat(health.path("sync:employmentSync").asText()).isEqualTo("UP");
        // Remote's producer check (its credentials work) is on. Segment's registers for segment: Public API
        // producers; the shipped routes only send to the Tracking API, whose answers do not say whether a write
        // key is valid.
        String remoteCheck = java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(health.fieldNames(), 0), false)
                .filter(n -> n.startsWith("producer:remote-") && !n.endsWith(".data")).findFirst().orElseThrow();
        assertThat(health.path(remoteCheck).asText()).isEqualTo("UP");

        // Remote fails every request: the runs fail, the sync's check is DOWN with the reason; then UP again.
        SandboxHolder.current().remote().faults().plan(FaultPlan.NONE.withServerErrors(1.0, 503));
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> "DOWN".equals(syncHealth()
                    .path("sync:employmentSync").asText()));
            HttpResponse<String> down = get("/actuator/health");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(syncHealth().path(remoteCheck).asText()).as("Remote's own check").isEqualTo("DOWN");
            JsonNode details = syncHealth().path("sync:employmentSync.data");
            assertThat(details.path("sync.last.run.outcome").asText()).isEqualTo("FAILED");
            assertThat(json.readTree(jolokiaRead(SYNC_MBEAN).body()).path("value").path("Health")
                    .asText()).startsWith("DOWN: the last run failed");
            assertThat(value(get("/actuator/prometheus").body(),
                    "camel_segment_remote_sync_runs_total\\{outcome=\"failed\",sync=\"employmentSync\"\\}"))
                    .isGreaterThanOrEqualTo(1);
        } finally {
            SandboxHolder.current().remote().faults().reset();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> "UP".equals(syncHealth()
                .path("sync:employmentSync").asText()));
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        assertThat(m.find()).as("series %s in the scrape", series).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
