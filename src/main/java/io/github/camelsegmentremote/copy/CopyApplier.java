package io.github.camelsegmentremote.copy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.camelsegmentremote.copy.FieldChange.Scope;
import io.github.camelsegmentremote.segment.SegmentApiException;
import io.github.camelsegmentremote.segment.model.Destination;
import io.github.camelsegmentremote.segment.model.SchemaSettings;
import io.github.camelsegmentremote.segment.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a plan on the target workspace in dependency order, one pass over the sources per step, so that every
 * step finds what it needs: the missing labels; createSource/updateSource with the source's labels; the tracking
 * plans and their rules; the sources' tracking plan connections; schema settings (their forwarding targets may be
 * sources the first pass created); destinations; then subscriptions, filters, transformations, insert functions and
 * warehouse connections ({@link ItemApplier}). A failed call fails its source (or item) only: the others go on, and
 * the report tells what was done.
 */
final class CopyApplier {

    private static final Logger LOG = LoggerFactory.getLogger(CopyApplier.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final WorkspaceApi target;
    /** Target source ids by the slug of their source, including the ones created by this run. */
    private final Map<String, String> targetIds = new HashMap<>();

    CopyApplier(WorkspaceApi target) {
        this.target = target;
    }

    CopyReport apply(CopyPlan plan) {
        Instant started = Instant.now();
        plan.sources().stream().filter(p -> p.targetSourceId() != null)
                .forEach(p -> targetIds.put(p.slug(), p.targetSourceId()));
        List<LabelRef> labelsCreated = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        createLabels(plan.labelsToCreate(), labelsCreated, errors);
        Map<String, ApplyProgress> progress = new LinkedHashMap<>();
        plan.sources().forEach(p -> progress.put(p.slug(), new ApplyProgress(p)));
        progress.values().forEach(this::applySource);
        TrackingPlanApplier trackingPlans = new TrackingPlanApplier(target);
        trackingPlans.apply(plan.trackingPlans());
        progress.values().forEach(p -> connectTrackingPlan(p, trackingPlans));
        progress.values().forEach(this::applySchemaSettings);
        progress.values().forEach(this::applyDestinations);
        ItemApplier items = new ItemApplier(target);
        for (ItemKind kind : ItemKind.values()) {
            progress.values().stream().filter(p -> p.acts() && p.targetId != null)
                    .forEach(p -> items.apply(p, kind));
        }
        return new CopyReport(plan.source(), plan.target(), started, Instant.now(), labelsCreated,
                trackingPlans.results(), errors, progress.values().stream().map(ApplyProgress::result).toList());
    }

    private void createLabels(List<LabelRef> labels, List<LabelRef> created, List<String> errors) {
        for (LabelRef label : labels) {
            try {
                target.createLabel(label.toLabel());
                created.add(label);
            } catch (SegmentApiException e) {
                if (e.status() != 409) {
                    // 409: created since the plan was made, which is as good.
                    errors.add("label " + label.id() + ": " + e.getMessage());
                }
            }
        }
    }

    private void applySource(ApplyProgress progress) {
        SourcePlan plan = progress.plan;
        if (!progress.acts()) {
            return;
        }
        try {
            if (plan.action() == PlanAction.create) {
                create(progress);
            } else if (!plan.changes(Scope.source).isEmpty()) {
                Source updated = target.updateSource(progress.targetId, sourceChanges(plan));
                progress.writeKey(updated);
                progress.done("updateSource (" + String.join(", ", plan.changes(Scope.source).stream()
                        .map(FieldChange::field).toList()) + ")");
            }
            if (!plan.changes(Scope.labels).isEmpty()) {
                target.replaceLabels(progress.targetId, plan.labels().stream().map(LabelRef::toLabel).toList());
                progress.done("replaceLabelsInSource");
            }
        } catch (RuntimeException e) {
            progress.fail(message(e));
        }
    }

    /** After the tracking plans exist: a plan created by this run has its id only now. */
    private void connectTrackingPlan(ApplyProgress progress, TrackingPlanApplier trackingPlans) {
        TrackingPlanRef ref = progress.plan.trackingPlan();
        if (!progress.acts() || progress.error != null || ref == null) {
            return;
        }
        String id = ref.targetTrackingPlanId() != null ? ref.targetTrackingPlanId()
                : trackingPlans.createdId(ref.name());
        if (id == null) {
            progress.fail("tracking plan '" + ref.name() + "' was not created (see the tracking plans), so the source "
                    + "is not connected to it; run the copy again");
            return;
        }
        try {
            target.addSourceToTrackingPlan(id, progress.targetId);
            progress.done("addSourceToTrackingPlan (" + ref.name() + ")");
        } catch (RuntimeException e) {
            progress.fail(message(e));
        }
    }

    /** createSource takes no name: a name other than the slug is set right after. */
    private void create(ApplyProgress progress) {
        SourcePlan plan = progress.plan;
        Source created = target.createSource(plan.slug(), plan.metadataId(), plan.enabled(), plan.settings());
        progress.targetId = created.getId();
        targetIds.put(plan.slug(), created.getId());
        progress.writeKey(created);
        progress.done("createSource");
        if (plan.name() != null && !plan.name().equals(created.getName())) {
            target.updateSource(created.getId(), Map.of("name", plan.name()));
            progress.done("updateSource (name)");
        }
    }

    /** The fields of updateSource that differ; settings go whole (the Public API merges them key by key). */
    private static Map<String, Object> sourceChanges(SourcePlan plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (plan.changes(Scope.source, "name")) {
            body.put("name", plan.name());
        }
        if (plan.changes(Scope.source, "slug")) {
            body.put("slug", plan.slug());
        }
        if (plan.changes(Scope.source, "enabled")) {
            body.put("enabled", plan.enabled());
        }
        if (plan.changes(Scope.source).stream().anyMatch(c -> c.field().startsWith("settings."))) {
            body.put("settings", plan.settings());
        }
        return body;
    }

    private void applySchemaSettings(ApplyProgress progress) {
        SourcePlan plan = progress.plan;
        if (!progress.acts() || progress.error != null || plan.schemaSettings() == null
                || plan.changes(Scope.schemaSettings).isEmpty()) {
            return;
        }
        try {
            DesiredSchemaSettings wanted = plan.schemaSettings();
            Map<String, Object> body = wanted.body(
                    forwardingTarget(progress, "forwardingViolationsTo", wanted.forwardingViolationsTo()),
                    forwardingTarget(progress, "forwardingBlockedEventsTo", wanted.forwardingBlockedEventsTo()));
            if (plan.action() == PlanAction.create
                    && body.equals(asBody(target.schemaSettings(progress.targetId)))) {
                return;
            }
            target.updateSchemaSettings(progress.targetId, body);
            progress.done("updateSchemaSettingsInSource");
        } catch (RuntimeException e) {
            progress.fail(message(e));
        }
    }

    /** The target source id a forwarding field gets, noting the remapping or why it is left out. */
    private String forwardingTarget(ApplyProgress progress, String field, SourceLink link) {
        if (link == null) {
            return null;
        }
        String id = link.targetSourceId() != null ? link.targetSourceId() : targetIds.get(link.slug());
        if (id == null) {
            progress.note(field + " left out: '" + link.slug() + "' was not created (see its error), so this "
                    + "forwarding is off until the copy runs again");
        } else {
            progress.note(field + " remapped to target source " + id + " ('" + link.slug() + "')");
        }
        return id;
    }

    /** Schema settings as the body that would set them, to compare with a wanted body. */
    private static Map<String, Object> asBody(SchemaSettings current) {
        Map<String, Object> read = CopyJson.MAPPER.convertValue(current, MAP);
        read.values().removeIf(v -> v == null || v instanceof String text && text.isBlank());
        return read;
    }

    private void applyDestinations(ApplyProgress progress) {
        SourcePlan plan = progress.plan;
        if (!progress.acts() || progress.error != null) {
            return;
        }
        for (DestinationPlan destination : plan.destinations()) {
            progress.destinations.add(applyDestination(progress, destination));
        }
    }

    private DestinationResult applyDestination(ApplyProgress progress, DestinationPlan plan) {
        try {
            return switch (plan.action()) {
                case skip -> destinationResult(plan, Outcome.skipped, null, null);
                case unchanged -> destinationResult(plan, Outcome.unchanged, plan.targetDestinationId(), null);
                case create -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("sourceId", progress.targetId);
                    body.put("metadataId", plan.metadataId());
                    body.put("name", plan.name());
                    body.put("enabled", plan.enabled());
                    body.put("settings", plan.settings());
                    Destination created = target.createDestination(body);
                    progress.done("createDestination (" + plan.name() + ")");
                    yield destinationResult(plan, Outcome.created, created.getId(), null);
                }
                case update -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    if (plan.changes().stream().anyMatch(c -> c.field().equals("enabled"))) {
                        body.put("enabled", plan.enabled());
                    }
                    if (plan.changes().stream().anyMatch(c -> c.field().startsWith("settings."))) {
                        body.put("settings", plan.settings());
                    }
                    target.updateDestination(plan.targetDestinationId(), body);
                    progress.done("updateDestination (" + plan.name() + ")");
                    yield destinationResult(plan, Outcome.updated, plan.targetDestinationId(), null);
                }
            };
        } catch (RuntimeException e) {
            progress.fail("destination '" + plan.name() + "': " + message(e));
            return destinationResult(plan, Outcome.failed, plan.targetDestinationId(), message(e));
        }
    }

    /** The error as the report shows it: the API error's description (never a credential), else the exception. */
    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static DestinationResult destinationResult(DestinationPlan plan, Outcome outcome, String targetId,
            String error) {
        return new DestinationResult(plan.name(), plan.metadataId(), outcome, targetId, plan.missingSecrets(), error);
    }
}
