package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one workspace does around its sources, read as the planner asks and kept, so no request is sent twice in a
 * run: subscriptions and filters per destination, transformations (one list for the workspace), insert functions
 * and their instances (one list per function, the API's only way), warehouses and the sources each loads (one list
 * per warehouse rather than one per source), and tracking plan rules.
 */
final class DeliverySnapshot {

    private static final String FUNCTION_ID = "classId";

    private final WorkspaceApi api;
    private final Map<String, List<Map<String, Object>>> subscriptions = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> filters = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> rules = new HashMap<>();
    private List<Map<String, Object>> transformations;
    private Map<String, Map<String, Object>> insertFunctions;
    private Map<String, List<Map<String, Object>>> instancesByIntegration;
    private List<Map<String, Object>> warehouses;
    private Map<String, List<Map<String, Object>>> warehousesBySource;

    DeliverySnapshot(WorkspaceApi api) {
        this.api = api;
    }

    List<Map<String, Object>> subscriptionsOf(String destinationId) {
        return subscriptions.computeIfAbsent(destinationId, id -> api.jsonList("listSubscriptionsFromDestination",
                Map.of("destinationId", id), Map.of()));
    }

    List<Map<String, Object>> filtersOf(String destinationId) {
        return filters.computeIfAbsent(destinationId, id -> api.jsonList("listFiltersFromDestination",
                Map.of("destinationId", id), Map.of()));
    }

    List<Map<String, Object>> rulesOf(String trackingPlanId) {
        return rules.computeIfAbsent(trackingPlanId, id -> api.jsonList("listRulesFromTrackingPlan",
                Map.of("trackingPlanId", id), Map.of()));
    }

    List<Map<String, Object>> transformationsOf(String sourceId) {
        if (transformations == null) {
            transformations = api.jsonList("listTransformations", Map.of(), Map.of());
        }
        return transformations.stream().filter(t -> sourceId.equals(t.get("sourceId"))).toList();
    }

    /** The insert functions of the workspace (source and destination ones), by id. */
    Map<String, Map<String, Object>> insertFunctions() {
        if (insertFunctions == null) {
            insertFunctions = new LinkedHashMap<>();
            for (String type : List.of("INSERT_SOURCE", "INSERT_DESTINATION")) {
                api.jsonList("listFunctions", Map.of(), Map.of("resourceType", type))
                        .forEach(f -> insertFunctions.put(String.valueOf(f.get("id")), f));
            }
        }
        return insertFunctions;
    }

    /** The id of the insert function with this name and type. */
    Optional<String> insertFunctionNamed(String name, Object resourceType) {
        return insertFunctions().values().stream().filter(f -> name.equals(f.get("displayName"))
                && resourceType.equals(f.get("resourceType"))).map(f -> String.valueOf(f.get("id"))).findFirst();
    }

    List<Map<String, Object>> instancesOn(String integrationId) {
        if (instancesByIntegration == null) {
            instancesByIntegration = new HashMap<>();
            for (String functionId : insertFunctions().keySet()) {
                api.jsonList("listInsertFunctionInstances", Map.of(), Map.of("functionId", functionId))
                        .forEach(i -> instancesByIntegration.computeIfAbsent(String.valueOf(i.get("integrationId")),
                                k -> new ArrayList<>()).add(i));
            }
        }
        return instancesByIntegration.getOrDefault(integrationId, List.of());
    }

    static String functionIdOf(Map<String, Object> instance) {
        return String.valueOf(instance.get(FUNCTION_ID));
    }

    List<Map<String, Object>> warehousesOf(String sourceId) {
        if (warehousesBySource == null) {
            warehousesBySource = new HashMap<>();
            for (Map<String, Object> warehouse : warehouses()) {
                api.jsonList("listConnectedSourcesFromWarehouse", Map.of("warehouseId", warehouse.get("id")), Map.of())
                        .forEach(s -> warehousesBySource.computeIfAbsent(String.valueOf(s.get("id")),
                                k -> new ArrayList<>()).add(warehouse));
            }
        }
        return warehousesBySource.getOrDefault(sourceId, List.of());
    }

    /** The warehouse with this name (its {@code settings.name}) and catalog type. */
    Optional<Map<String, Object>> warehouseNamed(String name, String metadataId) {
        return warehouses().stream().filter(w -> name.equals(warehouseName(w))
                && metadataId.equals(warehouseType(w, "id"))).findFirst();
    }

    private List<Map<String, Object>> warehouses() {
        if (warehouses == null) {
            warehouses = api.jsonList("listWarehouses", Map.of(), Map.of());
        }
        return warehouses;
    }

    static String warehouseName(Map<String, Object> warehouse) {
        Object settings = warehouse.get("settings");
        Object name = settings instanceof Map<?, ?> map ? map.get("name") : null;
        return name == null || String.valueOf(name).isBlank() ? null : String.valueOf(name);
    }

    static String warehouseType(Map<String, Object> warehouse, String field) {
        Object metadata = warehouse.get("metadata");
        return metadata instanceof Map<?, ?> map ? String.valueOf(map.get(field)) : null;
    }
}
