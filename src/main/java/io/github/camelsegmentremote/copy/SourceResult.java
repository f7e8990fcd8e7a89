package io.github.camelsegmentremote.copy;

import java.util.List;

/**
 * What the apply step did with one source.
 *
 * @param slug             the source's slug (the same in both workspaces)
 * @param name             its name
 * @param action           what the plan said
 * @param outcome          what happened: a failed source keeps the steps done before the failure
 * @param sourceId         the source in the source workspace
 * @param targetSourceId   its counterpart in the target (new for a created source), when it exists
 * @param writeKeyPresent  whether the target source has a write key (Segment makes new ones; the values are never
 *                         read into the report); null when unknown
 * @param done             the steps done, in order
 * @param notes            forwarding targets remapped or left out, and other things worth knowing
 * @param needsManualInput secret settings to enter by hand in the target
 * @param destinations     what happened to its destinations
 * @param items            what happened to its subscriptions, filters, transformations, insert functions and
 *                         warehouse connections
 * @param error            why it failed
 */
public record SourceResult(String slug, String name, PlanAction action, Outcome outcome, String sourceId,
        String targetSourceId, Boolean writeKeyPresent, List<String> done, List<String> notes,
        List<String> needsManualInput, List<DestinationResult> destinations, List<ItemResult> items,
        String error) {

    public SourceResult {
        done = List.copyOf(done);
        notes = List.copyOf(notes);
        needsManualInput = List.copyOf(needsManualInput);
        destinations = List.copyOf(destinations);
        items = List.copyOf(items);
    }
}
