package io.github.camelsegmentremote.sync.management;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import io.github.camelsegmentremote.sync.SyncRunListener;
import io.github.camelsegmentremote.sync.SyncRunStats;
import io.github.camelsegmentremote.sync.SyncRuns;
import io.github.camelsegmentremote.sync.SyncStateStore;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.NonManagedService;
import org.apache.camel.StartupListener;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.ManagementAgent;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The observable side of one sync. It listens to the sync's {@link SyncRuns} and shows them
 * <ul>
 * <li>in JMX (Hawtio) as {@code org.apache.camel:context=...,type=services,name=NAME}, a name that does not
 * change between starts, with only attributes that can be read ({@link ManagedSync});</li>
 * <li>as Camel's health check {@code sync:NAME} ({@link SyncHealthCheck});</li>
 * <li>in the {@code sync} dev console ({@link SyncDevConsole});</li>
 * <li>as INFO progress lines every {@code progressEveryPages} pages ({@link SyncProgressLog}).</li>
 * </ul>
 * In a route file: a bean with {@code initMethod: start} and {@code destroyMethod: stop}; in Java, a service of
 * the context. A route file's beans start while the file is parsed, before Camel's JMX agent runs, so the MBean
 * and the health check are registered once the context has started (a {@link StartupListener}). It is a {@link NonManagedService}: Camel's own service MBean would carry an identity hash in its
 * name; this one registers its view under the sync's name itself.
 */
