package io.github.camelsegmentremote.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsegmentremote.sandbox.RemoteSimulator;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each shipped route (routes/*.yaml) with the shipped settings (routes/application.properties), unchanged, in both
 * runtimes against the sandbox: the Spring Boot app as README command 1 starts it, and plain Camel Main as the README
 * runs it ({@code org.apache.camel.main.Main -pl file:routes/application.properties}). In both: the sync identifies
 * every employee, a change reaches Segment through the webhook route, the copy route writes its plan, and no
 * endpoint URI holds a credential or a host (they are set on the components).
 */
class ShippedRoutesRuntimesTest {

    /** The two ways to run the routes. */
    enum Runtime { SPRING_BOOT, CAMEL_MAIN }

    private static final List<String> SECRETS = List.of(SandboxTokens.REMOTE_TOKEN, SandboxTokens.REMOTE_SIGNING_KEY,
            SandboxTokens.SEGMENT_WRITE_KEY, SandboxTokens.SEGMENT_US_TOKEN, SandboxTokens.SEGMENT_US_STAGING_TOKEN);

    private final ObjectMapper json = new ObjectMapper();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    @TempDir
    Path dataDir;
    private AutoCloseable running;
    private Sandbox ownSandbox;

    @BeforeEach
    void captureLogs() {
        logs.start();
        root().addAppender(logs);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @AfterEach
    void stop() throws Exception {
        root().detachAppender(logs);
        if (running != null) {
            running.close();
        }
        SandboxHolder.stop();
        if (ownSandbox != null) {
            ownSandbox.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Runtime.class)
    void everyShippedRouteRunsUnchanged(Runtime runtime) throws Exception {
        int port = FreePort.find();
        CamelContext context = runtime == Runtime.SPRING_BOOT ? springBoot(port) : camelMain(port);
        Sandbox sandbox = runtime == Runtime.SPRING_BOOT ? SandboxHolder.current() : ownSandbox;
        RemoteSimulator remote = sandbox.remoteSimulator();
        SegmentEventLog events = sandbox.segmentWorld().us().events();
        List<String> ids = remote.employmentIds().toList();

        for (String route : List.of("sync-remote-employees-to-segment", "remote-webhooks-to-segment",
                "copy-segment-sources")) {
            assertThat(context.getRouteController().getRouteStatus(route)).as(route).isEqualTo(ServiceStatus.Started);
        }
        // Job 1, polling: every employee identified once.
        await().atMost(Duration.ofSeconds(60)).until(() -> events.distinctUserIds() == ids.size());

        // Job 1b, live: an offboarding is delivered as a signed webhook and sent to Segment by the webhook route (the
        // next poll is an hour away).
        String leaver = ids.stream().filter(id -> "active".equals(remote.employment(id).orElseThrow()
                .path("status").asText())).findFirst().orElseThrow();
        remote.offboard(leaver);
        await().atMost(Duration.ofSeconds(30)).until(() -> "offboarding".equals(
                events.latestTraits(leaver).orElseThrow().path("status").asText()));
        await().atMost(Duration.ofSeconds(10)).until(() -> remote.deliveries().stream()
                .anyMatch(d -> d.body().contains(leaver) && d.delivered()));

        // Job 2: the plan of sandbox-us -> sandbox-us-staging, through segment-source and segment-target.
        JsonNode plan = awaitCopyOutput(dataDir.resolve("copy"));
        assertThat(plan.path("mode").asText()).isEqualTo("plan");
        assertThat(plan.path("plan").path("target").path("slug").asText()).isEqualTo("sandbox-us-staging");
        assertThat(plan.path("plan").path("sources").size()).isPositive();

        // The endpoint URIs carry only what differs per step: no credential, no host.
        List<String> uris = context.getEndpoints().stream().map(Endpoint::getEndpointUri)
                .filter(u -> u.startsWith("remote:") || u.startsWith("segment")).toList();
        assertThat(uris).isNotEmpty().allSatisfy(uri -> assertThat(uri).doesNotContain("token", "writeKey",
                "signingKey", "baseUrl", sandbox.remote().baseUrl(), sandbox.trackingUs().baseUrl(),
                sandbox.segmentUs().baseUrl(), SandboxTokens.REMOTE_TOKEN, SandboxTokens.SEGMENT_WRITE_KEY));
        // The copy's two named components (one endpoint per Public API version it needs).
        assertThat(uris).anyMatch(u -> u.startsWith("segment-source://getWorkspace"))
                .anyMatch(u -> u.startsWith("segment-target://getWorkspace"));

        // Camel Main logs the properties it was given unless told not to (routes/application.properties does).
        assertThat(logs.list).isNotEmpty().allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(SECRETS));
    }

    /** README command 1: the app in sandbox mode. */
    private CamelContext springBoot(int port) {
        SpringApplication application = CamelSegmentRemoteApplication.application();
        // Spring Boot sets logging up anew once the environment is ready: capture from then on.
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) e -> {
            logs.start();
            root().addAppender(logs);
        });
        ConfigurableApplicationContext app = application.run(
                "--server.port=" + port, "--app.sandbox=true", "--sync.initial-delay=0",
                "--sync.flush-interval=300", "--sync.data-directory=" + dataDir, "--copy.initial-delay=0",
                "--copy.output-dir=" + dataDir.resolve("copy"), "--camel.main.jmx-enabled=false");
        running = app;
        return app.getBean(CamelContext.class);
    }

    /**
     * Plain Camel Main with the README's arguments; the overrides are what a user sets in the environment for the
     * sandbox (REMOTE_API_TOKEN, REMOTE_BASE_URL, ...). The HTTP server for the webhook is what
     * camel-platform-http-main would start.
     */
    private CamelContext camelMain(int port) {
        ownSandbox = Sandbox.start();
        Main main = new Main();
        Map<String, String> overrides = Map.ofEntries(
                Map.entry("remote.token", SandboxTokens.REMOTE_TOKEN),
                Map.entry("remote.environment", "sandbox"),
                Map.entry("remote.base-url", ownSandbox.remote().baseUrl()),
                Map.entry("remote.requests-per-minute", "0"),
                Map.entry("remote.webhook-signing-key", SandboxTokens.REMOTE_SIGNING_KEY),
                Map.entry("segment.write-key", SandboxTokens.SEGMENT_WRITE_KEY),
                Map.entry("segment.tracking-base-url", ownSandbox.trackingUs().baseUrl()),
                Map.entry("sync.initial-delay", "0"),
                Map.entry("sync.flush-interval", "300"),
                Map.entry("sync.data-directory", dataDir.toString()),
                Map.entry("sync.webhook-auto-register", "true"),
                Map.entry("server.port", String.valueOf(port)),
                Map.entry("copy.source-token", SandboxTokens.SEGMENT_US_TOKEN),
                Map.entry("copy.source-base-url", ownSandbox.segmentUs().baseUrl()),
                Map.entry("copy.target-token", SandboxTokens.SEGMENT_US_STAGING_TOKEN),
                Map.entry("copy.target-base-url", ownSandbox.segmentUs().baseUrl()),
                Map.entry("copy.initial-delay", "0"),
                Map.entry("copy.output-dir", dataDir.resolve("copy").toString()),
                Map.entry("camel.main.jmx-enabled", "false"));
        overrides.forEach(main::addOverrideProperty);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
                server.setBindHost("127.0.0.1");
                server.setBindPort(port);
                try {
                    configured.getCamelContext().addService(new VertxPlatformHttpServer(server));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        Thread runner = new Thread(() -> {
            try {
                main.run(new String[] {"-pl", "file:routes/application.properties"});
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "camel-main");
        runner.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> main.getCamelContext() != null
                && main.getCamelContext().isStarted());
        running = () -> {
            main.completed();
            runner.join(30_000);
        };
        return main.getCamelContext();
    }

    private JsonNode awaitCopyOutput(Path dir) throws IOException {
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.isDirectory(dir) && !jsonFiles(dir).isEmpty());
        return json.readTree(jsonFiles(dir).get(0).toFile());
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).toList();
        }
    }
}
