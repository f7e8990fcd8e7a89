package io.github.camelsegmentremote.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import io.github.camelsegmentremote.sandbox.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shipped sync route with its options: dry run sends nothing and changes no state; the JDBC state store keeps
 * what was accepted in the registry's DataSource.
 */
class SyncOptionsRouteTest {

    private static final int EMPLOYEES = 120;

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(b -> b.employees(EMPLOYEES));

    private CamelContext context(Path dataDir, String dryRun, String stateStore, Object dataSource)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        if (dataSource != null) {
            // As in Spring Boot, the DataSource is there before the route file's beans are made.
            context.getRegistry().bind("syncDataSource", dataSource);
        }
        Properties p = SyncRouteProperties.forSandbox(SANDBOX.sandbox(), dataDir);
        p.put("sync.interval", "60000");
        p.put("sync.full-record", "never");
        p.put("sync.dry-run", dryRun);
        p.put("sync.state-store", stateStore);
        p.put("sync.flush-interval", "200");
        p.put("sync.offboarded-event", "");
        context.getPropertiesComponent().setInitialProperties(p);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context,
                "file:routes/sync-remote-employees-to-segment.camel.yaml"));
        return context;
    }

    private static SyncRuns sync(CamelContext context) {
        return context.getRegistry().lookupByNameAndType("syncRuns", SyncRuns.class);
    }

    @Test
    void dryRunCountsButSendsNothingAndKeepsNoState() throws Exception {
        SANDBOX.sandbox().reset();
        Path dataDir = Files.createTempDirectory("sync-dry-run");
        try (CamelContext context = context(dataDir, "true", "file", null)) {
            context.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> sync(context).lastRun() != null);
            SyncRunStats run = sync(context).lastRun();
            assertThat(run.changedEmployees()).as("would send").isEqualTo(EMPLOYEES);
            assertThat(run.sentIdentifies()).isZero();
            assertThat(context.getRegistry().lookupByNameAndType("syncStateStore", SyncStateStore.class).size())
                    .isZero();
        }
        assertThat(SANDBOX.sandbox().segmentWorld().us().events().accepted()).isZero();
        assertThat(Files.readAllLines(dataDir.resolve("sync-state.log"))).as("the header only").hasSize(1);
    }

    @Test
    void jdbcStateStoreUsesTheRegistryDataSource() throws Exception {
        SANDBOX.sandbox().reset();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:sync-route;DB_CLOSE_DELAY=-1");
        Path dataDir = Files.createTempDirectory("sync-jdbc");
        try (CamelContext context = context(dataDir, "false", "jdbc", dataSource)) {
            context.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> sync(context).lastRun() != null);
            assertThat(sync(context).lastRun().sentIdentifies()).isEqualTo(EMPLOYEES);
        }
        try (JdbcSyncStateStore store = new JdbcSyncStateStore(dataSource, "camel_segment_remote_sync_state")) {
            assertThat(store.size()).isEqualTo(EMPLOYEES);
        }
        assertThat(dataDir.resolve("sync-state.log")).doesNotExist();
    }
}
