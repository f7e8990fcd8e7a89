package io.github.camelsegmentremote.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.sync.SyncRuns;
import io.github.camelsegmentremote.sync.SyncRunStats;
import io.github.camelsegmentremote.reliability.ChromiumSession;
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

    private static final String ADMIN_PASSWORD = "app-test-fake-admin-password";

    @AfterAll
    static void stopSandbox() {
        SandboxHolder.stop();
    }

    private static ConfigurableApplicationContext start(int port, Path dataDir) {
        return CamelSegmentRemoteApplication.application().run("--server.port=" + port, "--app.sandbox=true",
                "--spring.security.user.password=" + ADMIN_PASSWORD,
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
            // Identified from the list, then enriched from the full record: one or two identifies each.
            assertThat(run.employeesSeen()).isPositive();
            assertThat(run.fullRecordsRead()).isEqualTo(run.employeesSeen());
            assertThat(run.sentIdentifies()).isBetween(run.employeesSeen(), 2 * run.employeesSeen());
            checkHawtio(port);
            acceptedAfterFirstApp = events().accepted();
        }

        try (ConfigurableApplicationContext second = start(port, dataDir)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> sync(second).lastRun() != null);
            SyncRunStats run = sync(second).lastRun();
            assertThat(run.sentIdentifies()).as("nothing re-sent after the restart").isZero();
            assertThat(run.unchangedEmployees()).isEqualTo(run.employeesSeen());
            // The first app stopped its embedded sandbox when it closed; the second one's (same seeded employees)
            // received nothing at all.
            assertThat(acceptedAfterFirstApp).isPositive();
            assertThat(events().accepted()).isZero();
        }
    }

    private static SegmentEventLog events() {
        return SandboxHolder.current().segmentWorld().us().events();
    }

    private static void checkHawtio(int port) throws Exception {
        Path executable = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(executable)) {
            // CI installs Chromium (.ci/run); elsewhere the browser check is optional.
            Assumptions.assumeTrue(System.getenv("CI") == null, "Chromium is required in CI");
            return;
        }
        Pattern row = Pattern.compile("sync-remote-employees-to-segment\\s+Started\\s+\\S+\\s+(\\d+)");
        try (ChromiumSession chromium = ChromiumSession.start(executable)) {
            // Hawtio asks for the login on loopback too.
            chromium.navigate("http://127.0.0.1:" + port + "/actuator/hawtio/");
            chromium.awaitText(t -> t.contains("Log in to your account"), Duration.ofSeconds(60));
            chromium.type("#pf-login-username-id", "admin");
            chromium.type("#pf-login-password-id", ADMIN_PASSWORD);
            chromium.click("button[type=submit]");
            chromium.awaitText(t -> !t.contains("Log in to your account"), Duration.ofSeconds(60));
            chromium.navigate("http://127.0.0.1:" + port + "/actuator/hawtio/camel/routes");
            chromium.awaitText(t -> {
                Matcher m = row.matcher(t);
                return m.find() && Long.parseLong(m.group(1)) > 0;
            }, Duration.ofSeconds(120));
            chromium.screenshot(Path.of("target", "hawtio", "hawtio-camel-routes.png"));
        }
        assertThat(Path.of("target", "hawtio", "hawtio-camel-routes.png")).isNotEmptyFile();
    }
}
