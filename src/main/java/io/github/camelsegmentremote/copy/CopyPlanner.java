package io.github.camelsegmentremote.copy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.camelsegmentremote.copy.FieldChange.Scope;
import io.github.camelsegmentremote.segment.model.CatalogReference;
import io.github.camelsegmentremote.segment.model.Destination;
import io.github.camelsegmentremote.segment.model.SchemaSettings;
import io.github.camelsegmentremote.segment.model.Source;
import io.github.camelsegmentremote.segment.model.TrackingPlan;

/**
 * Compares the selected sources of the source workspace with the target workspace and decides, per source, what
 * applying the copy does. Reads nothing but the two snapshots and the target's catalog.
 */
final class CopyPlanner {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final CopyOptions options;
    private final WorkspaceSnapshot source;
    private final WorkspaceSnapshot target;
    private final TargetCatalog catalog;
    private final ItemPlanner items;
    private final DestinationPlanner destinations;
    /** Counterparts of the planned (not skipped) sources, by source id. */
    private final Map<String, SourceLink> planned = new LinkedHashMap<>();

    /** A source's counterpart in the target, or why it has none that can be used. */
    private record Match(Source target, String problem) {

        static final Match NONE = new Match(null, null);
    }

    CopyPlanner(CopyOptions options, WorkspaceSnapshot source, WorkspaceSnapshot target, TargetCatalog catalog) {
        this.options = options;
        this.source = source;
        this.target = target;
        this.catalog = catalog;
        this.items = new ItemPlanner(options, source.delivery(), target.delivery(), catalog,
                target.info().region().name());
        this.destinations = new DestinationPlanner(catalog, target.info().region().name());
    }

    CopyPlan plan() {
        List<Source> selected = source.sources().stream().filter(options.selection()::matches).toList();
        Map<String, Long> selectedNames = selected.stream()
                .collect(Collectors.groupingBy(s -> String.valueOf(s.getName()), Collectors.counting()));
        Map<String, Match> matches = new LinkedHashMap<>();
        for (Source candidate : selected) {
            Match match = counterpart(candidate);
            if (match.problem() == null && options.matchBy() == MatchBy.name
                    && selectedNames.get(String.valueOf(candidate.getName())) > 1) {
                match = new Match(null, selectedNames.get(String.valueOf(candidate.getName()))
                        + " selected sources are named '" + candidate.getName() + "': match by slug instead");
            }
            if (match.problem() == null) {
                match = checkType(candidate, match);
            }
            matches.put(candidate.getId(), match);
            if (match.problem() == null) {
                planned.put(candidate.getId(), new SourceLink(candidate.getSlug(),
                        match.target() == null ? null : match.target().getId()));
            }
        }
        List<SourcePlan> plans = new ArrayList<>();
        for (Source candidate : selected) {
            Match match = matches.get(candidate.getId());
            plans.add(match.problem() != null
                    ? SourcePlan.skipped(candidate.getSlug(), candidate.getName(), candidate.getId(),
                            candidate.getMetadataId(), type(candidate), match.target() == null ? null
                                    : match.target().getId(), match.problem())
                    : new SourceDiff(candidate, match.target()).plan());
        }
        List<String> warnings = new ArrayList<>();
        if (selected.isEmpty()) {
            warnings.add("No source of " + source.info().slug() + " matches the selection " + options.selection());
        }
        List<String> trackingPlanNames = plans.stream().filter(p -> p.action() != PlanAction.skip)
                .map(p -> source.trackingPlanOf(p.sourceId())).flatMap(Optional::stream).toList();
        List<TrackingPlanPlan> trackingPlans = new TrackingPlanPlanner(options, source, target)
                .plan(trackingPlanNames);
        return new CopyPlan(source.info(), target.info(), options, Instant.now(), labelsToCreate(plans),
                trackingPlans, plans, warnings);
    }

