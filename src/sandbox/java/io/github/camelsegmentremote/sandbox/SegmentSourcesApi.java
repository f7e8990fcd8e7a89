package io.github.camelsegmentremote.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Public API operations on sources: CRUD, labels, schema settings, connected destinations and warehouses. */
final class SegmentSourcesApi {

    private static final Set<String> CREATE_FIELDS = Set.of("slug", "enabled", "metadataId", "settings",
            "disconnectAllWarehouses");
    private static final Set<String> CREATE_ALPHA_FIELDS = Set.of("slug", "enabled", "metadataId", "settings",
            "disconnectAllWarehouses", "name");
    private static final Set<String> UPDATE_FIELDS = Set.of("name", "enabled", "slug", "settings");

    private SegmentSourcesApi() {
    }

    static void register(SegmentApiHandlers handlers) {
        handlers.on("listSources", c -> c.page("sources", c.workspace().sources(), c.workspace()::toJson, true))
                .on("getSource", SegmentSourcesApi::getSource)
                .on("createSource", SegmentSourcesApi::createSource)
                .on("updateSource", SegmentSourcesApi::updateSource)
                .on("deleteSource", c -> {
                    c.workspace().deleteSource(c.pathParam("sourceId"));
                    return c.success();
                })
                .on("listSchemaSettingsInSource", c -> schemaSettings(c,
                        c.workspace().schemaSettings(c.pathParam("sourceId"))))
                .on("updateSchemaSettingsInSource", c -> schemaSettings(c,
                        c.workspace().updateSchemaSettings(c.pathParam("sourceId"), c.body())))
                .on("listConnectedDestinationsFromSource", c -> c.page("destinations",
                        c.workspace().destinationsOf(c.pathParam("sourceId")), c.workspace()::toJson, true))
                .on("listConnectedWarehousesFromSource", c -> c.page("warehouses",
                        c.workspace().warehousesOf(c.pathParam("sourceId")), c.workspace()::toJson, true))
                .on("addLabelsToSource", c -> labels(c.workspace().addLabelsToSource(c.pathParam("sourceId"),
                        labelsOf(c.body())), c))
                .on("replaceLabelsInSource", c -> labels(c.workspace().replaceLabelsInSource(
                        c.pathParam("sourceId"), labelsOf(c.body())), c));
    }

    private static SandboxResponse getSource(SegmentApiCall call) {
        SegmentWorkspace workspace = call.workspace();
        SegmentSource source = workspace.requireSource(call.pathParam("sourceId"));
        ObjectNode data = SandboxJson.object();
        data.set("source", workspace.toJson(source));
        data.put("trackingPlanId", workspace.trackingPlanOf(source.id()).orElse(null));
        return call.ok(data);
    }

    /** slug, enabled, metadataId and settings only (v1): name and labels are set afterwards. */
    private static SandboxResponse createSource(SegmentApiCall call) {
        ObjectNode body = call.body();
        SegmentInput.allowOnly(body, call.alpha() ? CREATE_ALPHA_FIELDS : CREATE_FIELDS,
                "createSource takes slug, enabled, metadataId and settings; set the name with updateSource and "
                        + "labels with replaceLabelsInSource");
        String slug = SegmentInput.requiredText(body, "slug", "slug");
        boolean enabled = SegmentInput.requiredBoolean(body, "enabled");
        String metadataId = SegmentInput.requiredText(body, "metadataId", "metadataId");
        ObjectNode settings = SegmentInput.optionalObject(body, "settings");
        SegmentInput.optionalBoolean(body, "disconnectAllWarehouses");
        String name = SegmentInput.optionalText(body, "name");
        SegmentWorkspace workspace = call.workspace();
        SegmentSource source = workspace.createSource(slug, metadataId, enabled, settings);
        if (name != null) {
            source = workspace.updateSource(source.id(), new SegmentSource.Update(name, null, null, null));
        }
        return call.created(SandboxJson.object().set("source", workspace.toJson(source)));
    }

    private static SandboxResponse updateSource(SegmentApiCall call) {
        ObjectNode body = call.body();
        SegmentInput.allowOnly(body, UPDATE_FIELDS, null);
        SegmentSource.Update update = new SegmentSource.Update(SegmentInput.optionalText(body, "name"),
                SegmentInput.optionalBoolean(body, "enabled"), SegmentInput.optionalText(body, "slug"),
                SegmentInput.optionalObject(body, "settings"));
        SegmentWorkspace workspace = call.workspace();
        SegmentSource source = workspace.updateSource(call.pathParam("sourceId"), update);
        return call.single("source", workspace.toJson(source));
    }

    private static SandboxResponse schemaSettings(SegmentApiCall call, SegmentSchemaSettings settings) {
        ObjectNode data = SandboxJson.object();
        data.put("sourceId", call.pathParam("sourceId"));
        data.set("settings", settings.toJson());
        return call.ok(data);
    }

    private static List<SegmentLabel> labelsOf(ObjectNode body) {
        SegmentInput.allowOnly(body, Set.of("labels"), null);
        JsonNode labels = body.get("labels");
        if (labels == null || !labels.isArray()) {
            throw SegmentInput.invalid("labels", "\"labels\" is required and must be an array");
        }
        List<SegmentLabel> result = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            result.add(SegmentLabel.fromJson(labels.get(i), "labels[" + i + "]"));
        }
        return result;
    }

    private static SandboxResponse labels(List<SegmentLabel> labels, SegmentApiCall call) {
        ObjectNode data = SandboxJson.object();
        ArrayNode array = data.putArray("labels");
        labels.forEach(l -> array.add(l.toJson()));
        return call.ok(data);
    }
}
