package io.github.camelsegmentremote.reliability;

import java.nio.file.Path;
import java.util.Properties;

import io.github.camelsegmentremote.remote.RemoteComponent;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.segment.SegmentComponent;
import io.github.camelsegmentremote.sync.EmploymentSync;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * The shipped route files, loaded as written into a plain CamelContext and configured the way the app configures
 * them, against a sandbox started by the test.
 */
final class ShippedRoutes {

    static final String SYNC_ROUTE = "file:routes/sync-remote-employees-to-segment.camel.yaml";
    static final String WEBHOOK_ROUTE = "file:routes/remote-webhooks-to-segment.camel.yaml";
    static final String SYNC_ROUTE_ID = "sync-remote-employees-to-segment";

    private ShippedRoutes() {
    }

    /**
     * The route properties the app sets in sandbox mode: the sandbox's URLs and fake credentials, a first run at
     * once and the next one {@code intervalMillis} after it.
     */
    static Properties properties(Sandbox sandbox, Path dataDirectory, long intervalMillis) {
        Properties p = new Properties();
        p.put("remote.token", SandboxTokens.REMOTE_TOKEN);
        p.put("remote.environment", "sandbox");
        p.put("remote.base-url", sandbox.remote().baseUrl());
        p.put("remote.requests-per-minute", "0");
        p.put("remote.webhook-signing-key", SandboxTokens.REMOTE_SIGNING_KEY);
        p.put("segment.write-key", SandboxTokens.SEGMENT_WRITE_KEY);
        p.put("segment.region", "us");
        p.put("segment.tracking-base-url", sandbox.trackingUs().baseUrl());
        p.put("sync.interval", String.valueOf(intervalMillis));
        p.put("sync.initial-delay", "0");
        p.put("sync.user-id-source", "employmentId");
        p.put("sync.full-record", "changed");
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

    /**
     * A context (not started) with the given route files, the properties, and short retry waits on both
     * components: {@code initialBackoff} ms doubling, {@code maxAttempts} attempts per call.
     */
    static CamelContext context(Properties properties, long initialBackoff, int maxAttempts, String... routeFiles)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties);
        var segment = context.getComponent("segment", SegmentComponent.class).getConfiguration();
        segment.setInitialBackoff(initialBackoff);
        segment.setMaxAttempts(maxAttempts);
        var remote = context.getComponent("remote", RemoteComponent.class).getConfiguration();
        remote.setInitialBackoff(initialBackoff);
        remote.setMaxAttempts(maxAttempts);
        for (String file : routeFiles) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context, file));
        }
        return context;
    }

    /** The sync bean the route file declares. */
    static EmploymentSync sync(CamelContext context) {
        return context.getRegistry().lookupByNameAndType("employmentSync", EmploymentSync.class);
    }
}
