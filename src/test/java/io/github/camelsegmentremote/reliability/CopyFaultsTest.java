package io.github.camelsegmentremote.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxJson;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentSource;
import io.github.camelsegmentremote.sandbox.SegmentWorkspace;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shipped copy route (routes/copy-segment-sources.camel.yaml) applying the US workspace's sources, labels and
 * destinations to the staging workspace while 10% of the target's requests fail: 5% answered 503 before they reach
 * Segment, 5% answered 500 after Segment made the change. The route runs every 300 ms, as with
 * {@code copy.repeat-count=0}.
 * <p>
 * Promise: each run completes or stops with a report that lists what failed; the re-runs finish the copy; no
 * source, label or destination exists twice in the target, although some creations succeeded behind a 500.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CopyFaultsTest {

    private static final Logger LOG = LoggerFactory.getLogger(CopyFaultsTest.class);
    private static final int SOURCES = 30;

    @TempDir
    Path outputDir;

    @Test
    void aCopyThroughTargetErrorsReportsFailuresAndTheReRunsFinishItWithoutDuplicates() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().sourcesPerWorkspace(SOURCES).start();
                FaultProxy target = FaultProxy.failing(sandbox.segmentUs().baseUrl(), 0.05, 0.05, 11)) {
            CamelContext context = new DefaultCamelContext();
            context.getPropertiesComponent().setInitialProperties(properties(sandbox, target));
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context,
                    "file:routes/copy-segment-sources.camel.yaml"));
            try {
                context.start();
                await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(200))
                        .until(() -> runs().stream().anyMatch(CopyFaultsTest::nothingLeftToDo));
            } finally {
                context.close();
            }

            List<JsonNode> runs = runs();
            JsonNode first = runs.get(0);
            List<JsonNode> failed = stream(first.at("/report/sources")).filter(s -> s.path("outcome").asText()
                    .equals("failed")).toList();
            // A failed step is reported with its call and error; the steps before it stay done.
            assertThat(failed).as("steps the first run could not do, in its report").isNotEmpty()
                    .allSatisfy(s -> assertThat(s.path("error").asText()).contains("HTTP 5"));
            assertThat(target.errorsBefore()).isPositive();
            assertThat(target.errorsAfter()).as("changes made behind a 500").isPositive();

            SegmentWorkspace us = sandbox.segmentWorld().us();
            SegmentWorkspace staging = sandbox.segmentWorld().usStaging();
            assertThat(staging.sources()).extracting(SegmentSource::slug).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(us.sources().stream().map(SegmentSource::slug).toList());
            assertThat(staging.labels()).extracting(l -> l.key() + ":" + l.value()).doesNotHaveDuplicates();
            assertThat(destinationsPerSlug(staging)).isEqualTo(destinationsPerSlug(us));

            LOG.info("RELIABILITY copy: sources={} runs={} (until one found nothing to do) firstRun=[{}] "
                    + "failedInFirstRun={} target: 503 before={} 500 after={}", us.sourceCount(), runs.size(),
                    summary(first), failed.size(),
                    target.errorsBefore(), target.errorsAfter());
        }
    }

    private Properties properties(Sandbox sandbox, FaultProxy target) {
        Properties p = new Properties();
        p.setProperty("copy.source-token", SandboxTokens.SEGMENT_US_TOKEN);
        p.setProperty("copy.source-region", "us");
        p.setProperty("copy.source-base-url", sandbox.segmentUs().baseUrl());
        p.setProperty("copy.target-token", SandboxTokens.SEGMENT_US_STAGING_TOKEN);
        p.setProperty("copy.target-region", "us");
        p.setProperty("copy.target-base-url", target.baseUrl());
        p.setProperty("copy.mode", "apply");
        p.setProperty("copy.selection", "all");
        p.setProperty("copy.match-by", "slug");
        p.setProperty("copy.copy-destinations", "true");
        p.setProperty("copy.connect-tracking-plans", "true");
        p.setProperty("copy.requests-per-second", "0");
        p.setProperty("copy.initial-delay", "0");
        p.setProperty("copy.repeat-count", "0");
        p.setProperty("copy.period", "300");
        p.setProperty("copy.output-dir", outputDir.toString());
        return p;
    }

    /** The runs' JSON files, oldest first (their names carry the time). */
    private List<JsonNode> runs() throws IOException {
        try (Stream<Path> files = Files.list(outputDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().map(f -> {
                try {
                    return SandboxJson.MAPPER.readTree(f.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** A run that planned no change and failed nothing: the copy is complete. */
    private static boolean nothingLeftToDo(JsonNode run) {
        return run.at("/plan/labelsToCreate").isEmpty()
                && stream(run.at("/plan/sources")).allMatch(s -> s.path("action").asText().equals("unchanged")
                        && stream(s.path("destinations")).allMatch(d -> d.path("action").asText()
                                .equals("unchanged")))
                && run.at("/report/errors").isEmpty()
                && stream(run.at("/report/sources")).noneMatch(s -> s.path("outcome").asText().equals("failed"));
    }

    private static String summary(JsonNode run) {
        return stream(run.at("/report/sources")).collect(Collectors.groupingBy(s -> s.path("outcome").asText(),
                Collectors.counting())).toString();
    }

    private static Map<String, Long> destinationsPerSlug(SegmentWorkspace workspace) {
        Map<String, String> slugs = workspace.sources().stream().collect(Collectors.toMap(SegmentSource::id,
                SegmentSource::slug));
        return workspace.destinations().stream().collect(Collectors.groupingBy(d -> slugs.get(d.sourceId()),
                Collectors.counting()));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
