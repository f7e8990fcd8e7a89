package io.github.camelsegmentremote.copy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelsegmentremote.segment.SegmentRegion;

/**
 * What the catalog of the target's region knows: source and destination types, and the actions of each Actions
 * destination type. What it lacks is skipped with the reason rather than failing at creation.
 */
interface TargetCatalog {

    boolean hasSource(String metadataId);

    /** Whether the destination type exists and, when the catalog says where, is offered in the target's region. */
    boolean hasDestination(String metadataId);

    /** The action ids the target region's catalog lists for a destination type (none for a classic one). */
    default Set<String> actions(String metadataId) {
        return Set.of();
    }

    /** Whether the type is an Actions destination (its catalog entry lists actions). */
    default boolean isActions(String metadataId) {
        return !actions(metadataId).isEmpty();
    }

    /** Asks the target workspace's Public API, once per metadata id. */
    static TargetCatalog of(WorkspaceApi target, SegmentRegion region) {
        return new Remote(target, region);
    }

    /** The catalog as the target workspace's Public API answers it. */
    final class Remote implements TargetCatalog {

        /** The AWS regions Segment names in {@code supportedRegions} for each workspace region. */
        private static final Map<SegmentRegion, String> AWS_REGIONS = Map.of(SegmentRegion.us, "us-west-2",
                SegmentRegion.eu, "eu-west-1");

        private final WorkspaceApi target;
        private final SegmentRegion region;
        private final Map<String, Boolean> sources = new HashMap<>();
        private final Map<String, Optional<Map<String, Object>>> destinations = new HashMap<>();

        private Remote(WorkspaceApi target, SegmentRegion region) {
            this.target = target;
            this.region = region;
        }

        @Override
        public boolean hasSource(String metadataId) {
            return sources.computeIfAbsent(metadataId, target::hasSourceMetadata);
        }

        @Override
        public boolean hasDestination(String metadataId) {
            return destination(metadataId).filter(this::inRegion).isPresent();
        }

        @Override
        public Set<String> actions(String metadataId) {
            Object actions = destination(metadataId).map(d -> d.get("actions")).orElse(null);
            if (!(actions instanceof List<?> list)) {
                return Set.of();
            }
            return list.stream().filter(Map.class::isInstance).map(a -> String.valueOf(((Map<?, ?>) a).get("id")))
                    .collect(Collectors.toSet());
        }

        private boolean inRegion(Map<String, Object> metadata) {
            Object supported = metadata.get("supportedRegions");
            return !(supported instanceof List<?> list) || list.isEmpty() || list.contains(AWS_REGIONS.get(region));
        }

        private Optional<Map<String, Object>> destination(String metadataId) {
            return destinations.computeIfAbsent(metadataId, id -> target.find("getDestinationMetadata",
                    Map.of("destinationMetadataId", id)));
        }
    }
}
