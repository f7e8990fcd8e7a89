package io.github.camelsegmentremote.app;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** routes/application.properties sets credentials in Camel's syntax, which Spring does not resolve. */
    private static final Pattern CAMEL_ENV = Pattern.compile("\\{\\{env:([A-Za-z0-9_.]+)(?::([^{}]*))?}}");

    private SandboxMode() {
    }

    /** The property's value, with a Camel {@code {{env:NAME:default}}} read from the environment as Camel would. */
    static String value(Environment env, String key) {
        String value = env.getProperty(key, "");
        Matcher camelEnv = CAMEL_ENV.matcher(value.trim());
        if (camelEnv.matches()) {
            String fallback = camelEnv.group(2) == null ? "" : camelEnv.group(2);
            return env.getProperty(camelEnv.group(1), fallback);
        }
        return value;
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
        List<String> set = SYNC_CREDENTIALS.stream().filter(k -> !value(env, k).isBlank()).toList();
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
