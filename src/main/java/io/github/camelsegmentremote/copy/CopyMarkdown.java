package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans and reports as Markdown, for a change ticket or a pull request: a summary, the tracking plans, one table per
 * source with every field-level difference ({@code from} and {@code to} as JSON; unchanged items left out), the
 * warnings, and the values to enter by hand. Never a token or a secret value: those are masked by the API and only
 * named.
 */
final class CopyMarkdown {

    private CopyMarkdown() {
    }

    static String plan(CopyPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("## Copy plan: `").append(plan.source().slug()).append("` → `").append(plan.target().slug())
                .append("`\n\n").append(plan.summary()).append(". Options: ").append(plan.options().describe())
                .append(".\n");
        if (!plan.labelsToCreate().isEmpty()) {
            out.append("\nLabels to create: ").append(String.join(", ", plan.labelsToCreate().stream()
                    .map(l -> code(l.id())).toList())).append('\n');
        }
        if (!plan.trackingPlans().isEmpty()) {
            out.append("\n### Tracking plans\n\n| Action | Tracking plan | Field | From | To |\n")
                    .append("|---|---|---|---|---|\n");
            for (TrackingPlanPlan p : plan.trackingPlans()) {
                row(out, p.action().name(), p.name(), p.reason(), p.changes());
            }
        }
        List<String> manual = new ArrayList<>();
        for (SourcePlan source : plan.sources()) {
            out.append("\n### `").append(source.slug()).append("` (").append(source.type()).append("): **")
                    .append(source.action()).append("**\n\n");
            if (source.action() == PlanAction.skip) {
                out.append(escape(source.reason())).append('\n');
                continue;
            }
            out.append("| Action | What | Field | From | To |\n|---|---|---|---|---|\n");
            if (!source.changes().isEmpty()) {
                row(out, source.action().name(), "source", null, source.changes());
            }
            for (DestinationPlan d : source.destinations()) {
                row(out, d.action().name(), "destination '" + d.name() + "' (" + d.type() + ")", d.reason(),
                        d.changes());
                d.missingSecrets().forEach(s -> manual.add(source.slug() + ", destination '" + d.name() + "': " + s));
            }
            for (ItemPlan item : source.items()) {
                row(out, item.action().name(), item.label(), item.reason(), item.changes());
                item.missingSecrets().forEach(s -> manual.add(source.slug() + ", " + item.label() + ": " + s));
            }
            source.missingSecrets().forEach(s -> manual.add(source.slug() + ": " + s));
            if (!source.warnings().isEmpty()) {
                out.append('\n');
                source.warnings().forEach(w -> out.append("- ⚠ ").append(escape(w)).append('\n'));
            }
        }
        manual(out, manual);
        plan.warnings().forEach(w -> out.append("\n- ⚠ ").append(escape(w)).append('\n'));
        return out.toString();
    }

    static String report(CopyReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## Copy report: `").append(report.source().slug()).append("` → `")
                .append(report.target().slug()).append("`\n\n").append(report.summary()).append(".\n");
        if (!report.trackingPlans().isEmpty()) {
            out.append("\n| Tracking plan | Outcome | Target id | Error |\n|---|---|---|---|\n");
            report.trackingPlans().forEach(p -> out.append("| ").append(escape(p.name())).append(" | ")
                    .append(p.outcome()).append(" | ").append(code(p.targetTrackingPlanId())).append(" | ")
                    .append(escape(p.error())).append(" |\n"));
        }
        out.append("\n| Source | Outcome | What | Outcome | Target id | Error |\n|---|---|---|---|---|---|\n");
        List<String> manual = new ArrayList<>();
        for (SourceResult source : report.sources()) {
            out.append("| `").append(source.slug()).append("` | **").append(source.outcome()).append("** | source | ")
                    .append(source.outcome()).append(" | ").append(code(source.targetSourceId())).append(" | ")
                    .append(escape(source.error())).append(" |\n");
            for (DestinationResult d : source.destinations()) {
                if (d.outcome() == Outcome.unchanged) {
                    continue;
                }
                out.append("| | | destination '").append(escape(d.name())).append("' | ").append(d.outcome())
                        .append(" | ").append(code(d.targetDestinationId())).append(" | ").append(escape(d.error()))
                        .append(" |\n");
                d.needsManualInput().forEach(s -> manual.add(source.slug() + ", destination '" + d.name() + "': "
                        + s));
            }
            for (ItemResult item : source.items()) {
                if (item.outcome() == Outcome.unchanged) {
                    continue;
                }
                out.append("| | | ").append(escape(item.label())).append(" | ").append(item.outcome()).append(" | ")
                        .append(code(item.targetItemId())).append(" | ").append(escape(item.error())).append(" |\n");
                item.needsManualInput().forEach(s -> manual.add(source.slug() + ", " + item.label() + ": " + s));
            }
            source.needsManualInput().forEach(s -> manual.add(source.slug() + ": " + s));
        }
        manual(out, manual);
        if (report.hasFailures()) {
            out.append("\nRun the copy again to complete what failed: it picks up where this run stopped.\n");
        }
        return out.toString();
    }

    /** One row per change, after a row with the reason when there is one; nothing for an unchanged item. */
    private static void row(StringBuilder out, String action, String what, String reason, List<FieldChange> changes) {
        if (reason != null || changes.isEmpty() && !action.equals(PlanAction.unchanged.name())) {
            out.append("| ").append(action).append(" | ").append(escape(what)).append(" | | | ")
                    .append(escape(reason)).append(" |\n");
        }
        for (FieldChange change : changes) {
            out.append("| ").append(action).append(" | ").append(escape(what)).append(" | `")
                    .append(escape(change.field())).append("` | ").append(value(change.from())).append(" | ")
                    .append(value(change.to())).append(" |\n");
        }
    }

    private static void manual(StringBuilder out, List<String> manual) {
        if (!manual.isEmpty()) {
            out.append("\n### Needs manual input in the target (secrets are never copied)\n\n");
            manual.forEach(m -> out.append("- ").append(escape(m)).append('\n'));
        }
    }

    private static String value(Object value) {
        return value == null ? "(none)" : code(CopyJson.compact(value));
    }

    private static String code(String text) {
        return text == null ? "" : "`" + text.replace("`", "'").replace("|", "\\|") + "`";
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