    /** Finds the counterpart by the option's key; by name, falls back to the slug (see {@link MatchBy}). */
    private Match counterpart(Source candidate) {
        if (options.matchBy() == MatchBy.name) {
            List<Source> named = target.sources().stream()
                    .filter(t -> Objects.equals(t.getName(), candidate.getName())).toList();
            if (named.size() > 1) {
                return new Match(null, named.size() + " target sources are named '" + candidate.getName()
                        + "': match by slug, or rename them");
            }
            if (named.size() == 1) {
                return new Match(named.get(0), null);
            }
        }
        return target.sources().stream().filter(t -> candidate.getSlug().equals(t.getSlug())).findFirst()
                .map(t -> new Match(t, null)).orElse(Match.NONE);
    }

    private Match checkType(Source candidate, Match match) {
        if (match.target() != null && !Objects.equals(match.target().getMetadataId(), candidate.getMetadataId())) {
            return new Match(match.target(), "the target source '" + match.target().getSlug() + "' is of type "
                    + type(match.target()) + ", this one of type " + type(candidate)
                    + ": a source cannot change its type");
        }
        if (match.target() == null && !catalog.hasSource(candidate.getMetadataId())) {
            return new Match(null, "its type " + type(candidate) + " (metadata id " + candidate.getMetadataId()
                    + ") is not in the catalog of the target's region (" + target.info().region() + ")");
        }
        return match;
    }

    private List<LabelRef> labelsToCreate(List<SourcePlan> plans) {
        Map<String, LabelRef> missing = new LinkedHashMap<>();
        plans.stream().filter(p -> p.action() != PlanAction.skip).flatMap(p -> p.labels().stream())
                .filter(l -> target.label(l.id()).isEmpty())
                .forEach(l -> missing.putIfAbsent(l.id(), l));
        return List.copyOf(missing.values());
    }

    private static String type(Source source) {
        return typeName(source.getMetadata(), source.getMetadataId());
    }

    /** The catalog name of a source or destination type, or its metadata id when the answer has no name. */
    static String typeName(CatalogReference metadata, String metadataId) {
        return metadata == null || metadata.getName() == null ? metadataId : metadata.getName();
    }

    /** Whether an action leaves the target as it is. */
    private static boolean idle(PlanAction action) {
        return action == PlanAction.unchanged || action == PlanAction.skip;
    }

    static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    /** The comparison of one source with its counterpart (null when it is to be created). */
    private final class SourceDiff {

        private final Source from;
        private final Source to;
        private final List<FieldChange> changes = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        SourceDiff(Source from, Source to) {
            this.from = from;
            this.to = to;
        }

        SourcePlan plan() {
            MaskedSettings settings = MaskedSettings.of(from.getSettings());
            MaskedSettings current = MaskedSettings.of(to == null ? null : to.getSettings());
            List<String> missingSecrets = missingSecrets(settings, current);
            boolean enabled = enabledFlag(from.getEnabled(), to == null ? null : to.getEnabled(), missingSecrets);
            diffSource(settings, current, enabled);
            List<LabelRef> labels = labels();
            TrackingPlanRef trackingPlan = trackingPlan();
            DesiredSchemaSettings schemaSettings = schemaSettings(trackingPlan);
            List<DestinationPlan> destinations = options.copyDestinations() ? destinations() : List.of();
            List<ItemPlan> itemPlans = items.plan(from, to, destinations, warnings);
            PlanAction action = to == null ? PlanAction.create
                    : changes.isEmpty() && destinations.stream().allMatch(d -> idle(d.action()))
                            && itemPlans.stream().allMatch(i -> idle(i.action())) ? PlanAction.unchanged
                                    : PlanAction.update;
            return new SourcePlan(from.getSlug(), from.getName(), from.getId(), from.getMetadataId(), type(from),
                    to == null ? null : to.getId(), action, null, changes, warnings, enabled, settings.copyable(),
                    missingSecrets, labels, trackingPlan, schemaSettings, destinations, itemPlans);
        }