public class SyncManagement extends ServiceSupport implements CamelContextAware, NonManagedService,
        SyncRunListener, StartupListener {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private final SyncRunHistory history = new SyncRunHistory(10);
    private final Clock clock;
    private CamelContext camelContext;
    private SyncRuns runs;
    private SyncStateStore stateStore;
    private String name = "employmentSync";
    private long intervalMillis = 3_600_000;
    private int progressEveryPages = 10;
    private volatile SyncProgressLog progressLog;
    private SyncHealthCheck healthCheck;
    private ObjectName objectName;
    private volatile Instant startedAt;

    /** Uses the system clock. */
    public SyncManagement() {
        this(Clock.systemUTC());
    }

    /** Uses {@code clock} for the health check's deadline and the progress rate (tests pass their own). */
    public SyncManagement(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doStart() throws Exception {
        if (runs == null) {
            throw new IllegalStateException("Option runs of the sync management is required: the sync's poll "
                    + "strategy bean, e.g. runs: \"#bean:syncRuns\"");
        }
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Option name of the sync management must be letters, digits, '_', "
                    + "'.' or '-' (it names the JMX MBean and the health check), was '" + name + "'");
        }
        if (intervalMillis <= 0) {
            throw new IllegalArgumentException("Option intervalMillis of the sync management must be the sync's "
                    + "poll interval in ms (sync.interval, more than 0), was " + intervalMillis);
        }
        startedAt = clock.instant();
        progressLog = new SyncProgressLog(name, progressEveryPages);
        runs.addListener(this);
        if (camelContext != null) {
            camelContext.addStartupListener(this);
        }
    }

    @Override
    public synchronized void onCamelContextStarted(CamelContext context, boolean alreadyStarted) throws Exception {
        if (!isStarted() && !isStarting() || objectName != null || healthCheck != null) {
            return;
        }
        ManagementAgent agent = camelContext.getManagementStrategy() == null ? null
                : camelContext.getManagementStrategy().getManagementAgent();
        if (agent != null) {
            objectName = objectName(camelContext, name);
            agent.register(new ManagedSync(this), objectName);
        }
        HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
        if (registry != null) {
            healthCheck = new SyncHealthCheck(this);
            healthCheck.setCamelContext(camelContext);
            registry.register(healthCheck);
        }
    }

    @Override
    protected synchronized void doStop() throws Exception {
        runs.removeListener(this);
        if (objectName != null) {
            ManagementAgent agent = camelContext.getManagementStrategy().getManagementAgent();
            try {
                agent.unregister(objectName);
            } catch (RuntimeException e) {
                // The context stopped its JMX agent first (a route file's beans are destroyed last): its MBeans
                // are gone with it.
            }
            objectName = null;
        }
        if (healthCheck != null) {
            HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
            if (registry != null) {
                registry.unregister(healthCheck);
            }
            healthCheck = null;
        }
    }

    /**
     * Every sync management of a context, by name: those in its registry (a route file's {@code beans}) and those
     * added as services.
     */
    public static List<SyncManagement> all(CamelContext context) {
        Set<SyncManagement> found = Collections.newSetFromMap(new IdentityHashMap<>());
        found.addAll(context.getRegistry().findByType(SyncManagement.class));
        found.addAll(context.hasServices(SyncManagement.class));
        List<SyncManagement> syncs = new ArrayList<>(found);
        syncs.sort(Comparator.comparing(SyncManagement::getName));
        return syncs;
    }

    /** The MBean name: Camel's service naming with the sync's name, in the Camel context's JMX domain. */
    static ObjectName objectName(CamelContext context, String name) throws MalformedObjectNameException {
        ObjectName contextName = context.getManagementStrategy().getManagementObjectNameStrategy()
                .getObjectNameForCamelContext(context);
        return new ObjectName(contextName.getDomain() + ":context=" + contextName.getKeyProperty("context")
                + ",type=services,name=" + name);
    }

    @Override
    public void pageRead(SyncRunStats run) {
        SyncProgressLog log = progressLog;
        if (log != null) {
            log.progress(run, clock.instant());
        }
    }

    @Override
    public void runFinished(SyncRunStats run) {
        history.finished(run);
    }

    /** Why the sync is unhealthy now, or empty when it is healthy: see {@link SyncHealthCheck}. */
    public Optional<String> unhealthyReason() {
        Optional<SyncRunStats> last = history.lastFinished();
        if (last.isPresent() && !last.get().succeeded()) {
            return Optional.of("the last run failed: " + last.get());
        }
        Instant since = Optional.ofNullable(history.lastSuccessTime()).orElse(startedAt);
        if (since != null && Duration.between(since, clock.instant()).toMillis() > 2 * intervalMillis) {
            return Optional.of("no run succeeded within two intervals (" + 2 * intervalMillis + " ms) since "
                    + since);
        }
        return Optional.empty();
    }

    /** The sync's finished runs since start. */
    public SyncRunHistory history() {
        return history;
    }

    /** The sync's run statistics: the run in progress, the live path, the totals. */
    public SyncRuns runs() {
        return runs;
    }

    /** Employment states in the sync's store, or -1 when unknown. */
    public long stateSize() {
        try {
            return stateStore == null ? -1 : stateStore.size();
        } catch (RuntimeException e) {
            // A store that cannot answer (a database that is down) must not break JMX, the console or metrics.
            return -1;
        }
    }

    /** The clock this service reads. */
    public Clock clock() {
        return clock;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /** The sync's run statistics to show (required): its poll strategy bean. */
    public void setRuns(SyncRuns runs) {
        this.runs = runs;
    }

    /** The sync's state store, for its size. */
    public void setStateStore(SyncStateStore stateStore) {
        this.stateStore = stateStore;
    }

    public String getName() {
        return name;
    }

    /** The sync's name in JMX, the health check id ({@code sync:NAME}), the console and metrics. */
    public void setName(String name) {
        this.name = name;
    }

    public long getIntervalMillis() {
        return intervalMillis;
    }

    /** The sync's poll interval: the health check is DOWN when no run succeeded within two of them. */
    public void setIntervalMillis(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    public int getProgressEveryPages() {
        return progressEveryPages;
    }

    /** A progress line at INFO every so many pages of a run (default 10); 0 turns them off. */
    public void setProgressEveryPages(int progressEveryPages) {
        this.progressEveryPages = progressEveryPages;
    }
}
