package io.github.camelsegmentremote.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.sync.SyncRuns;
import io.github.camelsegmentremote.sync.SyncRunStats;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app started twice on the same data directory: the state survives the restart, so the second app sends
 * nothing Segment already accepted. While the first one runs, headless Chromium opens Hawtio's Camel routes page
 * and finds the sync route with completed exchanges (screenshot kept in target/hawtio/).
 */
class AppRestartAndHawtioTest {

    @AfterAll
    static void stopSandbox() {
        SandboxHolder.stop();
    }

    private static ConfigurableApplicationContext start(int port, Path dataDir) {
        return CamelSegmentRemoteApplication.application().run("--server.port=" + port, "--app.sandbox=true",
                "--sync.interval=1000", "--sync.initial-delay=0", "--sync.flush-interval=300",
                "--sync.data-directory=" + dataDir, "--copy.output-dir=" + dataDir.resolve("copy"),
                "--spring.jmx.enabled=true");
    }

    private static SyncRuns sync(ConfigurableApplicationContext app) {
        return app.getBean(CamelContext.class).getRegistry().lookupByNameAndType("syncRuns",
                SyncRuns.class);
    }

    @Test
    void stateSurvivesARestartAndHawtioShowsTheSyncRoute() throws Exception {
        Path dataDir = Files.createTempDirectory("app-restart-test");
        int port = FreePort.find();
        long acceptedAfterFirstApp;
        try (ConfigurableApplicationContext first = start(port, dataDir)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> sync(first).lastRun() != null);
            SyncRunStats run = sync(first).lastRun();
            assertThat(run.sentIdentifies()).isEqualTo(run.employeesSeen()).isPositive();
            checkHawtio(port);
            acceptedAfterFirstApp = events().accepted();
        }

        try (ConfigurableApplicationContext second = start(port, dataDir)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> sync(second).lastRun() != null);
            SyncRunStats run = sync(second).lastRun();
            assertThat(run.sentIdentifies()).as("nothing re-sent after the restart").isZero();
            assertThat(run.unchangedEmployees()).isEqualTo(run.employeesSeen());
            assertThat(events().accepted()).isEqualTo(acceptedAfterFirstApp);
        }
    }

    private static SegmentEventLog events() {
        return SandboxHolder.current().segmentWorld().us().events();
    }

    private static void checkHawtio(int port) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find();
        if (chromium == null) {
            // CI installs Chromium (.ci/run); elsewhere the browser check is optional.
            Assumptions.assumeTrue(System.getenv("CI") == null, "Chromium is required in CI");
            return;
        }
        String url = "http://127.0.0.1:" + port + "/actuator/hawtio/camel/routes";
        Pattern row = Pattern.compile("data-label=\"Name\"[^>]*>sync-remote-employees-to-segment</td>.*?"
                + "data-label=\"Completed\"[^>]*>(\\d+)</td>", Pattern.DOTALL);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Matcher m = row.matcher(chromium.dumpDom(url, 15000));
            return m.find() && Long.parseLong(m.group(1)) > 0;
        });
        chromium.screenshot(url, Path.of("target", "hawtio", "hawtio-camel-routes.png"), 15000);
        assertThat(Path.of("target", "hawtio", "hawtio-camel-routes.png")).isNotEmptyFile();
    }
}
