package io.github.camelsegmentremote.sandbox;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One action of an Actions destination type ({@code DestinationMetadataActionV1}): what a destination subscription
 * runs. An action can be missing from a region's catalog (a newer action not rolled out there yet), which a copy
 * across regions has to skip.
 *
 * @param regions the regions whose catalog lists the action
 */
public record SegmentDestinationAction(String id, String slug, String name, String defaultTrigger,
        Set<String> regions) {

    public SegmentDestinationAction {
        regions = Set.copyOf(regions);
    }

    public boolean availableIn(String region) {
        return regions.contains(region);
    }

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("slug", slug);
        node.put("name", name);
        node.put("description", name + ".");
        node.put("platform", "CLOUD");
        node.put("hidden", false);
        node.put("defaultTrigger", defaultTrigger);
        node.putArray("fields");
        return node;
    }
}