        private void diffSource(MaskedSettings settings, MaskedSettings current, boolean enabled) {
            if (to == null) {
                changes.add(FieldChange.of(Scope.source, "name", null, from.getName()));
                changes.add(FieldChange.of(Scope.source, "enabled", null, enabled));
                if (!settings.copyable().isEmpty()) {
                    changes.add(FieldChange.of(Scope.source, "settings", null, settings.copyable()));
                }
                return;
            }
            if (!Objects.equals(from.getName(), to.getName())) {
                changes.add(FieldChange.of(Scope.source, "name", to.getName(), from.getName()));
            }
            if (!from.getSlug().equals(to.getSlug())) {
                changes.add(FieldChange.of(Scope.source, "slug", to.getSlug(), from.getSlug()));
            }
            if (enabled != isTrue(to.getEnabled())) {
                changes.add(FieldChange.of(Scope.source, "enabled", to.getEnabled(), enabled));
            }
            diffSettings(Scope.source, settings, current, changes);
        }

        private List<LabelRef> labels() {
            List<LabelRef> wanted = from.getLabels() == null ? List.of() : from.getLabels().stream()
                    .map(l -> source.label(LabelRef.of(l).id()).orElse(LabelRef.of(l))).toList();
            List<String> wantedIds = wanted.stream().map(LabelRef::id).sorted().toList();
            List<String> currentIds = to == null || to.getLabels() == null ? List.of()
                    : to.getLabels().stream().map(l -> LabelRef.of(l).id()).sorted().toList();
            if (!wantedIds.equals(currentIds)) {
                changes.add(FieldChange.of(Scope.labels, "labels", to == null ? null : currentIds, wantedIds));
            }
            return wanted;
        }

        private TrackingPlanRef trackingPlan() {
            Optional<String> wanted = source.trackingPlanOf(from.getId());
            Optional<String> current = to == null ? Optional.empty() : target.trackingPlanOf(to.getId());
            if (wanted.isEmpty()) {
                return null;
            }
            String name = wanted.get();
            if (current.isPresent()) {
                if (!current.get().equals(name)) {
                    warnings.add("connected to tracking plan '" + current.get() + "' in the target and to '" + name
                            + "' in the source: left as it is (a source joins one tracking plan)");
                }
                return null;
            }
            if (!options.connectTrackingPlans()) {
                warnings.add("connected to tracking plan '" + name + "' in the source; not connected in the target "
                        + "(connectTrackingPlans is off)");
                return null;
            }
            Optional<TrackingPlan> plan = target.trackingPlanNamed(name);
            if (plan.isEmpty() && options.copies(CopyItem.trackingPlans)) {
                // Created by the apply step before the connections: its id is known then.
                changes.add(FieldChange.of(Scope.trackingPlan, "trackingPlan", null, name));
                return new TrackingPlanRef(name, null);
            }
            if (plan.isEmpty()) {
                warnings.add("tracking plan '" + name + "' does not exist in the target: create it there, then run "
                        + "the copy again to connect the source");
                return null;
            }
            changes.add(FieldChange.of(Scope.trackingPlan, "trackingPlan", null, name));
            return new TrackingPlanRef(name, plan.get().getId());
        }

        /**
         * Protocols settings only work with a tracking plan: without one connected in the target, Segment refuses
         * them (400), so they are left out with a warning rather than failing every run.
         */
        private DesiredSchemaSettings schemaSettings(TrackingPlanRef connecting) {
            boolean usesProtocols = source.trackingPlanOf(from.getId()).isPresent();
            boolean protocolsInTarget = connecting != null
                    || (to != null && target.trackingPlanOf(to.getId()).isPresent());
            if (usesProtocols && !protocolsInTarget) {
                warnings.add("schema settings not copied: they are Protocols settings, which need a tracking plan "
                        + "connected in the target");
                return null;
            }
            SchemaSettings settings = source.schemaSettings(from.getId());
            DesiredSchemaSettings wanted = new DesiredSchemaSettings(map(settings.getTrack()),
                    map(settings.getIdentify()), map(settings.getGroup()),
                    forwardingLink("forwardingViolationsTo", settings.getForwardingViolationsTo()),
                    forwardingLink("forwardingBlockedEventsTo", settings.getForwardingBlockedEventsTo()));
            if (to == null) {
                // A new source's defaults are known only once it exists: the apply step compares then.
                changes.add(FieldChange.of(Scope.schemaSettings, "schemaSettings", null, wanted.body(
                        shown(wanted.forwardingViolationsTo()), shown(wanted.forwardingBlockedEventsTo()))));
                return wanted;
            }
            SchemaSettings current = target.schemaSettings(to.getId());
            diffBlock("track", current.getTrack(), wanted.track());
            diffBlock("identify", current.getIdentify(), wanted.identify());
            diffBlock("group", current.getGroup(), wanted.group());
            diffForwarding("forwardingViolationsTo", current.getForwardingViolationsTo(),
                    wanted.forwardingViolationsTo());
            diffForwarding("forwardingBlockedEventsTo", current.getForwardingBlockedEventsTo(),
                    wanted.forwardingBlockedEventsTo());
            return wanted;
        }

