package io.github.camelsegmentremote.sync.management;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * Camel dev console {@code sync}: for each sync in the context, its health, the run in progress, the last runs,
 * the totals since start, the last failed employments and the size of its state. Text for people, JSON for tools
 * (Camel JBang {@code camel get}, the Spring Boot actuator endpoint {@code /actuator/camel/sync}).
 */
@DevConsole(group = "camel", name = "sync", displayName = "Employment Sync",
            description = "Remote employees to Segment sync: runs, counts, failures and state")
public class SyncDevConsole extends AbstractDevConsole {

    public SyncDevConsole() {
        super("camel", "sync", "Employment Sync",
                "Remote employees to Segment sync: runs, counts, failures and state");
    }

    private List<SyncManagement> syncs() {
        return SyncManagement.all(getCamelContext());
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        List<SyncManagement> syncs = syncs();
        if (syncs.isEmpty()) {
            return "No sync in this Camel context.\n";
        }
        StringBuilder text = new StringBuilder();
        for (SyncManagement sync : syncs) {
            Instant now = sync.clock().instant();
            SyncRunHistory history = sync.history();
            SyncTotals totals = history.totals();
            text.append("Sync ").append(sync.getName()).append(": ")
                    .append(sync.unhealthyReason().map(r -> "DOWN, " + r).orElse("UP")).append('\n');
            text.append("  State: ").append(sync.stateSize()).append(" employment(s) known\n");
            text.append("  Run in progress: ").append(history.current().map(r -> r.summary(now)).orElse("none"))
                    .append('\n');
            text.append("  Since start: ").append(totals.runs()).append(" run(s), ").append(totals.runsSucceeded())
                    .append(" succeeded, ").append(totals.runsFailed()).append(" failed; employees sent ")
                    .append(totals.sent()).append(", unchanged ").append(totals.unchanged()).append(", skipped ")
                    .append(totals.skipped()).append(", failed ").append(totals.failed()).append('\n');
            Instant success = history.lastSuccessTime();
            text.append("  Last successful run: ").append(success == null ? "none yet" : success).append('\n');
            text.append("  Last runs (newest first):\n");
            List<SyncRunSnapshot> runs = history.recentRuns();
            if (runs.isEmpty()) {
                text.append("    none yet\n");
            }
            runs.forEach(run -> text.append("    ").append(run.started()).append("  ").append(run.summary(now))
                    .append('\n'));
            text.append("  Last failures (newest first):\n");
            List<SyncFailure> failures = history.recentFailures();
            if (failures.isEmpty()) {
                text.append("    none\n");
            }
            failures.forEach(f -> text.append("    ").append(f.at()).append("  employment ").append(f.employmentId())
                    .append(": ").append(f.reason()).append('\n'));
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonArray list = new JsonArray();
        for (SyncManagement sync : syncs()) {
            Instant now = sync.clock().instant();
            SyncRunHistory history = sync.history();
            SyncTotals totals = history.totals();
            JsonObject json = new JsonObject();
            json.put("name", sync.getName());
            json.put("status", sync.unhealthyReason().isPresent() ? "DOWN" : "UP");
            sync.unhealthyReason().ifPresent(r -> json.put("reason", r));
            json.put("stateSize", sync.stateSize());
            json.put("intervalMillis", sync.getIntervalMillis());
            history.current().ifPresent(r -> json.put("currentRun", run(r, now)));
            Instant success = history.lastSuccessTime();
            if (success != null) {
                json.put("lastSuccess", success.toString());
            }
            JsonObject counts = new JsonObject();
            counts.put("runs", totals.runs());
            counts.put("runsSucceeded", totals.runsSucceeded());
            counts.put("runsFailed", totals.runsFailed());
            counts.put("sent", totals.sent());
            counts.put("unchanged", totals.unchanged());
            counts.put("skipped", totals.skipped());
            counts.put("failed", totals.failed());
            json.put("totals", counts);
            JsonArray runs = new JsonArray();
            history.recentRuns().forEach(r -> runs.add(run(r, now)));
            json.put("lastRuns", runs);
            JsonArray failures = new JsonArray();
            history.recentFailures().forEach(f -> {
                JsonObject failure = new JsonObject();
                failure.put("at", f.at().toString());
                failure.put("employmentId", f.employmentId());
                failure.put("reason", f.reason());
                failures.add(failure);
            });
            json.put("failures", failures);
            list.add(json);
        }
        JsonObject root = new JsonObject();
        root.put("syncs", list);
        return root;
    }

    private static JsonObject run(SyncRunSnapshot run, Instant now) {
        JsonObject json = new JsonObject();
        json.put("outcome", run.outcome().name());
        json.put("started", run.started().toString());
        if (run.finished() != null) {
            json.put("finished", run.finished().toString());
        }
        json.put("durationMillis", run.duration(now).toMillis());
        json.put("pagesRead", run.pagesRead());
        json.put("totalPages", run.totalPages());
        json.put("employeesSeen", run.employeesSeen());
        json.put("changed", run.changed());
        json.put("unchanged", run.unchanged());
        json.put("skipped", run.skipped());
        json.put("sent", run.sent());
        json.put("failed", run.failed());
        if (run.failure() != null) {
            json.put("failure", run.failure());
        }
        return json;
    }
}
