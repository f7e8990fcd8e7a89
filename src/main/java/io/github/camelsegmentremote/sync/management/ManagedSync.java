package io.github.camelsegmentremote.sync.management;

import java.time.Instant;
import java.util.List;

import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;

/**
 * The sync's JMX view (Hawtio: Camel, the context, Services, the sync's name). Its own class, not the bean the
 * routes call: Camel's MBean assembler caches a bean class's attributes together with those of the first MBean it
 * was embedded in, so a {@code @ManagedResource} on a bean that a {@code bean:} step calls ends up with the
 * processor's attributes ({@code ExchangesTotal}, ...) that the bean does not have ("Target method not found").
 * Every attribute is a plain type (readable by any JMX client, no Camel classes) and never throws.
 */
@ManagedResource(description = "Remote employees to Segment sync: runs, counts, failures, state and health")
public class ManagedSync {

    private final SyncManagement management;

    ManagedSync(SyncManagement management) {
        this.management = management;
    }

    private SyncRunHistory history() {
        return management.history();
    }

    private Instant now() {
        return management.clock().instant();
    }

    @ManagedAttribute(description = "The sync's name")
    public String getName() {
        return management.getName();
    }

    @ManagedAttribute(description = "UP, or DOWN with the reason (the health check sync:NAME)")
    public String getHealth() {
        return management.unhealthyReason().map(r -> "DOWN: " + r).orElse("UP");
    }

    @ManagedAttribute(description = "Whether a run is in progress")
    public boolean isRunning() {
        return history().current().isPresent();
    }

    @ManagedAttribute(description = "The run in progress: pages, employees seen, changed, sent")
    public String getCurrentRun() {
        return history().current().map(r -> r.summary(now())).orElse("no run in progress");
    }

    @ManagedAttribute(description = "Finished runs without a failure since start")
    public long getRunsSucceeded() {
        return history().totals().runsSucceeded();
    }

    @ManagedAttribute(description = "Finished runs with a failure since start")
    public long getRunsFailed() {
        return history().totals().runsFailed();
    }

    @ManagedAttribute(description = "Summary of the last finished run")
    public String getLastRunSummary() {
        return history().lastFinished().map(r -> r.summary(now())).orElse("no run finished yet");
    }

    @ManagedAttribute(description = "When the last run finished (ISO-8601, UTC), empty before")
    public String getLastRunFinished() {
        return history().lastFinished().map(r -> r.finished().toString()).orElse("");
    }

    @ManagedAttribute(description = "When the last successful run finished (ISO-8601, UTC), empty before")
    public String getLastSuccessfulRun() {
        Instant time = history().lastSuccessTime();
        return time == null ? "" : time.toString();
    }

    @ManagedAttribute(description = "Identifies Segment accepted since start (polling runs and live path)")
    public long getEmployeesSent() {
        return history().totals().sent();
    }

    @ManagedAttribute(description = "Employments found as Segment already has them, since start")
    public long getEmployeesUnchanged() {
        return history().totals().unchanged();
    }

    @ManagedAttribute(description = "Employments that could not be sent (no userId), since start")
    public long getEmployeesSkipped() {
        return history().totals().skipped();
    }

    @ManagedAttribute(description = "Employments whose sync finally failed since start (sent again next run)")
    public long getEmployeesFailed() {
        return history().totals().failed();
    }

    @ManagedAttribute(description = "The last failed employment and why, empty when none failed")
    public String getLastFailure() {
        List<SyncFailure> failures = history().recentFailures();
        if (failures.isEmpty()) {
            return "";
        }
        SyncFailure last = failures.get(0);
        return last.at() + " employment " + last.employmentId() + ": " + last.reason();
    }

    @ManagedAttribute(description = "Employment states in the sync's store (-1 when unknown)")
    public long getKnownEmployments() {
        return management.stateSize();
    }

    @ManagedAttribute(description = "The sync's poll interval in ms (health: DOWN after two without success)")
    public long getIntervalMillis() {
        return management.getIntervalMillis();
    }
}
