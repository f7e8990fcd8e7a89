package io.github.camelsegmentremote.sync;

import java.nio.file.Path;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync bean of the shipped route joins its Camel context as a service once, whenever its route starts: with
 * the context, after it (context started with autoStartup=false), or again after a stop (as from Hawtio or JMX).
 * Starting the route hands the bean its context again each time.
 */
class EmploymentSyncContextTest {

    private static final String ROUTE = "sync-remote-employees-to-segment";

    @TempDir
    Path dataDir;

    @Test
    void routeStartedAfterTheContext() throws Exception {
        try (DefaultCamelContext context = contextWithShippedRoute()) {
            context.setAutoStartup(false);
            context.start();

            context.getRouteController().startRoute(ROUTE);

            assertJoinedAndStarted(context);
        }
    }

    @Test
    void routeStoppedAndStartedAgain() throws Exception {
        try (DefaultCamelContext context = contextWithShippedRoute()) {
            context.start();

            context.getRouteController().stopRoute(ROUTE);
            context.getRouteController().startRoute(ROUTE);

            assertJoinedAndStarted(context);
            assertThat(context.getRouteController().getRouteStatus(ROUTE).isStarted()).isTrue();
        }
    }

    private static void assertJoinedAndStarted(CamelContext context) {
        EmploymentSync sync = context.getRegistry().lookupByNameAndType("employmentSync", EmploymentSync.class);
        assertThat(context.hasService(sync)).isTrue();
        assertThat(sync.isStarted()).isTrue();
    }

    /** The shipped route with settings that never reach a server: the first poll is an hour away. */
    private DefaultCamelContext contextWithShippedRoute() throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        Properties p = SyncRouteProperties.of("http://127.0.0.1:9", "http://127.0.0.1:9", dataDir);
        p.put("sync.initial-delay", "3600000");
        p.put("sync.full-record", "never");
        p.put("sync.flush-interval", "1000");
        p.put("sync.offboarded-event", "");
        context.getPropertiesComponent().setInitialProperties(p);
        SyncRouteProperties.configureComponents(context);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context,
                "file:routes/sync-remote-employees-to-segment.camel.yaml"));
        return context;
    }
}
