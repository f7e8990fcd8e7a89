package io.github.camelsegmentremote.copy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What copying the selected sources from one workspace to another would do, per source: {@code create},
 * {@code update} with the field-level differences, {@code unchanged} or {@code skip} with the reason; plus the
 * labels to create in the target and warnings. Made by {@link SourceCopier#plan(CopyOptions)}, carried out by
 * {@link SourceCopier#apply(CopyPlan)}. {@link #toText()} renders it as a table, {@link #toJson()} as JSON; neither
 * holds a token or a write key.
 *
 * @param source         the workspace copied from
 * @param target         the workspace copied to
 * @param options        the options the plan was made with
 * @param plannedAt      when the plan was made
 * @param labelsToCreate labels the selected sources carry that the target lacks
 * @param trackingPlans  the tracking plans the selected sources are connected to: created, rules replaced, left
 * @param sources        one entry per selected source, in the source workspace's order
 * @param warnings       warnings about the copy as a whole
 */
public record CopyPlan(WorkspaceInfo source, WorkspaceInfo target, CopyOptions options, Instant plannedAt,
        List<LabelRef> labelsToCreate, List<TrackingPlanPlan> trackingPlans, List<SourcePlan> sources,
        List<String> warnings) {

    public CopyPlan {
        labelsToCreate = List.copyOf(labelsToCreate);
        trackingPlans = List.copyOf(trackingPlans);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /** How many sources have this action. */
    public long count(PlanAction action) {
        return sources.stream().filter(s -> s.action() == action).count();
    }

    /** Whether applying the plan would change anything in the target. */
    public boolean hasChanges() {
        return !labelsToCreate.isEmpty() || count(PlanAction.create) + count(PlanAction.update) > 0
                || trackingPlans.stream().anyMatch(p -> p.action() == PlanAction.create
                        || p.action() == PlanAction.update);
    }

    /** One line: how many sources are created, updated, unchanged and skipped. */
    public String summary() {
        return count(PlanAction.create) + " to create, " + count(PlanAction.update) + " to update, "
                + count(PlanAction.unchanged) + " unchanged, " + count(PlanAction.skip) + " skipped ("
                + sources.size() + " selected)";
    }

    public String toJson() {
        return CopyJson.pretty(this);
    }

    /** The plan as Markdown, for a change ticket or a pull request: a table per source, field-level differences. */
    public String toMarkdown() {
        return CopyMarkdown.plan(this);
    }

    /** The plan as a readable table with the changes and warnings under it. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Copy plan: ").append(source).append(" -> ").append(target).append('\n');
        out.append("Options: ").append(options.describe()).append('\n');
        if (!labelsToCreate.isEmpty()) {
            out.append("Labels to create in the target: ").append(labelsToCreate.stream().map(LabelRef::id)
                    .collect(Collectors.joining(", "))).append('\n');
        }
        if (!trackingPlans.isEmpty()) {
            TextTable plans = new TextTable("ACTION", "TRACKING PLAN", "TARGET ID", "DETAIL");
            for (TrackingPlanPlan plan : trackingPlans) {
                List<String> details = new ArrayList<>();
                if (plan.reason() != null) {
                    details.add(plan.reason());
                }
                plan.changes().forEach(c -> details.add(c.field() + (c.from() == null ? " added" : " changed")));
                plans.row(plan.action(), plan.name(), plan.targetTrackingPlanId() == null ? "-"
                        : plan.targetTrackingPlanId(), details.isEmpty() ? "" : details.get(0));
                details.stream().skip(1).forEach(detail -> plans.row("", "", "", detail));
            }
            out.append('\n');
            plans.appendTo(out);
        }
        TextTable table = new TextTable("ACTION", "SOURCE", "TYPE", "TARGET ID", "DETAIL");
        for (SourcePlan plan : sources) {
            List<String> details = details(plan);
            table.row(plan.action(), plan.slug(), plan.type(), plan.targetSourceId() == null ? "-"
                    : plan.targetSourceId(), details.isEmpty() ? "" : details.get(0));
            details.stream().skip(1).forEach(detail -> table.row("", "", "", "", detail));
        }
        out.append('\n');
        table.appendTo(out);
        StringBuilder warningLines = new StringBuilder();
        warnings.forEach(w -> warningLines.append("  ").append(w).append('\n'));
        for (SourcePlan plan : sources) {
            plan.warnings().forEach(w -> warningLines.append("  ").append(plan.slug()).append(": ").append(w)
                    .append('\n'));
        }
        if (!warningLines.isEmpty()) {
            out.append("\nWarnings:\n").append(warningLines);
        }
        ManualInput manual = new ManualInput();
        for (SourcePlan plan : sources) {
            manual.add(plan.slug(), plan.missingSecrets());
            plan.destinations().forEach(d -> manual.add(ManualInput.destination(plan.slug(), d.name()),
                    d.missingSecrets()));
            plan.items().forEach(i -> manual.add(plan.slug() + " " + i.label(), i.missingSecrets()));
        }
        manual.appendTo(out);
        out.append('\n').append(summary()).append('\n');
        return out.toString();
    }

    private static List<String> details(SourcePlan plan) {
        List<String> details = new ArrayList<>();
        switch (plan.action()) {
            case skip -> details.add(plan.reason());
            case create -> details.add("new source: " + plan.changes().stream().map(CopyPlan::newValue)
                    .collect(Collectors.joining(", ")));
            default -> plan.changes().forEach(change -> details.add(change.describe()));
        }
        for (DestinationPlan destination : plan.destinations()) {
            String prefix = "destination '" + destination.name() + "' (" + destination.type() + "): ";
            switch (destination.action()) {
                case skip -> details.add(prefix + "skip, " + destination.reason());
                case create -> details.add(prefix + "create");
                case update -> destination.changes().forEach(c -> details.add(prefix + c.describe()));
                case unchanged -> {
                }
            }
        }
        for (ItemPlan item : plan.items()) {
            String prefix = item.label() + ": ";
            switch (item.action()) {
                case skip -> details.add(prefix + "skip, " + item.reason());
                case create -> details.add(prefix + "create");
                case update -> item.changes().forEach(c -> details.add(prefix + c.describe()));
                case unchanged -> {
                }
            }
        }
        return details;
    }

    /** A value a created source gets, short: settings and schema settings are named, not shown. */
    private static String newValue(FieldChange change) {
        return switch (change.field()) {
            case "settings" -> "settings " + ((Map<?, ?>) change.to()).keySet();
            case "schemaSettings" -> "schema settings";
            default -> change.field() + " " + CopyJson.compact(change.to());
        };
    }

    @Override
    public String toString() {
        return "CopyPlan[" + source.slug() + " -> " + target.slug() + ": " + summary() + "]";
    }
}
