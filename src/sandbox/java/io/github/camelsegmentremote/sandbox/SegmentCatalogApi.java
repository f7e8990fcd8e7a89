package io.github.camelsegmentremote.sandbox;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Public API catalog operations: source, destination and warehouse types. */
final class SegmentCatalogApi {

    private SegmentCatalogApi() {
    }

    static void register(SegmentApiHandlers handlers) {
        handlers.on("getSourcesCatalog",
                c -> c.page("sourcesCatalog", c.catalog().sources(), SegmentSourceMetadata::toJson, true))
                .on("getSourceMetadata", c -> c.single("sourceMetadata", found(
                        c.catalog().source(c.pathParam("sourceMetadataId")).map(SegmentSourceMetadata::toJson),
                        "Source metadata", c.pathParam("sourceMetadataId"))))
                .on("getDestinationsCatalog", c -> c.page("destinationsCatalog", c.catalog().destinations(),
                        d -> d.toJson(c.workspace().region()), true))
                .on("getDestinationMetadata", c -> c.single("destinationMetadata", found(
                        c.catalog().destination(c.pathParam("destinationMetadataId"))
                                .map(d -> d.toJson(c.workspace().region())),
                        "Destination metadata", c.pathParam("destinationMetadataId"))))
                .on("getWarehousesCatalog", c -> c.page("warehousesCatalog", c.catalog().warehouses(),
                        SegmentWarehouseMetadata::toJson, true))
                .on("getWarehouseMetadata", c -> c.single("warehouseMetadata", found(
                        c.catalog().warehouse(c.pathParam("warehouseMetadataId"))
                                .map(SegmentWarehouseMetadata::toJson),
                        "Warehouse metadata", c.pathParam("warehouseMetadataId"))));
    }

    private static ObjectNode found(Optional<ObjectNode> node, String kind, String id) {
        return node.orElseThrow(() -> new SandboxException(404, kind + " '" + id + "' not found in the catalog"));
    }
}
