package io.github.camelsegmentremote.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sandbox started by hand: it prints each simulator's URL with its fake credentials and takes fixed ports. */
class SandboxLauncherTest {

    @Test
    void printsEveryUrlWithItsFakeCredentialsOnTheFixedPortsAsked() throws IOException {
        int base = freeRange();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (Sandbox sandbox = SandboxLauncher.start(new String[] {"--employees", "12", "--ports",
                String.valueOf(base)}, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            String out = printed.toString(StandardCharsets.UTF_8);
            assertThat(sandbox.remoteSimulator().employmentIds().count()).isEqualTo(12);
            assertThat(sandbox.remote().baseUrl()).isEqualTo("http://127.0.0.1:" + base);
            assertThat(sandbox.configApi().baseUrl()).isEqualTo("http://127.0.0.1:" + (base + 5));
            for (SandboxServer server : sandbox.servers()) {
                assertThat(out).contains(server.baseUrl());
            }
            assertThat(out).contains(SandboxTokens.REMOTE_TOKEN, SandboxTokens.REMOTE_SIGNING_KEY,
                    SandboxTokens.SEGMENT_US_TOKEN, SandboxTokens.SEGMENT_US_STAGING_TOKEN,
                    SandboxTokens.SEGMENT_EU_TOKEN, SandboxTokens.SEGMENT_WRITE_KEY,
                    SandboxTokens.SEGMENT_EU_WRITE_KEY, SandboxTokens.SEGMENT_CONFIG_API_TOKEN)
                    .contains("export REMOTE_API_TOKEN=" + SandboxTokens.REMOTE_TOKEN + " REMOTE_ENVIRONMENT=sandbox "
                            + "REMOTE_BASE_URL=" + sandbox.remote().baseUrl());
        }
    }

    @Test
    void oneSimulatorOnAFixedPortTheOthersFree() throws IOException {
        int port = freeRange();
        try (Sandbox sandbox = SandboxLauncher.start(new String[] {"--tracking-us-port", String.valueOf(port)},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            assertThat(sandbox.trackingUs().baseUrl()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(sandbox.remote().baseUrl()).isNotEqualTo("http://127.0.0.1:0");
        }
    }

    @Test
    void badOptionsAreNamed() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SandboxLauncher.start(new String[] {"--port", "1"}, out))
                .hasMessage("Unknown option --port");
        assertThatThrownBy(() -> SandboxLauncher.start(new String[] {"--ports", "http"}, out))
                .hasMessage("--ports must be a whole number from 0 to 65535, was 'http'");
        assertThatThrownBy(() -> SandboxLauncher.start(new String[] {"--employees"}, out))
                .hasMessage("--employees needs a value");
        assertThat(SandboxLauncher.start(new String[] {"--help"}, out)).isNull();
    }

    /** A port whose next five are free too (checked, then released: a small race any fixed-port test has). */
    private static int freeRange() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            int base;
            try (ServerSocket first = new ServerSocket(0)) {
                base = first.getLocalPort();
            }
            if (base + 5 <= 65535 && rangeFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("no six consecutive free ports");
    }

    private static boolean rangeFree(int base) {
        for (int p = base; p < base + 6; p++) {
            try (ServerSocket socket = new ServerSocket(p)) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
