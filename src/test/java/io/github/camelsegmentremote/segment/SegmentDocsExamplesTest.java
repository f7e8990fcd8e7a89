package io.github.camelsegmentremote.segment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The YAML example of the component docs runs as written, against the sandbox's EU workspace. */
class SegmentDocsExamplesTest extends CamelTestSupport {

    private static final Pattern YAML_EXAMPLE = Pattern.compile("(?s)\\[source,yaml]\\n----\\n(.*?)----");

    private static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void yamlAuditRouteLogsEverySource() throws Exception {
        Matcher example = YAML_EXAMPLE.matcher(Files.readString(Path.of("src/main/docs/segment-component.adoc"),
                StandardCharsets.UTF_8));
        assertThat(example.find()).isTrue();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try {
            context.getPropertiesComponent().addOverrideProperty("segment.token", SandboxTokens.SEGMENT_EU_TOKEN);
            // The example names no host: the component default points region eu at the sandbox's EU server.
            context.getComponent("segment", SegmentComponent.class).getConfiguration()
                    .setBaseUrl(sandbox.segmentEu().baseUrl());
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("audit.yaml",
                    example.group(1)));
            String expected = sandbox.segmentWorld().eu().sources().get(0).name() + " remote-hr";
            await().until(() -> logs.list.stream().anyMatch(e -> e.getFormattedMessage().equals(expected)));
        } finally {
            root.detachAppender(logs);
        }
    }
}
