package io.github.camelsegmentremote.sandbox;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A source type of the shared catalog ({@code SourceMetadataV1}).
 *
 * @param regions the regions ({@code us}, {@code eu}) whose workspaces may create sources of this type; the Public
 *                API does not show it (SourceMetadataV1 has no region field), it only refuses the creation
 */
public record SegmentSourceMetadata(String id, String name, String slug, String description, List<String> categories,
        boolean cloudEventSource, List<SegmentIntegrationOption> options, Set<String> regions) {

    public SegmentSourceMetadata {
        categories = List.copyOf(categories);
        options = List.copyOf(options);
        regions = Set.copyOf(regions);
    }

    public boolean availableIn(String region) {
        return regions.contains(region);
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
        categories.forEach(node.putArray("categories")::add);
        node.put("isCloudEventSource", cloudEventSource);
        node.put("status", "PUBLIC");
        return node;
    }
}
