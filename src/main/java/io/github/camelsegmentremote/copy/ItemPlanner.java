package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.camelsegmentremote.copy.FieldChange.Scope;
import io.github.camelsegmentremote.segment.model.Source;

/**
 * Plans the configuration around one source: the subscriptions, filters and insert functions of its destinations,
 * its transformations, insert functions and warehouse connections. Each finds its counterpart under the target
 * source (or destination) by name; its copyable fields are compared one by one.
 */
final class ItemPlanner {

    /** Fields of TransformationV1 that the beta createTransformation/updateTransformation do not take. */
    private static final List<String> NOT_IN_BETA = List.of("drop", "allowProperties", "fqlDefinedProperties",
            "hashPropertiesConfiguration");
    private static final String MASK = "\u2022";

    private final CopyOptions options;
    private final DeliverySnapshot source;
    private final DeliverySnapshot target;
    private final TargetCatalog catalog;
    private final String targetRegion;

    ItemPlanner(CopyOptions options, DeliverySnapshot source, DeliverySnapshot target, TargetCatalog catalog,
            String targetRegion) {
        this.options = options;
        this.source = source;
        this.target = target;
        this.catalog = catalog;
        this.targetRegion = targetRegion;
    }

    /**
     * @param to           the target source, null when it is created
     * @param destinations the plans of the source's destinations (empty unless destinations are copied)
     * @param warnings     where what cannot be copied is said
     */
    List<ItemPlan> plan(Source from, Source to, List<DestinationPlan> destinations, List<String> warnings) {
        List<ItemPlan> items = new ArrayList<>();
        for (DestinationPlan destination : destinations) {
            String skipped = destination.action() == PlanAction.skip ? "its destination is not copied ("
                    + destination.reason() + ")" : null;
            if (options.copies(CopyItem.subscriptions) && catalog.isActions(destination.metadataId())) {
                subscriptions(destination, skipped, items);
            }
            if (options.copies(CopyItem.filters)) {
                filters(destination, skipped, items);
            }
            if (options.copies(CopyItem.insertFunctions)) {
                instances(destination.sourceDestinationId(), destination.targetDestinationId(), destination.name(),
                        skipped, items);
            }
        }
        if (options.copies(CopyItem.transformations)) {
            transformations(from, to, items, warnings);
        }
        if (options.copies(CopyItem.insertFunctions)) {
            instances(from.getId(), to == null ? null : to.getId(), null, null, items);
        }
        if (options.copies(CopyItem.warehouseConnections)) {
            warehouses(from, to, items);
        }
        return items;
    }

    private void subscriptions(DestinationPlan destination, String skipped, List<ItemPlan> items) {
        List<Map<String, Object>> current = destination.targetDestinationId() == null ? List.of()
                : target.subscriptionsOf(destination.targetDestinationId());
        for (Map<String, Object> subscription : source.subscriptionsOf(destination.sourceDestinationId())) {
            String name = text(subscription, "name");
            String actionId = text(subscription, "actionId");
            String id = text(subscription, "id");
            if (skipped != null) {
                items.add(ItemPlan.skipped(ItemKind.subscription, name, destination.name(), id, skipped));
            } else if (!catalog.actions(destination.metadataId()).contains(actionId)) {
                items.add(ItemPlan.skipped(ItemKind.subscription, name, destination.name(), id, "its action "
                        + subscription.get("actionSlug") + " (" + actionId + ") of " + destination.type()
                        + " is not in the catalog of the target's region (" + targetRegion + ")"));
            } else {
                Map<String, Object> counterpart = current.stream().filter(s -> actionId.equals(s.get("actionId"))
                        && name.equals(s.get("name"))).findFirst().orElse(null);
                items.add(diff(ItemKind.subscription, name, destination.name(), id,
                        fields(subscription, "name", "actionId", "trigger", "enabled", "settings"), counterpart,
                        null, List.of()));
            }
        }
    }

