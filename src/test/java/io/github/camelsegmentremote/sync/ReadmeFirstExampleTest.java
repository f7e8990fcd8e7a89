package io.github.camelsegmentremote.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.remote.RemoteComponent;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.segment.SegmentComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's first YAML example ("Using the components"), read from README.md as written, runs against the
 * sandbox: every active employment {@code remote:listEmployments} gives reaches Segment as an identify with the sync's
 * default traits, through the library's Employment converter. Only the hosts are the sandbox's (component baseUrl),
 * and the two properties the example refers to hold the sandbox's credentials.
 */
class ReadmeFirstExampleTest extends CamelTestSupport {

    private static final int EMPLOYEES = 30;
    private static final Pattern FIRST_YAML = Pattern.compile("(?s)## Using the components.*?```yaml\\n(.*?)```");

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(b -> b.employees(EMPLOYEES));

    static String readmeExample() throws Exception {
        Matcher m = FIRST_YAML.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(m.find()).as("README.md has a yaml block under 'Using the components'").isTrue();
        return m.group(1);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Sandbox sandbox = SANDBOX.sandbox();
        Properties p = new Properties();
        p.put("remote.token", SandboxTokens.REMOTE_TOKEN);
        p.put("segment.writeKey", SandboxTokens.SEGMENT_WRITE_KEY);
        context.getPropertiesComponent().setInitialProperties(p);
        RemoteComponent remote = new RemoteComponent();
        remote.getConfiguration().setBaseUrl(sandbox.remote().baseUrl());
        context.addComponent("remote", remote);
        SegmentComponent segment = new SegmentComponent();
        segment.getConfiguration().setBaseUrl(sandbox.trackingUs().baseUrl());
        context.addComponent("segment", segment);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("readme-first-example.yaml",
                readmeExample()));
        return context;
    }

    @Test
    void everyEmploymentArrivesAsAnIdentifyWithTheSyncsTraits() {
        Sandbox sandbox = SANDBOX.sandbox();
        SegmentEventLog events = sandbox.segmentWorld().us().events();
        // The example polls status=active.
        List<String> ids = sandbox.remoteSimulator().employmentIds().filter(id -> "active".equals(
                sandbox.remoteSimulator().employment(id).orElseThrow().path("status").asText())).toList();
        assertThat(ids).hasSizeGreaterThan(5);
        await().atMost(Duration.ofSeconds(40)).until(() -> events.distinctUserIds() >= ids.size());
        assertThat(events.userIds()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(events.accepted("identify")).isEqualTo(ids.size());
        String sample = ids.get(3);
        JsonNode employment = sandbox.remoteSimulator().employment(sample).orElseThrow();
        JsonNode traits = events.latestTraits(sample).orElseThrow();
        assertThat(traits.path("name").asText()).isEqualTo(employment.path("full_name").asText());
        assertThat(traits.path("employmentType").asText()).isEqualTo(employment.path("type").asText());
        assertThat(traits.path("countryCode").asText()).isEqualTo(employment.at("/country/alpha_2_code").asText());
        assertThat(traits.has("type")).as("the employment's own type is a trait, not the message type").isFalse();
    }
}
