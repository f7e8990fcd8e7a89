package io.github.camelsegmentremote.copy;

import java.util.List;

/**
 * What the apply step did with one {@link ItemPlan}.
 *
 * @param kind             what it is
 * @param name             its name
 * @param destination      its destination's name, null for the source's own items
 * @param outcome          created, updated, unchanged, skipped or failed
 * @param targetItemId     its id in the target, when it exists
 * @param needsManualInput secret values to enter by hand in the target
 * @param error            Segment's message when the target refused it
 */
public record ItemResult(ItemKind kind, String name, String destination, Outcome outcome, String targetItemId,
        List<String> needsManualInput, String error) {

    public ItemResult {
        needsManualInput = List.copyOf(needsManualInput);
    }

    public String label() {
        return kind + " '" + name + "'" + (destination == null ? "" : " of destination '" + destination + "'");
    }
}
