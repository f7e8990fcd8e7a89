package io.github.camelsegmentremote.copy;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether the target's catalog (its region's) knows a source or destination type: a source whose metadata id it
 * does not know is skipped with the reason, rather than failing at createSource.
 */
interface TargetCatalog {

    boolean hasSource(String metadataId);

    boolean hasDestination(String metadataId);

    /** Asks the target workspace's Public API, once per metadata id. */
    static TargetCatalog of(WorkspaceApi target) {
        Map<String, Boolean> sources = new HashMap<>();
        Map<String, Boolean> destinations = new HashMap<>();
        return new TargetCatalog() {
            @Override
            public boolean hasSource(String metadataId) {
                return sources.computeIfAbsent(metadataId, target::hasSourceMetadata);
            }

            @Override
            public boolean hasDestination(String metadataId) {
                return destinations.computeIfAbsent(metadataId, target::hasDestinationMetadata);
            }
        };
    }
}