    private void filters(DestinationPlan destination, String skipped, List<ItemPlan> items) {
        List<Map<String, Object>> current = destination.targetDestinationId() == null ? List.of()
                : target.filtersOf(destination.targetDestinationId());
        for (Map<String, Object> filter : source.filtersOf(destination.sourceDestinationId())) {
            String title = text(filter, "title");
            if (skipped != null) {
                items.add(ItemPlan.skipped(ItemKind.filter, title, destination.name(), text(filter, "id"), skipped));
                continue;
            }
            List<Map<String, Object>> same = current.stream().filter(f -> title.equals(f.get("title"))).toList();
            items.add(same.size() > 1 ? ItemPlan.skipped(ItemKind.filter, title, destination.name(),
                    text(filter, "id"), "the target destination has " + same.size() + " filters titled '" + title
                            + "'")
                    : diff(ItemKind.filter, title, destination.name(), text(filter, "id"),
                            fields(filter, "title", "if", "actions", "description", "enabled"),
                            same.isEmpty() ? null : same.get(0), null, List.of()));
        }
    }

    private void instances(String integrationId, String targetIntegrationId, String destination, String skipped,
            List<ItemPlan> items) {
        List<Map<String, Object>> current = targetIntegrationId == null ? List.of()
                : target.instancesOn(targetIntegrationId);
        for (Map<String, Object> instance : source.instancesOn(integrationId)) {
            Map<String, Object> function = source.insertFunctions().get(DeliverySnapshot.functionIdOf(instance));
            String name = function == null ? DeliverySnapshot.functionIdOf(instance) : text(function,
                    "displayName");
            String id = text(instance, "id");
            String targetFunction = function == null ? null
                    : target.insertFunctionNamed(name, function.get("resourceType")).orElse(null);
            if (skipped != null) {
                items.add(ItemPlan.skipped(ItemKind.insertFunction, name, destination, id, skipped));
            } else if (targetFunction == null) {
                items.add(ItemPlan.skipped(ItemKind.insertFunction, name, destination, id, "the target has no "
                        + "insert function named '" + name + "': create and deploy it there (the copy connects "
                        + "functions, it does not copy their code), then run the copy again"));
            } else {
                Map<String, Object> counterpart = current.stream()
                        .filter(i -> targetFunction.equals(DeliverySnapshot.functionIdOf(i))).findFirst()
                        .orElse(null);
                items.add(diff(ItemKind.insertFunction, name, destination, id,
                        fields(instance, "name", "enabled", "settings"), counterpart, targetFunction,
                        secretsOf(instance.get("encryptedSettings"))));
            }
        }
    }

    private void transformations(Source from, Source to, List<ItemPlan> items, List<String> warnings) {
        List<Map<String, Object>> current = to == null ? List.of() : target.transformationsOf(to.getId());
        for (Map<String, Object> transformation : source.transformationsOf(from.getId())) {
            String name = text(transformation, "name");
            Object type = transformation.get("destinationMetadataId");
            NOT_IN_BETA.stream().filter(f -> present(transformation.get(f))).forEach(f -> warnings.add(
                    "transformation '" + name + "': " + f + " not copied (the beta transformation API does not "
                            + "take it): set it in the target by hand"));
            if (type != null && !catalog.hasDestination(String.valueOf(type))) {
                items.add(ItemPlan.skipped(ItemKind.transformation, name, null, text(transformation, "id"),
                        "it is for destination type " + type + ", which is not in the catalog of the target's "
                                + "region (" + targetRegion + ")"));
                continue;
            }
            Map<String, Object> counterpart = current.stream().filter(t -> name.equals(t.get("name"))
                    && Objects.equals(type, t.get("destinationMetadataId"))).findFirst().orElse(null);
            items.add(diff(ItemKind.transformation, name, null, text(transformation, "id"),
                    fields(transformation, "name", "destinationMetadataId", "enabled", "if", "newEventName",
                            "propertyRenames", "propertyValueTransformations"), counterpart, null, List.of()));
        }
    }

