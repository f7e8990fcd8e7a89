package io.github.camelsegmentremote.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsegmentremote.sandbox.RemoteSimulator;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.sync.SyncRuns;
import io.github.camelsegmentremote.sync.SyncRunStats;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app as README command 1 starts it (sandbox mode, routes from routes/*.yaml), on a free port: the sync runs,
 * a second run sends nothing, a change sends exactly that employee, an offboarding shows, the live webhook path
 * delivers, and Hawtio and the health endpoint answer.
 */
@SpringBootTest(classes = CamelSegmentRemoteApplication.class, useMainMethod = SpringBootTest.UseMainMethod.ALWAYS,
                webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext
class AppSyncTest {

    private static final int PORT = FreePort.find();
    private static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        dataDir = Files.createTempDirectory("app-sync-test");
        registry.add("server.port", () -> PORT);
        registry.add("app.sandbox", () -> "true");
        registry.add("sync.interval", () -> "1000");
        registry.add("sync.initial-delay", () -> "0");
        registry.add("sync.flush-interval", () -> "300");
        registry.add("sync.data-directory", () -> dataDir.toString());
        registry.add("copy.mode", () -> "plan");
        registry.add("copy.output-dir", () -> dataDir.resolve("copy").toString());
    }

    @AfterAll
    static void stopSandbox() {
        SandboxHolder.stop();
    }

    @Autowired
    CamelContext camelContext;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private Sandbox sandbox() {
        return SandboxHolder.current();
    }

    private SyncRuns sync() {
        return camelContext.getRegistry().lookupByNameAndType("syncRuns", SyncRuns.class);
    }

    private SegmentEventLog events() {
        return sandbox().segmentWorld().us().events();
    }

    private SyncRunStats nextRun() {
        SyncRunStats previous = sync().lastRun();
        await().atMost(Duration.ofSeconds(60)).until(() -> sync().lastRun() != previous);
        return sync().lastRun();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void syncsTheSandboxAndShowsItInHawtioAndHealth() throws Exception {
        RemoteSimulator remote = sandbox().remoteSimulator();
        List<String> ids = remote.employmentIds().toList();
        await().atMost(Duration.ofSeconds(90)).until(() -> sync() != null && sync().lastRun() != null);

        // Every employee identified exactly once, with the right traits.
        assertThat(events().distinctUserIds()).isEqualTo(ids.size());
        List<String> active = ids.stream().filter(id -> "active".equals(remote.employment(id).orElseThrow()
                .path("status").asText())).toList();
        assertThat(active).isNotEmpty().allSatisfy(id -> {
            assertThat(events().identifies(id)).isEqualTo(1);
            JsonNode traits = events().latestTraits(id).orElseThrow();
            JsonNode employment = remote.employment(id).orElseThrow();
            assertThat(traits.path("email").asText()).isEqualTo(employment.path("work_email").asText());
            assertThat(traits.path("status").asText()).isEqualTo("active");
        });

        // A second run sends nothing.
        long accepted = events().accepted();
        assertThat(nextRun().sentIdentifies()).isZero();
        assertThat(events().accepted()).isEqualTo(accepted);

        // A change (made directly, no webhook) is sent by the next run, and only it.
        String changed = active.get(0);
        remote.updateEmployment(changed, Map.of("job_title", "Head of Sandboxes"));
        SyncRunStats afterChange = nextRun();
        assertThat(afterChange.sentIdentifies()).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Head of Sandboxes".equals(
                events().latestTraits(changed).orElseThrow().path("title").asText()));
        assertThat(events().identifies(changed)).isEqualTo(2);

        // An offboarding is reflected with the final status.
        String leaver = active.get(1);
        remote.offboard(leaver);
        await().atMost(Duration.ofSeconds(30)).until(() -> "offboarding".equals(
                events().latestTraits(leaver).orElseThrow().path("status").asText()));

        // The live path: the sandbox delivered signed webhooks to the app for these changes.
        await().atMost(Duration.ofSeconds(20)).until(() -> remote.deliveries().stream()
                .anyMatch(d -> d.body().contains(leaver) && d.delivered()));
        assertThat(remote.deliveries()).isNotEmpty().allSatisfy(d -> assertThat(d.delivered())
                .as("delivery %s answered %s %s", d.eventType(), d.status(), d.error()).isTrue());

        // Health includes Camel's checks; Hawtio and Jolokia answer without login on loopback.
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).path("status").asText()).isEqualTo("UP");
        assertThat(health.body()).contains("camelHealth").doesNotContain("ra_test_").doesNotContain("fake-write-key");
        assertThat(get("/actuator/hawtio/").statusCode()).isEqualTo(200);
        HttpResponse<String> routes = get("/actuator/jolokia/read/org.apache.camel:context=*,type=routes,name=*/"
                + "ExchangesCompleted");
        assertThat(routes.statusCode()).isEqualTo(200);
        assertThat(routes.body()).contains("sync-remote-employees-to-segment");
        HttpResponse<String> uris = get("/actuator/jolokia/read/org.apache.camel:context=*,type=endpoints,name=*/"
                + "EndpointUri");
        assertThat(sync().totals().sentIdentifies()).isGreaterThanOrEqualTo(ids.size());
        assertThat(uris.body()).contains("segment://batch").doesNotContain("sandbox-fake-write-key")
                .doesNotContain("ra_test_");
    }
}
