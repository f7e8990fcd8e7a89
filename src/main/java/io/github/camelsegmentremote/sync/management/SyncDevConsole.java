package io.github.camelsegmentremote.sync.management;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.camelsegmentremote.sync.SyncRunStats;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * Camel dev console {@code sync}: for each sync in the context, its health, the run in progress, the last runs
 * (failed ones with their reason), the counts since start (polling runs and live path) and the size of its
 * state. Text for people, JSON for tools (the app serves it at {@code /actuator/sync}).
 */
@DevConsole(group = "camel", name = "sync", displayName = "Employment Sync",
            description = "Remote employees to Segment sync: runs, counts, failures and state")
public class SyncDevConsole extends AbstractDevConsole {

    /** The console {@code sync} of group {@code camel}; Camel finds it by its service file. */
    public SyncDevConsole() {
        super("camel", "sync", "Employment Sync",
                "Remote employees to Segment sync: runs, counts, failures and state");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        List<SyncManagement> syncs = SyncManagement.all(getCamelContext());
        if (syncs.isEmpty()) {
            return "No sync in this Camel context.\n";
        }
        StringBuilder text = new StringBuilder();
        for (SyncManagement sync : syncs) {
            SyncRunStats current = sync.runs().currentRun();
            SyncRunStats totals = sync.runs().totals();
            SyncRunHistory.Counts counts = sync.history().counts();
            Instant success = sync.history().lastSuccessTime();
            text.append("Sync ").append(sync.getName()).append(": ")
                    .append(sync.unhealthyReason().map(r -> "DOWN, " + r).orElse("UP")).append('\n')
                    .append("  State: ").append(sync.stateSize()).append(" employment(s) known\n")
                    .append("  Run in progress: ").append(current == null ? "none" : current).append('\n')
                    .append("  Runs since start: ").append(sync.runs().runsStarted()).append(" started, ")
                    .append(counts.succeeded()).append(" succeeded, ").append(counts.failed()).append(" failed\n")
                    .append("  Last successful run: ").append(success == null ? "none yet" : success).append('\n')
                    .append("  Counts since start (runs and live path): ").append(totals).append('\n')
                    .append("  Live path (webhooks): ").append(sync.runs().live()).append('\n')
                    .append("  Last runs (newest first):\n");
            List<SyncRunStats> runs = sync.history().recentRuns();
            if (runs.isEmpty()) {
                text.append("    none finished yet\n");
            }
            runs.forEach(run -> text.append("    ").append(run.started()).append("  ")
                    .append(SyncRunHistory.Outcome.of(run)).append(": ").append(run).append('\n'));
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonArray list = new JsonArray();
        for (SyncManagement sync : SyncManagement.all(getCamelContext())) {
            JsonObject json = new JsonObject();
            json.put("name", sync.getName());
            json.put("status", sync.unhealthyReason().isPresent() ? "DOWN" : "UP");
            sync.unhealthyReason().ifPresent(r -> json.put("reason", r));
            json.put("stateSize", sync.stateSize());
            json.put("intervalMillis", sync.getIntervalMillis());
            SyncRunStats current = sync.runs().currentRun();
            if (current != null) {
                json.put("currentRun", run(current));
            }
            Instant success = sync.history().lastSuccessTime();
            if (success != null) {
                json.put("lastSuccess", success.toString());
            }
            SyncRunHistory.Counts counts = sync.history().counts();
            json.put("runsStarted", sync.runs().runsStarted());
            json.put("runsSucceeded", counts.succeeded());
            json.put("runsFailed", counts.failed());
            json.put("totals", counts(sync.runs().totals()));
            json.put("live", counts(sync.runs().live()));
            JsonArray runs = new JsonArray();
            sync.history().recentRuns().forEach(r -> runs.add(run(r)));
            json.put("lastRuns", runs);
            list.add(json);
        }
        JsonObject root = new JsonObject();
        root.put("syncs", list);
        return root;
    }

    private static JsonObject run(SyncRunStats run) {
        JsonObject json = counts(run);
        json.put("outcome", SyncRunHistory.Outcome.of(run).name());
        json.put("started", run.started().toString());
        if (run.finished() != null) {
            json.put("finished", run.finished().toString());
        }
        json.put("durationMillis", run.duration().toMillis());
        if (run.failure() != null) {
            json.put("failure", run.failure());
        }
        return json;
    }

    private static JsonObject counts(SyncRunStats run) {
        JsonObject json = new JsonObject();
        json.put("pagesRead", run.pagesRead());
        json.put("totalPages", run.totalPages());
        json.put("employeesSeen", run.employeesSeen());
        json.put("changed", run.changedEmployees());
        json.put("unchanged", run.unchangedEmployees());
        json.put("skipped", run.skippedEmployees());
        json.put("identifiesSent", run.sentIdentifies());
        json.put("offboardingEventsSent", run.offboardingEvents());
        json.put("fullRecordsRead", run.fullRecordsRead());
        json.put("failed", run.failedEmployees());
        return json;
    }
}
