package io.github.camelsegmentremote.sync;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;

/**
 * Every property the shipped Job 1 routes read, as the app sets them in sandbox mode: the given hosts, the
 * sandbox's fake credentials, one run at once (the next an hour later). Tests and the benchmark put their own
 * values over these.
 */
public final class SyncRouteProperties {

    /** The shipped routes' shared settings. */
    public static final Path SHIPPED_PROPERTIES = Path.of("routes/application.properties");

    private static final String COMPONENT_PREFIX = "camel.component.";

    private SyncRouteProperties() {
    }

    /**
     * Sets the component options of {@link #SHIPPED_PROPERTIES} ({@code camel.component.NAME.OPTION}) on the
     * context's components, as Camel Main and the app do: the shipped routes' endpoints carry no credentials or
     * hosts. Their values refer to the remote.* and segment.* properties, so put those in first.
     */
    public static void configureComponents(CamelContext context) {
        Properties shipped = new Properties();
        try (Reader in = Files.newBufferedReader(SHIPPED_PROPERTIES, StandardCharsets.UTF_8)) {
            shipped.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SHIPPED_PROPERTIES, e);
        }
        for (String key : shipped.stringPropertyNames()) {
            if (key.startsWith(COMPONENT_PREFIX)) {
                String rest = key.substring(COMPONENT_PREFIX.length());
                String name = rest.substring(0, rest.indexOf('.'));
                String option = StringHelper.dashToCamelCase(rest.substring(name.length() + 1));
                boolean bound = PropertyBindingSupport.build().withCamelContext(context)
                        .withTarget(context.getComponent(name)).withIgnoreCase(true).withPlaceholder(true)
                        .withProperty(option, shipped.getProperty(key)).bind();
                if (!bound) {
                    throw new IllegalStateException(key + " in " + SHIPPED_PROPERTIES + " is not an option of " + name);
                }
            }
        }
    }

    /** The properties against the sandbox's Remote and US Tracking servers. */
    public static Properties forSandbox(Sandbox sandbox, Path dataDirectory) {
        return of(sandbox.remote().baseUrl(), sandbox.trackingUs().baseUrl(), dataDirectory);
    }

    /** The properties against the given Remote and Tracking base URLs. */
    public static Properties of(String remoteBaseUrl, String trackingBaseUrl, Path dataDirectory) {
        Properties p = new Properties();
        p.put("remote.token", SandboxTokens.REMOTE_TOKEN);
        p.put("remote.environment", "sandbox");
        p.put("remote.base-url", remoteBaseUrl);
        p.put("remote.requests-per-minute", "0");
        p.put("remote.webhook-signing-key", SandboxTokens.REMOTE_SIGNING_KEY);
        p.put("segment.write-key", SandboxTokens.SEGMENT_WRITE_KEY);
        p.put("segment.region", "us");
        p.put("segment.tracking-base-url", trackingBaseUrl);
        p.put("sync.interval", "3600000");
        p.put("sync.initial-delay", "0");
        p.put("sync.user-id-source", "employmentId");
        p.put("sync.full-record", "changed");
        // One identify per employee, from its full record, as the suites that count identifies expect; the tests
        // of identify-first set it.
        p.put("sync.identify-first", "false");
        p.put("sync.trait-renames", "");
        p.put("sync.extra-traits", "");
        p.put("sync.custom-field-prefix", "custom_");
        p.put("sync.dry-run", "false");
        p.put("sync.data-directory", dataDirectory.toString());
        p.put("sync.batch-size", "100");
        p.put("sync.flush-interval", "500");
        p.put("sync.offboarded-event", "Employee Offboarded");
        p.put("sync.webhooks-enabled", "true");
        p.put("sync.webhook-path", "/remote/webhooks");
        p.put("sync.webhook-auto-register", "false");
        p.put("sync.webhook-external-url", "");
        p.put("sync.webhook-events", "");
        p.put("sync.webhook-flush-interval", "100");
        return p;
    }
}
