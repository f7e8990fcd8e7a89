package io.github.camelsegmentremote.app;

import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;

/**
 * Decides whether the app runs against the embedded sandbox: {@code app.sandbox} = {@code auto} (default: the
 * sandbox unless real credentials are configured), {@code true} or {@code false}. Half a configuration (a Remote
 * token without a write key, say) is refused, naming what is missing, rather than silently mixing real and fake
 * services.
 */
final class SandboxMode {

    /** Job 1 needs both of these to run against the real services. */
    static final List<String> SYNC_CREDENTIALS = List.of("remote.token", "segment.write-key");

    private static final Map<String, String> ENV_NAMES = Map.of("remote.token", "REMOTE_API_TOKEN",
            "segment.write-key", "SEGMENT_WRITE_KEY");

    private SandboxMode() {
    }

    static boolean enabled(Environment env) {
        String mode = env.getProperty("app.sandbox", "auto").trim();
        switch (mode) {
            case "true":
                return true;
            case "false":
                return false;
            case "auto":
                break;
            default:
                throw new IllegalArgumentException("Property app.sandbox must be auto, true or false, was '" + mode
                        + "'");
        }
        List<String> set = SYNC_CREDENTIALS.stream().filter(k -> !env.getProperty(k, "").isBlank()).toList();
        if (set.isEmpty()) {
            return true;
        }
        if (set.size() < SYNC_CREDENTIALS.size()) {
            String missing = SYNC_CREDENTIALS.stream().filter(k -> !set.contains(k))
                    .map(k -> ENV_NAMES.get(k) + " (property " + k + ")").reduce((a, b) -> a + ", " + b).orElse("");
            throw new IllegalStateException("Real credentials are only partly configured: missing " + missing
                    + ". Set them too, or unset all to run against the embedded sandbox.");
        }
        return false;
    }
}
