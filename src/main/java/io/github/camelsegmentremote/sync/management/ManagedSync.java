package io.github.camelsegmentremote.sync.management;

import java.time.Instant;

import io.github.camelsegmentremote.sync.SyncRunStats;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;

/**
 * The sync's JMX view (Hawtio: Camel, the context, Services, the sync's name). Its own class, not a bean the
 * routes call: Camel's MBean assembler caches a class's attributes together with those of the first MBean it was
 * embedded in, so a {@code @ManagedResource} on a bean that a {@code bean:} step calls ends up with the bean
 * processor's attributes ({@code ExchangesTotal}, ...) that the bean does not have ("Target method not found").
 * Every attribute is a plain type (readable by any JMX client, no Camel classes) and never throws.
 */
@ManagedResource(description = "Remote employees to Segment sync: runs, counts, failures, state and health")
public class ManagedSync {

    private final SyncManagement management;

    ManagedSync(SyncManagement management) {
        this.management = management;
    }

    private SyncRunStats totals() {
        return management.runs().totals();
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
        return management.runs().currentRun() != null;
    }

    @ManagedAttribute(description = "The run in progress: pages, employees seen, changed, sent")
    public String getCurrentRun() {
        SyncRunStats run = management.runs().currentRun();
        return run == null ? "no run in progress" : run.toString();
    }

    @ManagedAttribute(description = "Runs started since start")
    public long getRunsStarted() {
        return management.runs().runsStarted();
    }

    @ManagedAttribute(description = "Finished runs without a failure since start")
    public long getRunsSucceeded() {
        return management.history().counts().succeeded();
    }

    @ManagedAttribute(description = "Finished runs with a failure since start")
    public long getRunsFailed() {
        return management.history().counts().failed();
    }

    @ManagedAttribute(description = "The last finished run: outcome and counts")
    public String getLastRun() {
        return management.history().lastFinished()
                .map(r -> SyncRunHistory.Outcome.of(r) + ": " + r).orElse("no run finished yet");
    }

    @ManagedAttribute(description = "When the last run finished (ISO-8601, UTC), empty before")
    public String getLastRunFinished() {
        return management.history().lastFinished().map(r -> r.finished().toString()).orElse("");
    }

    @ManagedAttribute(description = "When the last successful run finished (ISO-8601, UTC), empty before")
    public String getLastSuccessfulRun() {
        Instant time = management.history().lastSuccessTime();
        return time == null ? "" : time.toString();
    }

    @ManagedAttribute(description = "Employments looked at since start (polling runs and live path)")
    public long getEmployeesSeen() {
        return totals().employeesSeen();
    }

    @ManagedAttribute(description = "Employments with something new to send since start")
    public long getEmployeesChanged() {
        return totals().changedEmployees();
    }

    @ManagedAttribute(description = "Employments Segment already had as they are, since start")
    public long getEmployeesUnchanged() {
        return totals().unchangedEmployees();
    }

    @ManagedAttribute(description = "Employments without the field chosen as userId, since start")
    public long getEmployeesSkipped() {
        return totals().skippedEmployees();
    }

    @ManagedAttribute(description = "Employments whose delivery finally failed since start (sent again next run)")
    public long getEmployeesFailed() {
        return totals().failedEmployees();
    }

    @ManagedAttribute(description = "Identifies Segment accepted since start")
    public long getIdentifiesSent() {
        return totals().sentIdentifies();
    }

    @ManagedAttribute(description = "Offboarding track events Segment accepted since start")
    public long getOffboardingEventsSent() {
        return totals().offboardingEvents();
    }

    @ManagedAttribute(description = "Full records read from Remote since start")
    public long getFullRecordsRead() {
        return totals().fullRecordsRead();
    }

    @ManagedAttribute(description = "Identifies Segment accepted from the live (webhook) path since start")
    public long getLiveIdentifiesSent() {
        return management.runs().live().sentIdentifies();
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
