package io.github.camelsegmentremote.springboot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.segment.SegmentComponent;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A user's Camel Main application (org.apache.camel.main.Main, the runtime of Camel JBang): the same
 * {@code camel.component.*} properties as in Spring Boot configure both components, and a route that names no
 * option sends an identify for every employee of the sandbox.
 */
class UserCamelMainTest {

    private static final int EMPLOYEES = 20;

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(b -> b.employees(EMPLOYEES));

    @TempDir
    Path dir;

    @Test
    void componentLevelPropertiesConfigureBothComponents() throws Exception {
        Sandbox sandbox = SANDBOX.sandbox();
        Path route = dir.resolve("employees.yaml");
        Files.writeString(route, """
                - from:
                    uri: remote:listEmployments
                    steps:
                      - to: segment:identify
                """, StandardCharsets.UTF_8);
        Main main = new Main();
        main.addInitialProperty("camel.component.remote.token", SandboxTokens.REMOTE_TOKEN);
        main.addInitialProperty("camel.component.remote.environment", "sandbox");
        main.addInitialProperty("camel.component.remote.baseUrl", sandbox.remote().baseUrl());
        main.addInitialProperty("camel.component.segment.writeKey", SandboxTokens.SEGMENT_WRITE_KEY);
        main.addInitialProperty("camel.component.segment.region", "us");
        main.addInitialProperty("camel.component.segment.baseUrl", sandbox.trackingUs().baseUrl());
        main.addInitialProperty("camel.component.segment.flushInterval", "1s");
        main.addInitialProperty("camel.main.routesIncludePattern", "file:" + route);
        main.start();
        try {
            SegmentEventLog events = sandbox.segmentWorld().us().events();
            List<String> ids = sandbox.remoteSimulator().employmentIds().toList();
            await().atMost(Duration.ofSeconds(60)).until(() -> events.distinctUserIds() >= ids.size());
            assertThat(events.userIds()).containsExactlyInAnyOrderElementsOf(ids);
            SegmentComponent segment = main.getCamelContext().getComponent("segment", SegmentComponent.class);
            assertThat(segment.getConfiguration().getFlushInterval()).isEqualTo(1000);
        } finally {
            main.stop();
        }
    }
}
