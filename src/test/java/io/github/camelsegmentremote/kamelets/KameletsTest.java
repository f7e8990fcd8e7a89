package io.github.camelsegmentremote.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.camelsegmentremote.sandbox.RemoteSimulator;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kamelets the jar ships under kamelets/: in the Kamelet catalog's form, and working under plain Camel Main with
 * camel-kamelet and camel-yaml-dsl against the sandbox, configured only at component level: the README's example
 * {@code kamelet:remote-employment-source} -> {@code kamelet:segment-identify-sink} identifies every active
 * employee (the Employment -> identify conversion is the library's type converter), and the track and batch sinks
 * deliver their messages.
 */
class KameletsTest {

    static final List<String> KAMELETS = List.of("remote-employment-source", "remote-webhook-source",
            "segment-identify-sink", "segment-track-sink", "segment-batch-sink");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"remote-employment-source", "remote-webhook-source", "segment-identify-sink",
            "segment-track-sink", "segment-batch-sink"})
    void followsTheKameletCatalogsConventions(String name) throws IOException {
        JsonNode kamelet = kamelet(name);
        assertThat(kamelet.path("kind").asText()).isEqualTo("Kamelet");
        assertThat(kamelet.path("metadata").path("name").asText()).isEqualTo(name);
        JsonNode annotations = kamelet.path("metadata").path("annotations");
        for (String annotation : List.of("camel.apache.org/kamelet.support.level", "camel.apache.org/provider",
                "camel.apache.org/kamelet.group", "camel.apache.org/kamelet.namespace")) {
            assertThat(annotations.path(annotation).asText()).as(annotation).isNotBlank();
        }
        assertThat(annotations.path("camel.apache.org/kamelet.icon").asText()).startsWith("data:image/svg+xml;base64,");
        assertThat(annotations.path("camel.apache.org/catalog.version").asText()).isEqualTo(projectVersion());
        assertThat(kamelet.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText())
                .isEqualTo(name.endsWith("-source") ? "source" : "sink");

        JsonNode definition = kamelet.path("spec").path("definition");
        assertThat(definition.path("title").asText()).isNotBlank();
        assertThat(definition.path("description").asText()).hasSizeGreaterThan(80);
        assertThat(definition.path("properties").size()).isPositive();
        definition.path("properties").properties().forEach(p -> {
            JsonNode property = p.getValue();
            assertThat(property.path("title").asText()).as(p.getKey()).isNotBlank();
            assertThat(property.path("description").asText()).as(p.getKey()).isNotBlank();
            assertThat(property.path("type").asText()).as(p.getKey()).isIn("string", "integer", "boolean");
            boolean secret = List.of("token", "writeKey", "signingKey").contains(p.getKey());
            assertThat(property.path("format").asText()).as(p.getKey()).isEqualTo(secret ? "password" : "");
            if (secret) {
                assertThat(property.path("x-descriptors").toString()).contains(
                        "urn:alm:descriptor:com.tectonic.ui:password", "urn:camel:group:credentials");
            }
        });
        // Every {{parameter}} of the template is a declared property.
        String template = kamelet.path("spec").path("template").toString();
        Matcher placeholder = Pattern.compile("\\{\\{\\??([A-Za-z]+)}}").matcher(template);
        while (placeholder.find()) {
            assertThat(definition.path("properties").has(placeholder.group(1))).as(placeholder.group(1)).isTrue();
        }
        assertThat(kamelet.path("spec").path("dependencies").toString()).contains("camel:kamelet",
                "mvn:io.github.camelsegmentremote:camel-segment-remote:" + projectVersion());
    }

    /** The README's Kamelet example, as written. */
    static String readmeExample() throws IOException {
        Matcher m = Pattern.compile("(?s)## Kamelets.*?```yaml\\n(.*?)```").matcher(Files.readString(Path.of("README.md")));
        assertThat(m.find()).as("README.md has a yaml block under 'Kamelets'").isTrue();
        assertThat(m.group(1)).contains("kamelet:remote-employment-source", "kamelet:segment-identify-sink");
        return m.group(1);
    }

    @Test
    void employmentSourceToIdentifySinkUnderCamelMain(@TempDir Path dir) throws Exception {
        Path readme = dir.resolve("readme-kamelet-example.camel.yaml");
        Files.writeString(readme, readmeExample());
        Main main = new Main();
        Map.of("camel.main.routes-include-pattern", "classpath:kamelets-test/kamelet-routes.camel.yaml,file:"
                + readme,
                "camel.component.remote.token", SandboxTokens.REMOTE_TOKEN,
                "camel.component.remote.environment", "sandbox",
                "camel.component.remote.base-url", sandbox.remote().baseUrl(),
                "camel.component.remote.requests-per-minute", "0",
                "camel.component.segment.write-key", SandboxTokens.SEGMENT_WRITE_KEY,
                "camel.component.segment.base-url", sandbox.trackingUs().baseUrl(),
                "camel.component.segment.flush-interval", "200").forEach(main::addOverrideProperty);
        main.start();
        try {
            RemoteSimulator remote = sandbox.remoteSimulator();
            SegmentEventLog events = sandbox.segmentWorld().us().events();
            List<String> active = remote.employmentIds().filter(id -> "active".equals(
                    remote.employment(id).orElseThrow().path("status").asText())).toList();
            assertThat(active).isNotEmpty();
            await().atMost(Duration.ofSeconds(60)).until(() -> active.stream().allMatch(id ->
                    events.identifies(id) == 1));
            JsonNode employment = remote.employment(active.get(0)).orElseThrow();
            JsonNode traits = events.latestTraits(active.get(0)).orElseThrow();
            assertThat(traits.path("email").asText()).isEqualTo(employment.path("work_email").asText());
            assertThat(traits.path("status").asText()).isEqualTo("active");
            assertThat(remote.employmentIds().filter(id -> !active.contains(id))).as("status=active reached Remote")
                    .allSatisfy(id -> assertThat(events.identifies(id)).isZero());

            await().atMost(Duration.ofSeconds(20)).until(() -> events.latestTraits("kamelet-user-2").isPresent()
                    && events.accepted("track") >= 1);
            assertThat(events.latestTraits("kamelet-user-2").orElseThrow().path("sink").asText()).isEqualTo("batch");
        } finally {
            main.stop();
        }
    }

    private static JsonNode kamelet(String name) throws IOException {
        try (InputStream in = KameletsTest.class.getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as("kamelets/" + name + ".kamelet.yaml on the class path").isNotNull();
            return YAML.readTree(in);
        }
    }

    private static String projectVersion() throws IOException {
        Matcher version = Pattern.compile("</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
