package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.camelsegmentremote.copy.FieldChange.Scope;
import io.github.camelsegmentremote.segment.model.Destination;

/**
 * Compares one destination of a copied source with the destinations of its counterpart (matched by catalog type
 * and name): create, update with the differing settings, unchanged, or skip when the target region's catalog lacks
 * the type or the name is ambiguous there.
 */
final class DestinationPlanner {

    private final TargetCatalog catalog;
    private final String targetRegion;

    DestinationPlanner(TargetCatalog catalog, String targetRegion) {
        this.catalog = catalog;
        this.targetRegion = targetRegion;
    }

    DestinationPlan plan(Destination from, List<Destination> candidates) {
        String type = CopyPlanner.typeName(from.getMetadata(), from.getMetadataId());
        List<Destination> same = candidates.stream().filter(d -> Objects.equals(d.getMetadataId(),
                from.getMetadataId()) && Objects.equals(d.getName(), from.getName())).toList();
        if (same.size() > 1) {
            return skipped(from, type, "the target source has " + same.size() + " " + type + " destinations named '"
                    + from.getName() + "'");
        }
        Destination to = same.isEmpty() ? null : same.get(0);
        if (to == null && !catalog.hasDestination(from.getMetadataId())) {
            return skipped(from, type, "its type " + type + " (metadata id " + from.getMetadataId() + ") is not in the "
                    + "catalog of the target's region (" + targetRegion + ")");
        }
        List<FieldChange> changes = new ArrayList<>();
        MaskedSettings settings = MaskedSettings.of(from.getSettings());
        MaskedSettings current = MaskedSettings.of(to == null ? null : to.getSettings());
        List<String> missingSecrets = CopyPlanner.missingSecrets(settings, current);
        boolean enabled = CopyPlanner.enabledFlag(from.getEnabled(), to == null ? null : to.getEnabled(),
                missingSecrets);
        if (to == null) {
            changes.add(FieldChange.of(Scope.destination, "enabled", null, enabled));
            changes.add(FieldChange.of(Scope.destination, "settings", null, settings.copyable()));
        } else {
            if (enabled != CopyPlanner.isTrue(to.getEnabled())) {
                changes.add(FieldChange.of(Scope.destination, "enabled", to.getEnabled(), enabled));
            }
            CopyPlanner.diffSettings(Scope.destination, settings, current, changes);
        }
        PlanAction action = to == null ? PlanAction.create
                : changes.isEmpty() ? PlanAction.unchanged : PlanAction.update;
        return new DestinationPlan(from.getName(), from.getMetadataId(), type, from.getId(),
                to == null ? null : to.getId(), action, null, changes, enabled, settings.copyable(),
                missingSecrets);
    }

    private static DestinationPlan skipped(Destination from, String type, String reason) {
        return new DestinationPlan(from.getName(), from.getMetadataId(), type, from.getId(), null,
                PlanAction.skip, reason, List.of(), false, Map.of(), List.of());
    }
}
