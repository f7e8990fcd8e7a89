package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelsegmentremote.segment.model.Destination;
import io.github.camelsegmentremote.segment.model.SchemaSettings;
import io.github.camelsegmentremote.segment.model.Source;
import io.github.camelsegmentremote.segment.model.TrackingPlan;

/**
 * What the planner knows of one workspace: all its sources (every page), labels, tracking plans and which source
 * each is connected to, and when destinations are copied its destinations by source. Schema settings are read per
 * source when the planner asks, so only the sources it compares cost a call.
 */
final class WorkspaceSnapshot {

    private static final String LIVE = "LIVE";

    private final WorkspaceApi api;
    private final WorkspaceInfo info;
    private final List<Source> sources;
    private final Map<String, Source> sourcesById = new HashMap<>();
    private final Map<String, LabelRef> labels = new LinkedHashMap<>();
    private final List<TrackingPlan> trackingPlans;
    private final Map<String, String> trackingPlanIdBySource = new HashMap<>();
    private final Map<String, List<Destination>> destinationsBySource = new HashMap<>();
    private final Map<String, SchemaSettings> schemaSettings = new HashMap<>();
    private final DeliverySnapshot delivery;

    private WorkspaceSnapshot(WorkspaceApi api, WorkspaceInfo info, List<Source> sources,
            List<TrackingPlan> trackingPlans) {
        this.api = api;
        this.info = info;
        this.sources = List.copyOf(sources);
        this.trackingPlans = List.copyOf(trackingPlans);
        sources.forEach(s -> sourcesById.put(s.getId(), s));
        this.delivery = new DeliverySnapshot(api);
    }

    /** What the workspace does around its sources, read as the planner asks. */
    DeliverySnapshot delivery() {
        return delivery;
    }

    static WorkspaceSnapshot read(WorkspaceApi api, WorkspaceInfo info, boolean withDestinations) {
        WorkspaceSnapshot snapshot = new WorkspaceSnapshot(api, info, api.sources(), api.trackingPlans());
        api.labels().forEach(label -> snapshot.labels.put(LabelRef.of(label).id(), LabelRef.of(label)));
        for (TrackingPlan plan : snapshot.trackingPlans) {
            api.sourcesOfTrackingPlan(plan.getId())
                    .forEach(s -> snapshot.trackingPlanIdBySource.put(s.getId(), plan.getId()));
        }
        if (withDestinations) {
            api.destinations().forEach(d -> snapshot.destinationsBySource
                    .computeIfAbsent(d.getSourceId(), k -> new ArrayList<>()).add(d));
        }
        return snapshot;
    }

    WorkspaceInfo info() {
        return info;
    }

    List<Source> sources() {
        return sources;
    }

    Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    /** The workspace's label with this {@code key:value}, with its description. */
    Optional<LabelRef> label(String id) {
        return Optional.ofNullable(labels.get(id));
    }

    /** The name of the tracking plan a source is connected to. */
    Optional<String> trackingPlanOf(String sourceId) {
        String planId = trackingPlanIdBySource.get(sourceId);
        return trackingPlans.stream().filter(p -> p.getId().equals(planId)).map(TrackingPlan::getName).findFirst();
    }

    /** The tracking plan of this name a source can join: a LIVE one, if several share the name. */
    Optional<TrackingPlan> trackingPlanNamed(String name) {
        List<TrackingPlan> named = trackingPlans.stream().filter(p -> name.equals(p.getName())).toList();
        return named.stream().filter(p -> LIVE.equals(p.getType())).findFirst().or(() -> named.stream().findFirst());
    }

    List<Destination> destinationsOf(String sourceId) {
        return destinationsBySource.getOrDefault(sourceId, List.of());
    }

    SchemaSettings schemaSettings(String sourceId) {
        return schemaSettings.computeIfAbsent(sourceId, api::schemaSettings);
    }
}
