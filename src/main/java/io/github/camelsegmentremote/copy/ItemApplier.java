package io.github.camelsegmentremote.copy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelsegmentremote.copy.FieldChange.Scope;

/**
 * Applies the subscriptions, filters, transformations, insert functions and warehouse connections of one source,
 * kind by kind in {@link ItemKind} order, with every id remapped to the target: the source, its destinations (also
 * the ones this run created), the insert function and the warehouse of the same name. A call the target refuses
 * fails that item with Segment's message; the others go on.
 */
final class ItemApplier {

    private final WorkspaceApi target;

    ItemApplier(WorkspaceApi target) {
        this.target = target;
    }

    void apply(ApplyProgress progress, ItemKind kind) {
        for (ItemPlan item : progress.plan.items()) {
            if (item.kind() == kind) {
                progress.items.add(apply(progress, item));
            }
        }
    }

    private ItemResult apply(ApplyProgress progress, ItemPlan item) {
        switch (item.action()) {
            case skip -> {
                return result(item, Outcome.skipped, null, null);
            }
            case unchanged -> {
                return result(item, Outcome.unchanged, item.targetItemId(), null);
            }
            default -> {
            }
        }
        String integrationId = item.destination() == null ? progress.targetId
                : progress.destinationId(item.destination()).orElse(null);
        if (integrationId == null) {
            return result(item, Outcome.failed, null, "not applied: its " + (item.destination() == null
                    ? "source" : "destination '" + item.destination() + "'") + " does not exist in the target "
                    + "(see its error); run the copy again");
        }
        try {
            String id = item.action() == PlanAction.create ? create(item, integrationId, progress.targetId)
                    : update(item, integrationId);
            progress.done((item.action() == PlanAction.create ? "create " : "update ") + item.label());
            return result(item, item.action() == PlanAction.create ? Outcome.created : Outcome.updated, id, null);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            progress.note(item.label() + " failed: " + message);
            return result(item, Outcome.failed, item.targetItemId(), message);
        }
    }

    /** The new item's id in the target. */
    private String create(ItemPlan item, String integrationId, String sourceId) {
        Map<String, Object> body = new LinkedHashMap<>(item.fields());
        Map<String, Object> created = switch (item.kind()) {
            case subscription -> target.write("createDestinationSubscription",
                    Map.of("destinationId", integrationId), body);
            case filter -> {
                body.put("sourceId", sourceId);
                yield target.write("createFilterForDestination", Map.of("destinationId", integrationId), body);
            }
            case transformation -> {
                body.put("sourceId", sourceId);
                yield target.write("createTransformation", Map.of(), body);
            }
            case insertFunction -> {
                body.put("functionId", item.targetRef());
                body.put("integrationId", integrationId);
                body.putIfAbsent("settings", Map.of());
                yield target.write("createInsertFunctionInstance", Map.of(), body);
            }
            case warehouseConnection -> {
                target.write("addConnectionFromSourceToWarehouse", Map.of("warehouseId", item.targetRef(),
                        "sourceId", sourceId), null);
                yield Map.of("id", item.targetRef());
            }
        };
        return created == null ? null : String.valueOf(created.get("id"));
    }

    private String update(ItemPlan item, String integrationId) {
        Map<String, Object> changed = new LinkedHashMap<>();
        item.changes().stream().filter(c -> c.scope() == Scope.item)
                .forEach(c -> changed.put(c.field(), item.fields().get(c.field())));
        String id = item.targetItemId();
        switch (item.kind()) {
            case subscription -> target.write("updateSubscriptionForDestination",
                    Map.of("destinationId", integrationId, "id", id), Map.of("input", changed));
            case filter -> target.write("updateFilterForDestination",
                    Map.of("destinationId", integrationId, "filterId", id), changed);
            case transformation -> {
                changed.put("transformationId", id);
                target.write("updateTransformation", Map.of("transformationId", id), changed);
            }
            case insertFunction -> {
                // settings is required: the instance's whole settings go with any change.
                changed.put("settings", item.fields().getOrDefault("settings", Map.of()));
                target.write("updateInsertFunctionInstance", Map.of("instanceId", id), changed);
            }
            case warehouseConnection -> throw new IllegalStateException("a warehouse connection is never updated");
        }
        return id;
    }

    private static ItemResult result(ItemPlan item, Outcome outcome, String targetId, String error) {
        List<String> secrets = outcome == Outcome.skipped ? List.of() : item.missingSecrets();
        return new ItemResult(item.kind(), item.name(), item.destination(), outcome, targetId, secrets, error);
    }
}
