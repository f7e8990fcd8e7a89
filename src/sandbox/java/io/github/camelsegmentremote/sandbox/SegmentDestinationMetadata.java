package io.github.camelsegmentremote.sandbox;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A destination type of the shared catalog ({@code DestinationMetadataV1}).
 *
 * @param regions the regions ({@code us}, {@code eu}) where it can be connected; shown as {@code supportedRegions}
 * @param actions its actions, when it is an Actions destination (empty for a classic one)
 */
public record SegmentDestinationMetadata(String id, String name, String slug, String description,
        List<String> categories, String website, List<SegmentIntegrationOption> options, Set<String> regions,
        List<SegmentDestinationAction> actions) {

    public SegmentDestinationMetadata {
        categories = List.copyOf(categories);
        options = List.copyOf(options);
        regions = Set.copyOf(regions);
        actions = List.copyOf(actions);
    }

    /** The action with this id, when the catalog of {@code region} lists it. */
    public java.util.Optional<SegmentDestinationAction> action(String actionId, String region) {
        return actions.stream().filter(a -> a.id().equals(actionId) && a.availableIn(region)).findFirst();
    }

    public boolean availableIn(String region) {
        return regions.contains(region);
    }

    ObjectNode toJson() {
        return toJson(null);
    }

    /** {@code DestinationMetadataV1} as the catalog of {@code region} shows it (null: every action). */
    ObjectNode toJson(String region) {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("name", name);
        node.put("description", description);
        node.put("slug", slug);
        node.putObject("logos").put("default", SegmentCatalog.logoUrl(slug));
        ArrayNode optionsNode = node.putArray("options");
        options.forEach(o -> optionsNode.add(o.toJson()));
        node.put("status", "PUBLIC");
        node.putArray("previousNames").add(name);
        categories.forEach(node.putArray("categories")::add);
        node.put("website", website);
        node.putArray("components").addObject().put("type", "SERVER").put("code", website).put("owner", "SEGMENT");
        node.putObject("supportedFeatures").put("cloudModeInstances", "MULTIPLE").put("deviceModeInstances", "NONE")
                .put("replay", false).put("browserUnbundling", false).put("browserUnbundlingPublic", false);
        node.putObject("supportedMethods").put("pageview", true).put("identify", true).put("alias", true)
                .put("track", true).put("group", true);
        node.putObject("supportedPlatforms").put("browser", false).put("server", true).put("mobile", false);
        ArrayNode actionsNode = node.putArray("actions");
        actions.stream().filter(a -> region == null || a.availableIn(region))
                .forEach(a -> actionsNode.add(a.toJson()));
        node.putArray("presets");
        regions.stream().sorted().map(SegmentCatalog::awsRegion).forEach(node.putArray("supportedRegions")::add);
        return node;
    }
}
