package io.github.camelsegmentremote.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A warehouse type of the shared catalog ({@code WarehouseMetadataV1}). */
public record SegmentWarehouseMetadata(String id, String name, String slug, String description,
        List<SegmentIntegrationOption> options) {

    public SegmentWarehouseMetadata {
        options = List.copyOf(options);
    }

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("name", name);
        node.put("slug", slug);
        node.put("description", description);
        node.putObject("logos").put("default", SegmentCatalog.logoUrl(slug));
        ArrayNode optionsNode = node.putArray("options");
        options.forEach(o -> optionsNode.add(o.toJson()));
        return node;
    }
}
