package io.github.camelsegmentremote.copy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the plan does with one piece of configuration around a source: a subscription, filter or insert function of
 * one of its destinations, or a transformation, insert function or warehouse connection of the source.
 *
 * @param kind           what it is
 * @param name           how it is matched in the target: the subscription's or transformation's name, the
 *                       filter's title, the function's name, the warehouse's name and type
 * @param destination    the name of the destination it belongs to; null for the source's own items
 * @param sourceItemId   its id in the source workspace
 * @param targetItemId   its counterpart in the target, null when it is created
 * @param action         create, update, unchanged or skip
 * @param reason         why it is skipped
 * @param changes        the field-level differences to apply
 * @param fields         the copyable fields it gets (ids of the source workspace left out: they are remapped)
 * @param targetRef      the target resource it points at: the insert function's or the warehouse's id
 * @param missingSecrets secret values the API masks, to be entered by hand in the target
 */
public record ItemPlan(ItemKind kind, String name, String destination, String sourceItemId, String targetItemId,
        PlanAction action, String reason, List<FieldChange> changes, Map<String, Object> fields, String targetRef,
        List<String> missingSecrets) {

    public ItemPlan {
        changes = List.copyOf(changes);
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        missingSecrets = List.copyOf(missingSecrets);
    }

    static ItemPlan skipped(ItemKind kind, String name, String destination, String sourceItemId, String reason) {
        return new ItemPlan(kind, name, destination, sourceItemId, null, PlanAction.skip, reason, List.of(), null,
                null, List.of());
    }

    /** {@code subscription 'Track calls' of destination 'Amplitude'}, for tables and messages. */
    public String label() {
        return kind + " '" + name + "'" + (destination == null ? "" : " of destination '" + destination + "'");
    }
}
