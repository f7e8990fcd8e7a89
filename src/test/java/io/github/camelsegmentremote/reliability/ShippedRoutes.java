package io.github.camelsegmentremote.reliability;

import io.github.camelsegmentremote.sync.SyncRouteProperties;
import java.nio.file.Path;
import java.util.Properties;

import io.github.camelsegmentremote.remote.RemoteComponent;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.segment.SegmentComponent;
import io.github.camelsegmentremote.sync.SyncRuns;
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
        Properties p = SyncRouteProperties.forSandbox(sandbox, dataDirectory);
        p.put("sync.interval", String.valueOf(intervalMillis));
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
    static SyncRuns sync(CamelContext context) {
        return context.getRegistry().lookupByNameAndType("syncRuns", SyncRuns.class);
    }
}
