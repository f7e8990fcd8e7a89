package io.github.camelsegmentremote.copy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentCopyFixtures;
import io.github.camelsegmentremote.sandbox.SegmentWorkspace;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * routes/copy-segment-sources.camel.yaml as the app loads it, in a CamelContext with the copy.* properties pointing
 * at the sandbox: the timer runs the copy once and the route logs it and writes its JSON.
 */
class CopyRouteTest {

    private static final String ROUTE = "file:routes/copy-segment-sources.camel.yaml";
    /** Turned up to DEBUG for the test: this project's loggers and Camel's. */
    private static final List<String> LOGGERS = List.of("io.github.camelsegmentremote", "org.apache.camel");
    /**
     * Camel prints every resolved placeholder value, tokens included, at DEBUG on these: the docs tell users to keep
     * them quiet, and so does the test.
     */
    private static final List<String> PLACEHOLDER_LOGGERS = List.of("org.apache.camel.component.properties",
            "org.apache.camel.impl.engine.DefaultCamelContextExtension");

    private static Sandbox sandbox;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private CamelContext context;
    @TempDir
    Path outputDir;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void captureLogs() {
        logs.start();
        root().addAppender(logs);
        LOGGERS.forEach(name -> logger(name).setLevel(Level.DEBUG));
        PLACEHOLDER_LOGGERS.forEach(name -> logger(name).setLevel(Level.INFO));
    }

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        root().detachAppender(logs);
        LOGGERS.forEach(name -> logger(name).setLevel(null));
        PLACEHOLDER_LOGGERS.forEach(name -> logger(name).setLevel(null));
        sandbox.reset();
    }

    private static Logger root() {
        return logger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }

    /** The route's properties as the app's sandbox mode sets them, writing to the test's directory. */
    private Properties sandboxProperties(String mode) {
        Properties properties = new Properties();
        properties.setProperty("copy.source-token", SandboxTokens.SEGMENT_US_TOKEN);
        properties.setProperty("copy.source-region", "us");
        properties.setProperty("copy.source-base-url", sandbox.segmentUs().baseUrl());
        properties.setProperty("copy.target-token", SandboxTokens.SEGMENT_US_STAGING_TOKEN);
        properties.setProperty("copy.target-region", "us");
        properties.setProperty("copy.target-base-url", sandbox.segmentUs().baseUrl());
        properties.setProperty("copy.mode", mode);
        properties.setProperty("copy.selection", "all");
        properties.setProperty("copy.match-by", "slug");
        properties.setProperty("copy.copy-destinations", "false");
        properties.setProperty("copy.connect-tracking-plans", "true");
        properties.setProperty("copy.requests-per-second", "0");
        properties.setProperty("copy.initial-delay", "0");
        properties.setProperty("copy.repeat-count", "1");
        properties.setProperty("copy.period", "1000");
        properties.setProperty("copy.output-dir", outputDir.toString());
        return properties;
    }

    private void startRoute(Properties properties) throws Exception {
        context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context, ROUTE));
        context.start();
    }

    private List<Path> outputFiles() throws IOException {
        try (Stream<Path> files = Files.list(outputDir)) {
            return files.filter(f -> f.toString().endsWith(".json")).toList();
        }
    }

    private JsonNode awaitOutput() throws IOException {
        await().atMost(Duration.ofSeconds(20)).until(() -> !outputFiles().isEmpty());
        return CopyJson.MAPPER.readTree(outputFiles().get(0).toFile());
    }

    private List<String> messages() {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void timerRunsThePlanOnceLogsItAndWritesItsJson() throws Exception {
        startRoute(sandboxProperties("plan"));

        JsonNode run = awaitOutput();
        assertThat(run.path("mode").asText()).isEqualTo("plan");
        assertThat(run.has("report")).isFalse();
        JsonNode sources = run.path("plan").path("sources");
        assertThat(sources.size()).isEqualTo(6);
        sources.forEach(s -> assertThat(s.path("action").asText()).isEqualTo("create"));
        assertThat(run.path("plan").path("target").path("slug").asText()).isEqualTo("sandbox-us-staging");
        assertThat(messages()).anySatisfy(m -> assertThat(m).startsWith("Copy plan: sandbox-us (us")
                .contains("6 to create"));
        assertThat(sandbox.segmentWorld().usStaging().sourceCount()).isZero();
        assertThat(context.getRouteController().getRouteStatus("copy-segment-sources"))
                .isEqualTo(ServiceStatus.Started);
        assertNoTokenLogged();
    }

    @Test
    void applyModeCopiesAndWritesTheReportToo() throws Exception {
        startRoute(sandboxProperties("apply"));

        JsonNode run = awaitOutput();
        assertThat(run.path("mode").asText()).isEqualTo("apply");
        JsonNode report = run.path("report");
        assertThat(report.path("sources").size()).isEqualTo(6);
        report.path("sources").forEach(s -> assertThat(s.path("outcome").asText()).isEqualTo("created"));
        assertThat(sandbox.segmentWorld().usStaging().sourceCount()).isEqualTo(6);
        assertThat(messages()).anySatisfy(m -> assertThat(m).contains("Copy report: sandbox-us (us"));
        assertNoTokenLogged();
    }

    @Test
    void theItemOptionsReachTheCopyFromTheProperties() throws Exception {
        SegmentCopyFixtures.breadth(sandbox.segmentWorld());
        Properties properties = sandboxProperties("apply");
        properties.setProperty("copy.copy-destinations", "true");
        properties.setProperty("copy.create-tracking-plans", "true");
        properties.setProperty("copy.copy-filters", "false");
        startRoute(properties);

        JsonNode run = awaitOutput();
        assertThat(run.path("plan").path("options").path("items").toString()).contains("trackingPlans",
                "subscriptions").doesNotContain("filters");
        assertThat(sandbox.segmentWorld().usStaging().trackingPlans()).extracting(p -> p.name())
                .contains(SegmentCopyFixtures.MOBILE_PLAN);
        SegmentWorkspace staging = sandbox.segmentWorld().usStaging();
        String actions = staging.destinations().stream()
                .filter(d -> d.name().equals(SegmentCopyFixtures.ACTIONS_DESTINATION)).findFirst().orElseThrow().id();
        assertThat(staging.delivery().subscriptionsOf(actions)).hasSize(3);
        assertThat(staging.filtersOf(actions)).as("copy.copy-filters=false").isEmpty();
        assertNoTokenLogged();
    }

    @Test
    void withoutTokensTheRunIsSkippedWithAnInfoLine() throws Exception {
        Properties properties = sandboxProperties("apply");
        properties.setProperty("copy.source-token", "");
        properties.setProperty("copy.target-token", "");
        startRoute(properties);

        await().atMost(Duration.ofSeconds(10)).until(() -> logs.list.stream()
                .anyMatch(e -> e.getFormattedMessage().startsWith("Copying Segment sources is not configured")));
        ILoggingEvent skipped = logs.list.stream()
                .filter(e -> e.getFormattedMessage().startsWith("Copying Segment sources is not configured"))
                .findFirst().orElseThrow();
        assertThat(skipped.getLevel()).isEqualTo(Level.INFO);
        assertThat(skipped.getFormattedMessage()).contains("both workspace tokens are missing");
        assertThat(outputFiles()).isEmpty();
        assertThat(logs.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    }

    @Test
    void aCopyThatCannotStartIsOneErrorLineAndTheRouteGoesOn() throws Exception {
        Properties properties = sandboxProperties("plan");
        properties.setProperty("copy.target-token", SandboxTokens.SEGMENT_US_TOKEN);
        startRoute(properties);

        await().atMost(Duration.ofSeconds(10)).until(() -> logs.list.stream()
                .anyMatch(e -> e.getLevel() == Level.ERROR));
        ILoggingEvent error = logs.list.stream().filter(e -> e.getLevel() == Level.ERROR).findFirst().orElseThrow();
        assertThat(error.getFormattedMessage())
                .startsWith("Copying Segment sources failed: Source and target are the same workspace");
        assertThat(error.getThrowableProxy()).isNull();
        assertThat(outputFiles()).isEmpty();
        assertThat(context.getRouteController().getRouteStatus("copy-segment-sources"))
                .isEqualTo(ServiceStatus.Started);
    }

    private void assertNoTokenLogged() {
        for (ILoggingEvent event : logs.list) {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : event.getThrowableProxy().getMessage());
            assertThat(text).doesNotContain(SandboxTokens.SEGMENT_US_TOKEN, SandboxTokens.SEGMENT_US_STAGING_TOKEN);
        }
    }
}
