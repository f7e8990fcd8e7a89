package io.github.camelsegmentremote.sandbox;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Public API operations on the workspace itself: getWorkspace, labels, warehouses, functions, users and event
 * volume. The volume is counted from what the Tracking API accepted since the last reset, in one bucket starting at
 * {@code startTime} (the sandbox keeps no timestamps per event).
 */
final class SegmentWorkspaceApi {

    private static final Set<String> GRANULARITIES = Set.of("DAY", "HOUR", "MINUTE");
    private static final Set<String> FUNCTION_TYPES = Set.of("DESTINATION", "SOURCE", "INSERT_DESTINATION",
            "INSERT_SOURCE", "INSERT_TRANSFORMATION");

    private SegmentWorkspaceApi() {
    }

    static void register(SegmentApiHandlers handlers) {
        handlers.on("getWorkspace", c -> c.single("workspace", c.workspace().toJson()))
                .on("listLabels", SegmentWorkspaceApi::listLabels)
                .on("createLabel", SegmentWorkspaceApi::createLabel)
                .on("listWarehouses",
                        c -> c.page("warehouses", c.workspace().warehouses(), c.workspace()::toJson, true))
                .on("getWarehouse", SegmentWorkspaceApi::getWarehouse)
                .on("listConnectedSourcesFromWarehouse", c -> c.page("sources", connectedSources(c),
                        c.workspace()::toJson, true))
                .on("addConnectionFromSourceToWarehouse", c -> {
                    c.workspace().connectWarehouse(c.pathParam("warehouseId"), c.pathParam("sourceId"));
                    return c.created(SandboxJson.object().put("status", "CONNECTED"));
                })
                .on("listFunctions", SegmentWorkspaceApi::listFunctions)
                .on("listUsers", c -> c.page("users", c.workspace().users(),
                        u -> u.toJson(c.workspace().id()), true))
                .on("getEventsVolumeFromWorkspace", SegmentWorkspaceApi::eventsVolume);
    }

    private static SandboxResponse listLabels(SegmentApiCall call) {
        ObjectNode data = SandboxJson.object();
        ArrayNode labels = data.putArray("labels");
        call.workspace().labels().forEach(l -> labels.add(l.toJson()));
        return call.ok(data);
    }

    private static SandboxResponse createLabel(SegmentApiCall call) {
        ObjectNode body = call.body();
        SegmentInput.allowOnly(body, Set.of("label"), null);
        if (!body.has("label")) {
            throw SegmentInput.invalid("label", "\"label\" is required");
        }
        SegmentLabel label = call.workspace().createLabel(SegmentLabel.fromJson(body.get("label"), "label"));
        return call.created(SandboxJson.object().set("label", label.toJson()));
    }

    private static SandboxResponse getWarehouse(SegmentApiCall call) {
        String id = call.pathParam("warehouseId");
        SegmentWarehouse warehouse = call.workspace().warehouses().stream().filter(w -> w.id().equals(id))
                .findFirst().orElseThrow(() -> new SandboxException(404, "Warehouse '" + id + "' not found"));
        return call.single("warehouse", call.workspace().toJson(warehouse));
    }

    private static List<SegmentSource> connectedSources(SegmentApiCall call) {
        String id = call.pathParam("warehouseId");
        SegmentWarehouse warehouse = call.workspace().warehouses().stream().filter(w -> w.id().equals(id))
                .findFirst().orElseThrow(() -> new SandboxException(404, "Warehouse '" + id + "' not found"));
        return call.workspace().sources().stream().filter(s -> warehouse.sourceIds().contains(s.id())).toList();
    }

    private static SandboxResponse listFunctions(SegmentApiCall call) {
        String type = call.requiredQuery("resourceType");
        if (!FUNCTION_TYPES.contains(type)) {
            throw SegmentInput.invalid("resourceType", "\"resourceType\" must be one of " + FUNCTION_TYPES);
        }
        return call.page("functions", call.workspace().functions().stream()
                .filter(f -> f.resourceType().equals(type)).toList(), SegmentFunction::toJson, true);
    }

    private static SandboxResponse eventsVolume(SegmentApiCall call) {
        String granularity = call.requiredQuery("granularity");
        if (!GRANULARITIES.contains(granularity)) {
            throw SegmentInput.invalid("granularity", "\"granularity\" must be one of " + GRANULARITIES);
        }
        String start = timestamp(call, "startTime");
        String end = timestamp(call, "endTime");
        List<String> groupBy = listQuery(call, "groupBy");
        List<String> sourceIds = listQuery(call, "sourceId");
        List<String> eventTypes = listQuery(call, "eventType");
        boolean byType = groupBy.contains("eventType");

        SegmentWorkspace workspace = call.workspace();
        ArrayNode result = SandboxJson.array();
        for (SegmentSource source : workspace.sources()) {
            if (!sourceIds.isEmpty() && !sourceIds.contains(source.id())) {
                continue;
            }
            Map<String, Long> counts = workspace.events().acceptedBySource(source.id());
            if (byType) {
                counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .filter(e -> eventTypes.isEmpty() || eventTypes.contains(e.getKey()))
                        .forEach(e -> result.add(volume(source, e.getKey(), e.getValue(), start)));
            } else {
                long total = counts.entrySet().stream()
                        .filter(e -> eventTypes.isEmpty() || eventTypes.contains(e.getKey()))
                        .mapToLong(Map.Entry::getValue).sum();
                if (total > 0) {
                    result.add(volume(source, null, total, start));
                }
            }
        }
        ObjectNode data = SandboxJson.object();
        data.put("path", "/events/volume");
        ObjectNode query = data.putObject("query");
        query.put("workspaceId", workspace.id());
        query.put("granularity", granularity);
        query.put("startTime", start);
        query.put("endTime", end);
        if (!groupBy.isEmpty()) {
            groupBy.forEach(query.putArray("groupBy")::add);
        }
        data.set("result", result);
        data.set("pagination", new SegmentPage(0, Math.max(1, result.size())).toJson(result.size()));
        return call.ok(data);
    }

    private static ObjectNode volume(SegmentSource source, String eventType, long total, String start) {
        ObjectNode node = SandboxJson.object();
        node.putObject("source").put("id", source.id()).put("name", source.name()).put("slug", source.slug());
        if (eventType != null) {
            node.put("eventType", eventType);
        }
        node.put("total", total);
        node.putArray("series").addObject().put("time", start).put("count", total);
        return node;
    }

    private static String timestamp(SegmentApiCall call, String name) {
        String value = call.requiredQuery(name);
        try {
            Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw SegmentInput.invalid(name, "\"" + name + "\" must be an ISO 8601 timestamp");
        }
        return value;
    }

    /** A list parameter, given repeated ({@code x=a&x=b}) or comma-separated ({@code x=a,b}). */
    private static List<String> listQuery(SegmentApiCall call, String name) {
        List<String> values = call.request().query().getOrDefault(name, List.of());
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
    }
}