    private void warehouses(Source from, Source to, List<ItemPlan> items) {
        List<Map<String, Object>> connected = to == null ? List.of() : target.warehousesOf(to.getId());
        for (Map<String, Object> warehouse : source.warehousesOf(from.getId())) {
            String name = DeliverySnapshot.warehouseName(warehouse);
            String type = DeliverySnapshot.warehouseType(warehouse, "name");
            String id = text(warehouse, "id");
            String label = (name == null ? id : name) + " (" + type + ")";
            if (name == null) {
                items.add(ItemPlan.skipped(ItemKind.warehouseConnection, label, null, id, "the warehouse has no "
                        + "name (settings.name) to find its counterpart in the target by"));
                continue;
            }
            Map<String, Object> counterpart = target.warehouseNamed(name,
                    DeliverySnapshot.warehouseType(warehouse, "id")).orElse(null);
            if (counterpart == null) {
                items.add(ItemPlan.skipped(ItemKind.warehouseConnection, label, null, id, "the target has no "
                        + type + " warehouse named '" + name + "': the copy never creates warehouses (they hold "
                        + "credentials); create it there, then run the copy again"));
                continue;
            }
            String targetId = text(counterpart, "id");
            boolean already = connected.stream().anyMatch(w -> targetId.equals(w.get("id")));
            Map<String, Object> wanted = Map.of("warehouse", label);
            items.add(already ? new ItemPlan(ItemKind.warehouseConnection, label, null, id, targetId,
                    PlanAction.unchanged, null, List.of(), wanted, targetId, List.of())
                    : new ItemPlan(ItemKind.warehouseConnection, label, null, id, null, PlanAction.create, null,
                            List.of(FieldChange.of(Scope.item, "connected", false, true)), wanted, targetId,
                            List.of()));
        }
    }

    /** Create (no counterpart) or the fields whose values differ. */
    private static ItemPlan diff(ItemKind kind, String name, String destination, String sourceItemId,
            Map<String, Object> wanted, Map<String, Object> current, String targetRef, List<String> secrets) {
        List<FieldChange> changes = new ArrayList<>();
        Map<String, Object> now = current == null ? Map.of() : fields(current, wanted.keySet().toArray(String[]::new));
        wanted.forEach((field, value) -> {
            if (current == null || !Objects.equals(value, now.get(field))) {
                changes.add(FieldChange.of(Scope.item, field, now.get(field), value));
            }
        });
        PlanAction action = current == null ? PlanAction.create
                : changes.isEmpty() ? PlanAction.unchanged : PlanAction.update;
        List<String> missing = current == null ? secrets : secrets.stream()
                .filter(s -> !secretsOf(current.get("encryptedSettings")).contains(s)).toList();
        return new ItemPlan(kind, name, destination, sourceItemId, current == null ? null : text(current, "id"),
                action, null, changes, wanted, targetRef, missing);
    }

    /** The named fields that have a value (absent and null read alike, so a round trip compares equal). */
    static Map<String, Object> fields(Map<String, Object> item, String... names) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : names) {
            Object value = item.get(name);
            if (value != null) {
                fields.put(name, value);
            }
        }
        return fields;
    }

    /** The masked (so: set) secret values of an insert function, as {@code encryptedSettings.<key>}. */
    private static List<String> secretsOf(Object encrypted) {
        if (!(encrypted instanceof Map<?, ?> map)) {
            return List.of();
        }
        return map.entrySet().stream().filter(e -> String.valueOf(e.getValue()).contains(MASK))
                .map(e -> "encryptedSettings." + e.getKey()).toList();
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof List<?> list && list.isEmpty())
                && !(value instanceof Map<?, ?> map && map.isEmpty()) && !Boolean.FALSE.equals(value);
    }

    private static String text(Map<String, Object> item, String field) {
        Object value = item.get(field);
        return value == null ? null : String.valueOf(value);
    }
}
