package io.github.camelsegmentremote.copy;

import java.util.List;
import java.util.Map;

/**
 * What the plan does with one selected source: its action, the field-level differences, warnings, and the values
 * the target source gets (the apply step sends these, so a plan applies as it was shown).
 *
 * @param slug            the source's slug, which the target source gets too
 * @param name            the source's name
 * @param sourceId        the source in the source workspace
 * @param metadataId      the catalog source (createSource's metadataId)
 * @param type            the catalog source's name
 * @param targetSourceId  the counterpart in the target, null when it is created
 * @param action          create, update, unchanged or skip
 * @param reason          why it is skipped
 * @param changes         the differences to apply (for a created source: all it gets)
 * @param warnings        what the copy cannot do, or leaves as it is, for this source
 * @param enabled         the enabled flag the target source gets: held off while a secret setting is missing there
 * @param settings        the settings it gets: the source's, without the secrets the API masks
 * @param missingSecrets  secret settings the target lacks: the API masks their values, so they are entered
 *                        by hand there
 * @param labels          the labels it carries
 * @param trackingPlan    the tracking plan to connect it to, or null
 * @param schemaSettings  the schema settings it gets, or null when they are not copied (see the warnings)
 * @param destinations    its destinations, when they are copied
 * @param items           the subscriptions, filters, transformations, insert functions and warehouse connections
 *                        around it, in the order they are applied
 */
public record SourcePlan(String slug, String name, String sourceId, String metadataId, String type,
        String targetSourceId, PlanAction action, String reason, List<FieldChange> changes, List<String> warnings,
        boolean enabled, Map<String, Object> settings, List<String> missingSecrets, List<LabelRef> labels,
        TrackingPlanRef trackingPlan, DesiredSchemaSettings schemaSettings, List<DestinationPlan> destinations,
        List<ItemPlan> items) {

    public SourcePlan {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        missingSecrets = List.copyOf(missingSecrets);
        labels = List.copyOf(labels);
        destinations = List.copyOf(destinations);
        items = List.copyOf(items);
    }

    /** A source that is not copied. */
    static SourcePlan skipped(String slug, String name, String sourceId, String metadataId, String type,
            String targetSourceId, String reason) {
        return new SourcePlan(slug, name, sourceId, metadataId, type, targetSourceId, PlanAction.skip, reason,
                List.of(), List.of(), false, Map.of(), List.of(), List.of(), null, null, List.of(), List.of());
    }

    /** The changes of one scope. */
    public List<FieldChange> changes(FieldChange.Scope scope) {
        return changes.stream().filter(c -> c.scope() == scope).toList();
    }

    boolean changes(FieldChange.Scope scope, String field) {
        return changes.stream().anyMatch(c -> c.scope() == scope && c.field().equals(field));
    }
}
