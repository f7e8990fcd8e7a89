package io.github.camelsegmentremote.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The properties an app test starts the app with: sandbox mode on {@code port}, a run every {@code intervalMillis}
 * from the start, its own data directory, and an admin password (used where the app asks for a login).
 */
final class SandboxAppProperties {

    private SandboxAppProperties() {
    }

    static void register(DynamicPropertyRegistry registry, int port, long intervalMillis, String adminPassword)
            throws IOException {
        Path dataDir = Files.createTempDirectory("app-test");
        registry.add("server.port", () -> port);
        registry.add("app.sandbox", () -> "true");
        registry.add("sync.interval", () -> String.valueOf(intervalMillis));
        registry.add("sync.initial-delay", () -> "0");
        registry.add("sync.flush-interval", () -> "300");
        registry.add("sync.data-directory", dataDir::toString);
        registry.add("copy.output-dir", () -> dataDir.resolve("copy").toString());
        registry.add("spring.security.user.password", () -> adminPassword);
    }
}
