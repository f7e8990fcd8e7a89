package io.github.camelsegmentremote.copy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What applying a {@link CopyPlan} did: per source created, updated, unchanged, skipped or failed, with the old
 * and new source ids, whether the new source has a write key (never its value), forwarding targets remapped or left
 * out, and the secret settings to enter by hand. A failed source keeps what was done before the failure; running
 * the copy again completes it without duplicates.
 *
 * @param source        the workspace copied from
 * @param target        the workspace copied to
 * @param startedAt     when the apply step started
 * @param finishedAt    when it ended
 * @param labelsCreated labels created in the target
 * @param trackingPlans what happened to the tracking plans of the plan
 * @param errors        failures not tied to one source (a label that could not be created)
 * @param sources       one entry per source of the plan
 */
public record CopyReport(WorkspaceInfo source, WorkspaceInfo target, Instant startedAt, Instant finishedAt,
        List<LabelRef> labelsCreated, List<TrackingPlanResult> trackingPlans, List<String> errors,
        List<SourceResult> sources) {

    public CopyReport {
        labelsCreated = List.copyOf(labelsCreated);
        trackingPlans = List.copyOf(trackingPlans);
        errors = List.copyOf(errors);
        sources = List.copyOf(sources);
    }

    public long count(Outcome outcome) {
        return sources.stream().filter(s -> s.outcome() == outcome).count();
    }

    /** Whether a source or a label failed: run the copy again to complete it. */
    public boolean hasFailures() {
        return !errors.isEmpty() || count(Outcome.failed) > 0
                || trackingPlans.stream().anyMatch(p -> p.outcome() == Outcome.failed);
    }

    public String summary() {
        return count(Outcome.created) + " created, " + count(Outcome.updated) + " updated, "
                + count(Outcome.unchanged) + " unchanged, " + count(Outcome.skipped) + " skipped, "
                + count(Outcome.failed) + " failed";
    }

    public String toJson() {
        return CopyJson.pretty(this);
    }

    /** The report as Markdown, for a change ticket or a pull request. */
    public String toMarkdown() {
        return CopyMarkdown.report(this);
    }

    /** The report as a readable table, then the failures and what needs manual input. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Copy report: ").append(source).append(" -> ").append(target).append(": ").append(summary())
                .append('\n');
        if (!labelsCreated.isEmpty()) {
            out.append("Labels created: ").append(labelsCreated.stream().map(LabelRef::id)
                    .collect(Collectors.joining(", "))).append('\n');
        }
        trackingPlans.stream().filter(p -> p.outcome() != Outcome.unchanged).forEach(p -> out.append("Tracking plan '")
                .append(p.name()).append("': ").append(p.outcome()).append(p.error() == null ? "" : ": " + p.error())
                .append('\n'));
        TextTable table = new TextTable("OUTCOME", "SOURCE", "SOURCE ID -> TARGET ID", "WRITE KEY", "DETAIL");
        for (SourceResult result : sources) {
            List<String> details = new ArrayList<>(result.notes());
            if (result.error() != null) {
                details.add(0, "error: " + result.error());
            }
            result.destinations().stream().filter(d -> d.outcome() != Outcome.unchanged)
                    .forEach(d -> details.add("destination '" + d.name() + "': " + d.outcome()
                            + (d.error() == null ? "" : ": " + d.error())));
            result.items().stream().filter(i -> i.outcome() != Outcome.unchanged)
                    .forEach(i -> details.add(i.label() + ": " + i.outcome()
                            + (i.error() == null ? "" : ": " + i.error())));
            table.row(result.outcome(), result.slug(), result.sourceId() + " -> "
                    + (result.targetSourceId() == null ? "-" : result.targetSourceId()),
                    result.writeKeyPresent() == null ? "-" : result.writeKeyPresent() ? "yes" : "no",
                    details.isEmpty() ? "" : details.get(0));
            details.stream().skip(1).forEach(detail -> table.row("", "", "", "", detail));
        }
        out.append('\n');
        table.appendTo(out);
        if (!errors.isEmpty()) {
            out.append("\nErrors:\n");
            errors.forEach(e -> out.append("  ").append(e).append('\n'));
        }
        ManualInput manual = new ManualInput();
        for (SourceResult result : sources) {
            manual.add(result.slug(), result.needsManualInput());
            result.destinations().forEach(d -> manual.add(ManualInput.destination(result.slug(), d.name()),
                    d.needsManualInput()));
            result.items().forEach(i -> manual.add(result.slug() + " " + i.label(), i.needsManualInput()));
        }
        manual.appendTo(out);
        if (hasFailures()) {
            out.append("\nRun the copy again to complete what failed: it picks up where this run stopped.\n");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "CopyReport[" + source.slug() + " -> " + target.slug() + ": " + summary() + "]";
    }
}
