package io.github.camelsegmentremote.sync.management;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelsegmentremote.sync.SyncRunStats;
import io.github.camelsegmentremote.sync.SyncRuns;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync's management in a real Camel context with JMX, the health check registry and the dev console registry:
 * a stable MBean name whose every attribute reads, the health check UP and DOWN, and the {@code sync} console.
 */
class SyncManagementTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final MutableClock clock = new MutableClock(T0);
    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private SyncManagement start(RouteBuilder routes) throws Exception {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("sync-management-test");
        context = camel;
        context.setDevConsole(true);
        SyncManagement management = new SyncManagement(clock);
        management.setIntervalMillis(60_000);
        management.setRuns(new SyncRuns());
        management.setStateStore(new FixedSizeStateStore(42));
        context.addService(management, true, true);
        if (routes != null) {
            context.addRoutes(routes);
        }
        context.start();
        return management;
    }

    private static SyncRunStats run(Instant started, Instant finished, long sent, long failed, String failure) {
        return new SyncRunStats(started, finished, 3, 3, 300, sent + failed, 300 - sent - failed, 0, sent, 0, 0,
                failed, failure);
    }

    @Test
    void theMBeanHasAStableNameAndEveryAttributeReads() throws Exception {
        SyncManagement management = start(new RouteBuilder() {
            @Override
            public void configure() {
                // A bean: step next to the management, as in the shipped route.
                from("direct:step").bean(new RouteStepBean(), "call");
            }
        });
        management.runFinished(run(T0, T0.plusSeconds(2), 300, 0, null));
        ObjectName name = new ObjectName("org.apache.camel:context=sync-management-test,type=services,"
                + "name=employmentSync");
        assertThat(server.isRegistered(name)).isTrue();
        assertThat(server.queryNames(new ObjectName("org.apache.camel:context=sync-management-test,type=services,"
                + "name=SyncManagement*"), null)).as("no second MBean with an identity hash").isEmpty();

        String[] attributes = Arrays.stream(server.getMBeanInfo(name).getAttributes())
                .map(MBeanAttributeInfo::getName).toArray(String[]::new);
        assertThat(attributes).contains("Health", "RunsSucceeded", "IdentifiesSent", "KnownEmployments")
                .doesNotContain("ExchangesTotal", "State", "ServiceType");
        AttributeList values = server.getAttributes(name, attributes);
        assertThat(values.asList()).extracting(Attribute::getName).containsExactlyInAnyOrder(attributes);
        assertThat(server.getAttribute(name, "RunsSucceeded")).isEqualTo(1L);
        assertThat(server.getAttribute(name, "KnownEmployments")).isEqualTo(42L);
        assertThat(server.getAttribute(name, "Health")).isEqualTo("UP");
        assertThat(server.getAttribute(name, "LastSuccessfulRun")).isEqualTo("2026-12-04T10:00:02Z");

        // Every attribute of every MBean of this context reads (what a Jolokia bulk read of org.apache.camel:* does).
        for (ObjectName each : server.queryNames(new ObjectName("org.apache.camel:context=sync-management-test,*"),
                null)) {
            String[] names = Arrays.stream(server.getMBeanInfo(each).getAttributes())
                    .map(MBeanAttributeInfo::getName).toArray(String[]::new);
            assertThat(server.getAttributes(each, names).size()).as("readable attributes of %s", each)
                    .isEqualTo(names.length);
        }

        context.stop();
        assertThat(server.isRegistered(name)).as("unregistered when the context stops").isFalse();
    }

    @Test
    void whyTheOldBeanShowedUnreadableAttributes() throws Exception {
        // The old design: one @ManagedResource class both called by bean: steps and added as a service. Camel's
        // MBean assembler caches the class's attributes together with the bean processor's, so the service MBean
        // offers ExchangesTotal & co. that the bean does not have.
        ManagedRouteAndServiceBean bean = new ManagedRouteAndServiceBean();
        start(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                // As the old bean did: join the context as a service once it starts.
                getContext().addStartupListener((camel, alreadyStarted) -> camel.addService(bean, true, true));
                from("direct:old").bean(bean, "call");
            }
        });
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:context=sync-management-test,"
                + "type=services,name=ManagedRouteAndServiceBean*"), null);
        assertThat(names).hasSize(1);
        ObjectName name = names.iterator().next();
        assertThat(name.getKeyProperty("name")).as("identity hash in the name").matches(".*\\(0x[0-9a-f]+\\)");
        List<String> attributes = Arrays.stream(server.getMBeanInfo(name).getAttributes())
                .map(MBeanAttributeInfo::getName).toList();
        assertThat(attributes).contains("ExchangesTotal", "Calls");
        assertThat(server.getAttributes(name, new String[] {"ExchangesTotal"}).size()).as("unreadable").isZero();
    }

    @Test
    void healthIsDownWhenTheLastRunFailedOrNoRunSucceededWithinTwoIntervals() throws Exception {
        SyncManagement management = start(null);
        assertThat(state()).as("just started").isEqualTo(HealthCheck.State.UP);

        clock.advance(Duration.ofSeconds(121));
        assertThat(state()).as("no run within two intervals of 60 s").isEqualTo(HealthCheck.State.DOWN);
        assertThat(check().getMessage()).get().asString().contains("no run succeeded within two intervals");

        management.runFinished(run(clock.instant(), clock.instant(), 300, 0, null));
        assertThat(state()).isEqualTo(HealthCheck.State.UP);

        management.runFinished(run(clock.instant(), clock.instant(), 299, 1, null));
        assertThat(state()).as("an employment failed").isEqualTo(HealthCheck.State.DOWN);
        assertThat(check().getMessage()).get().asString().contains("the last run failed");

        management.runFinished(run(clock.instant(), clock.instant(), 300, 0, null));
        assertThat(state()).isEqualTo(HealthCheck.State.UP);
        clock.advance(Duration.ofSeconds(100));
        assertThat(state()).as("within two intervals of the last success").isEqualTo(HealthCheck.State.UP);
        management.runFinished(run(clock.instant(), clock.instant(), 0, 0, "Remote answered 503 to listEmployments"));
        assertThat(state()).as("the run itself failed").isEqualTo(HealthCheck.State.DOWN);
        assertThat(check().getDetails()).containsEntry("sync.last.run.outcome", "FAILED")
                .containsEntry("sync.state.size", 42L);
    }

    private HealthCheck.Result check() {
        return HealthCheckHelper.invoke(context).stream().filter(r -> r.getCheck().getId().equals(
                "sync:employmentSync")).findFirst().orElseThrow();
    }

    private HealthCheck.State state() {
        return check().getState();
    }

    @Test
    void theSyncDevConsoleShowsRunsCountsFailuresAndState() throws Exception {
        SyncManagement management = start(null);
        management.runFinished(run(T0, T0.plusSeconds(3), 300, 0, null));
        management.runFinished(run(T0.plusSeconds(60), T0.plusSeconds(61), 0, 1, null));
        management.runFinished(run(T0.plusSeconds(120), T0.plusSeconds(121), 0, 0,
                "Remote answered 503 to listEmployments"));

        DevConsole console = DevConsoleRegistry.get(context).resolveById("sync");
        assertThat(console).as("found through the console registry").isInstanceOf(SyncDevConsole.class);
        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).contains("Sync employmentSync: DOWN, the last run failed")
                .contains("State: 42 employment(s) known")
                .contains("Run in progress: none")
                .contains("Runs since start: 0 started, 1 succeeded, 2 failed")
                .contains("Last successful run: 2026-12-04T10:00:03Z")
                .contains("2026-12-04T10:00:00Z  SUCCEEDED: pages read 3 of 3, employees seen 300")
                .contains("2026-12-04T10:01:00Z  FAILED: pages read 3 of 3, employees seen 300, changed 1")
                .contains("run failed: Remote answered 503 to listEmployments");

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON, Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> sync = ((List<Map<String, Object>>) json.get("syncs")).get(0);
        assertThat(sync).containsEntry("name", "employmentSync").containsEntry("status", "DOWN")
                .containsEntry("stateSize", 42L).containsEntry("runsSucceeded", 1L).containsEntry("runsFailed", 2L)
                .containsEntry("lastSuccess", "2026-12-04T10:00:03Z");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) sync.get("lastRuns");
        assertThat(runs).extracting(r -> r.get("outcome")).containsExactly("FAILED", "FAILED", "SUCCEEDED");
        assertThat(runs.get(0)).containsEntry("failure", "Remote answered 503 to listEmployments");
        assertThat(runs.get(1)).containsEntry("failed", 1L);
    }

    /** A plain bean a route calls: no JMX annotations. */
    public static final class RouteStepBean {
        public String call(String body) {
            return body;
        }
    }

    /** The old design in miniature. */
    @ManagedResource(description = "called by a route and added as a service")
    public static final class ManagedRouteAndServiceBean extends ServiceSupport {
        private long calls;

        public String call(String body) {
            calls++;
            return body;
        }

        @ManagedAttribute(description = "calls")
        public long getCalls() {
            return calls;
        }
    }
}
