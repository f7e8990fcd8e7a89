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
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.NonManagedService;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.ManagementAgent;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The observable side of one sync: the sync reports its runs here ({@link #runProgress}, {@link #runFinished},
 * {@link #employmentFailed}, {@link #liveSent}), and this service shows them
 * <ul>
 * <li>in JMX (Hawtio) as {@code org.apache.camel:context=...,type=services,name=NAME}, a name that does not
 * change between starts, with only attributes that can be read ({@link ManagedSync});</li>
 * <li>as Camel's health check {@code sync:NAME} ({@link SyncHealthCheck});</li>
 * <li>in the {@code sync} dev console ({@link SyncDevConsole});</li>
 * <li>as INFO progress lines every {@code progressEveryPages} pages ({@link SyncProgressLog}).</li>
 * </ul>
 * Add it to the Camel context as a service. It is a {@link NonManagedService}: Camel's own service MBean would
 * carry an identity hash in its name; this one registers its view under the sync's name itself.
 */
public class SyncManagement extends ServiceSupport implements CamelContextAware, NonManagedService {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private final SyncRunHistory history = new SyncRunHistory(10, 20);
    private final Clock clock;
    private CamelContext camelContext;
    private String name = "employmentSync";
    private long intervalMillis = 3_600_000;
    private int progressEveryPages = 10;
    private LongSupplier stateSize = () -> -1;
    private SyncProgressLog progressLog;
    private SyncHealthCheck healthCheck;
    private ObjectName objectName;
    private volatile Instant startedAt;

    /** Uses the system clock. */
    public SyncManagement() {
        this(Clock.systemUTC());
    }

    /** Uses {@code clock} for run times, the health check's deadline and rates (tests pass a fixed clock). */
    public SyncManagement(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doStart() throws Exception {
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Option name of the sync management must be letters, digits, '_', "
                    + "'.' or '-' (it names the JMX MBean and the health check), was '" + name + "'");
        }
        if (intervalMillis <= 0) {
            throw new IllegalArgumentException("Option intervalMillis of the sync management must be the sync's "
                    + "poll interval in ms (more than 0), was " + intervalMillis);
        }
        startedAt = clock.instant();
        progressLog = new SyncProgressLog(name, progressEveryPages);
        if (camelContext == null) {
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
    protected void doStop() throws Exception {
        if (objectName != null) {
            camelContext.getManagementStrategy().getManagementAgent().unregister(objectName);
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

    /** Reports the run in progress, after each page (or each employment): logs progress every N pages. */
    public void runProgress(SyncRunSnapshot run) {
        history.progress(run);
        SyncProgressLog log = progressLog;
        if (log != null) {
            log.progress(run, clock.instant());
        }
    }

    /** Reports a finished run ({@link SyncRunSnapshot#finishedAt}). */
    public void runFinished(SyncRunSnapshot run) {
        history.finished(run);
    }

    /** Reports an employment whose sync finally failed (it is sent again next run). */
    public void employmentFailed(String employmentId, String reason) {
        history.employmentFailed(new SyncFailure(clock.instant(), employmentId, reason));
    }

    /** Reports an identify Segment accepted from the live (webhook) path. */
    public void liveSent() {
        history.liveSent();
    }

    /** Why the sync is unhealthy now, or empty when it is healthy: see {@link SyncHealthCheck}. */
    public Optional<String> unhealthyReason() {
        Instant now = clock.instant();
        Optional<SyncRunSnapshot> last = history.lastFinished();
        if (last.isPresent() && last.get().outcome() == SyncRunSnapshot.Outcome.FAILED) {
            return Optional.of("the last run failed: " + last.get().summary(now));
        }
        Instant since = Optional.ofNullable(history.lastSuccessTime()).orElse(startedAt);
        if (since != null && Duration.between(since, now).toMillis() > 2 * intervalMillis) {
            return Optional.of("no run succeeded within two intervals (" + 2 * intervalMillis + " ms) since "
                    + since);
        }
        return Optional.empty();
    }

    /** The runs and failures seen since start. */
    public SyncRunHistory history() {
        return history;
    }

    /** Employment states in the sync's store, or -1 when unknown. */
    public long stateSize() {
        try {
            return stateSize.getAsLong();
        } catch (RuntimeException e) {
            // A store that cannot answer (a database that is down) must not break JMX, the console or metrics.
            return -1;
        }
    }

    /** The clock this service reads. */
    public Clock clock() {
        return clock;
    }

    /** When this service started, or null before. */
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
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

    /** Where the size of the sync's state comes from (the state store's size). */
    public void setStateSize(LongSupplier stateSize) {
        this.stateSize = stateSize;
    }
}
