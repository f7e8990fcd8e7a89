package io.github.camelsegmentremote.reliability;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 7 (the generic part): a start that fails ends the JVM with a non-zero status within 10 s of the
 * failure (sandbox threads used to keep it alive for a minute or more, so a supervisor never saw the crash), and
 * the output names the option or file and the fix. The app is a separate JVM started with environment variables.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class StartupFailureTest {

    @Test
    void aPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String output = failedStart(Map.of("APP_PORT", String.valueOf(taken.getLocalPort())));
            assertThat(output).contains("Port " + taken.getLocalPort() + " was already in use")
                    .contains("configure this application to listen on another port");
        }
    }

    @Test
    void noAdminPasswordOnEveryInterface() throws Exception {
        String output = failedStart(Map.of("APP_BIND_ADDRESS", "0.0.0.0", "APP_ADMIN_PASSWORD", ""));
        assertThat(output).contains("non-loopback address (APP_BIND_ADDRESS)").contains("set APP_ADMIN_PASSWORD");
    }

    @Test
    void theSyncStateLockIsHeldByAnotherInstance() throws Exception {
        Path data = Files.createTempDirectory("startup-lock");
        try (FileChannel channel = FileChannel.open(data.resolve("sync-state.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            String output = failedStart(Map.of("SYNC_DATA_DIRECTORY", data.toString()));
            assertThat(output).contains(data.toAbsolutePath().toString()).contains("sync-state.lock")
                    .contains("give each app instance its own dataDirectory");
        }
    }

    /** Starts the app, which must fail: its output, after checking the exit status and how long it lingered. */
    private static String failedStart(Map<String, String> environment) throws Exception {
        Path dir = Files.createTempDirectory("startup-failure");
        Map<String, String> env = new HashMap<>(Map.of("APP_PORT", String.valueOf(ForkedApp.freePort()),
                "SYNC_DATA_DIRECTORY", dir.resolve("data").toString(), "COPY_OUTPUT_DIR", dir.resolve("copy")
                        .toString(), "APP_ADMIN_PASSWORD", "startup-fake-admin-password"));
        env.putAll(environment);
        try (ForkedApp app = ForkedApp.start(Map.of(), env, dir.resolve("app.log"))) {
            Instant deadline = Instant.now().plusSeconds(120);
            Integer status = null;
            while (status == null) {
                status = app.awaitExit(Duration.ofMillis(100));
                assertThat(Instant.now()).as("still running:\n%s", app.output()).isBefore(deadline);
            }
            Instant exited = Instant.now();
            String output = app.output();
            assertThat(status).as(output).isNotZero();
            Instant failed = failureLogged(output);
            Duration lingered = Duration.between(failed, exited);
            System.out.printf("exit %d, %d ms after the failure was logged%n", status, lingered.toMillis());
            assertThat(lingered).as("from the failure to the exit").isLessThan(Duration.ofSeconds(10));
            assertThat(output).contains("camel-segment-remote did not start");
            return output;
        }
    }

    private static Instant failureLogged(String output) {
        return output.lines().filter(l -> l.contains("APPLICATION FAILED TO START")
                || l.contains("Application run failed") || l.contains("ERROR")).map(l -> l.split(" ")[0])
                .filter(t -> t.matches("\\d{4}-\\d\\d-\\d\\dT.*")).map(Instant::parse).findFirst()
                .orElseThrow(() -> new AssertionError("no failure logged:\n" + output));
    }
}
