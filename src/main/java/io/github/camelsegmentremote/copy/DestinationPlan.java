package io.github.camelsegmentremote.copy;

import java.util.List;
import java.util.Map;

/**
 * What the plan does with one destination connected to a copied source. A destination finds its counterpart among
 * the destinations of the target source by catalog id and name.
 *
 * @param name                  the destination's name
 * @param metadataId            the catalog destination (createDestination's metadataId)
 * @param type                  the catalog destination's name
 * @param sourceDestinationId   the destination in the source workspace
 * @param targetDestinationId   its counterpart, null when created
 * @param action                create, update, unchanged or skip
 * @param reason                why it is skipped
 * @param changes               the differences to apply
 * @param enabled               the enabled flag it gets: held off while a secret setting is missing in the target
 * @param settings              the settings it gets: the source's, without the secrets the API masks
 * @param missingSecrets        secret settings the target lacks: the API masks their values, so they are entered
 *                              by hand there
 */
public record DestinationPlan(String name, String metadataId, String type, String sourceDestinationId,
        String targetDestinationId, PlanAction action, String reason, List<FieldChange> changes, boolean enabled,
        Map<String, Object> settings, List<String> missingSecrets) {

    public DestinationPlan {
        changes = List.copyOf(changes);
        missingSecrets = List.copyOf(missingSecrets);
    }
}