        private void diffBlock(String field, Object current, Map<String, Object> wanted) {
            Map<String, Object> currentMap = map(current);
            if (wanted != null && !wanted.equals(currentMap)) {
                changes.add(FieldChange.of(Scope.schemaSettings, "schemaSettings." + field, currentMap, wanted));
            }
        }

        private void diffForwarding(String field, String current, SourceLink wanted) {
            String wantedId = wanted == null ? null : wanted.targetSourceId();
            boolean created = wanted != null && wantedId == null;
            if (created || !Objects.equals(current, wantedId)) {
                changes.add(FieldChange.of(Scope.schemaSettings, "schemaSettings." + field, current,
                        wanted == null ? null : wanted.toString()));
            }
        }

        /** The target source a forwarding field points at, or null (with a warning) when there is none. */
        private SourceLink forwardingLink(String field, String sourceId) {
            if (sourceId == null) {
                return null;
            }
            Optional<Source> forwardTo = source.source(sourceId);
            if (forwardTo.isEmpty()) {
                warnings.add(field + " names source " + sourceId + ", which the source workspace does not list: "
                        + "left out, so the target source does not forward");
                return null;
            }
            SourceLink link = planned.get(sourceId);
            if (link == null) {
                Match match = counterpart(forwardTo.get());
                link = match.target() == null ? null : new SourceLink(forwardTo.get().getSlug(),
                        match.target().getId());
            }
            if (link == null) {
                warnings.add(field + " names '" + forwardTo.get().getSlug() + "', which has no counterpart in the "
                        + "target and is not copied: left out, which turns this forwarding off");
            }
            return link;
        }

        private List<DestinationPlan> destinations() {
            List<Destination> current = to == null ? List.of() : target.destinationsOf(to.getId());
            return source.destinationsOf(from.getId()).stream().map(d -> destinations.plan(d, current))
                    .toList();
        }
    }

    /** Each copyable setting whose value differs in the target, as {@code settings.<key>}. */
    static void diffSettings(Scope scope, MaskedSettings wanted, MaskedSettings current,
            List<FieldChange> changes) {
        wanted.copyable().forEach((key, value) -> {
            Object currentValue = current.copyable().get(key);
            if (!Objects.equals(value, currentValue)) {
                changes.add(FieldChange.of(scope, "settings." + key, currentValue, value));
            }
        });
    }

    /** The secret settings of the source that the target does not have (set, so masked) yet. */
    static List<String> missingSecrets(MaskedSettings wanted, MaskedSettings current) {
        return wanted.masked().stream().filter(path -> !current.hasSecret(path)).map(path -> "settings." + path)
                .toList();
    }

    private static String shown(SourceLink link) {
        return link == null ? null : link.toString();
    }

    private static Map<String, Object> map(Object model) {
        return model == null ? null : CopyJson.MAPPER.convertValue(model, MAP);
    }

    /**
     * The enabled flag a source or destination gets. One whose secret settings the target lacks is not turned on
     * (it would run without its credentials); one already on stays on.
     */
    static boolean enabledFlag(Boolean wanted, Boolean current, List<String> missingSecrets) {
        return isTrue(wanted) && (missingSecrets.isEmpty() || isTrue(current));
    }
}
