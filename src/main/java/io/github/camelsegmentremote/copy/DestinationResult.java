package io.github.camelsegmentremote.copy;

import java.util.List;

/**
 * What the apply step did with one destination.
 *
 * @param name                the destination's name
 * @param metadataId          the catalog destination
 * @param outcome             created, updated, unchanged, skipped or failed
 * @param targetDestinationId the destination in the target, when it exists
 * @param needsManualInput    secret settings to enter by hand in the target
 * @param error               why it failed
 */
public record DestinationResult(String name, String metadataId, Outcome outcome, String targetDestinationId,
        List<String> needsManualInput, String error) {

    public DestinationResult {
        needsManualInput = List.copyOf(needsManualInput);
    }
}
