package io.github.camelsegmentremote.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Segment workspace of the sandbox: its sources (with write keys, labels and schema settings), labels, tracking
 * plans, destinations and filters, warehouses, users, functions, and the events the Tracking API accepted for it.
 * Thread-safe: every change runs under the workspace's lock. Rule violations throw {@link SandboxException} with
 * the status the Public API answers (404 unknown id, 409 duplicate, 422 invalid input, 400 refused change).
 */
public final class SegmentWorkspace {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

    private final String id;
    private final String slug;
    private final String name;
    private final String region;
    private final String token;
    private final SegmentCatalog catalog;
    private final SegmentIds ids;
    private final Map<String, SegmentSource> sources = new LinkedHashMap<>();
    private final Map<String, String> sourceIdBySlug = new HashMap<>();
    private final Map<String, String> sourceIdByWriteKey = new HashMap<>();
    private final Map<String, SegmentLabel> labels = new LinkedHashMap<>();
    private final Map<String, SegmentTrackingPlan> trackingPlans = new LinkedHashMap<>();
    private final Map<String, String> trackingPlanBySource = new HashMap<>();
    private final Map<String, SegmentDestination> destinations = new LinkedHashMap<>();
    private final Map<String, SegmentDestinationFilter> filters = new LinkedHashMap<>();
    private final Map<String, SegmentWarehouse> warehouses = new LinkedHashMap<>();
    private final List<SegmentUser> users = new ArrayList<>();
    private final List<SegmentFunction> functions = new ArrayList<>();
    private final SegmentEventLog events = new SegmentEventLog();
    private final SegmentDeliveryStore delivery;

    SegmentWorkspace(String id, String slug, String name, String region, String token, SegmentCatalog catalog,
            SegmentIds ids) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.region = region;
        this.token = token;
        this.catalog = catalog;
        this.ids = ids;
        this.delivery = new SegmentDeliveryStore(this, ids);
    }

    public String id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    /** {@code us} or {@code eu}: which Public API and Tracking API hosts serve this workspace. */
    public String region() {
        return region;
    }

    /** The Public API token of this workspace (fake, see {@link SandboxTokens}). */
    public String token() {
        return token;
    }

    /** Subscriptions, transformations, insert function instances and tracking plan rules of this workspace. */
    public SegmentDeliveryStore delivery() {
        return delivery;
    }

    SegmentCatalog catalog() {
        return catalog;
    }

    /** What the Tracking API accepted for the sources of this workspace. */
    public SegmentEventLog events() {
        return events;
    }

    // ---- sources

    public synchronized List<SegmentSource> sources() {
        return List.copyOf(sources.values());
    }

    public synchronized int sourceCount() {
        return sources.size();
    }

    /** A source by id or, failing that, by slug. */
    public synchronized Optional<SegmentSource> source(String idOrSlug) {
        SegmentSource source = sources.get(idOrSlug);
        if (source == null && sourceIdBySlug.containsKey(idOrSlug)) {
            source = sources.get(sourceIdBySlug.get(idOrSlug));
        }
        return Optional.ofNullable(source);
    }

    /** The source a write key belongs to. */
    public synchronized Optional<SegmentSource> sourceByWriteKey(String writeKey) {
        return Optional.ofNullable(sourceIdByWriteKey.get(writeKey)).map(sources::get);
    }

    /**
     * {@code createSource}: a new source named after its slug, with one generated write key, no labels and default
     * schema settings.
     */
    public synchronized SegmentSource createSource(String sourceSlug, String metadataId, boolean enabled,
            ObjectNode settings) {
        checkSlug(sourceSlug, null);
        SegmentSourceMetadata metadata = catalog.source(metadataId).orElseThrow(
                () -> SegmentInput.invalid("metadataId", "unknown source metadata id '" + metadataId + "'"));
        if (!metadata.availableIn(region)) {
            throw new SandboxException(400, "Source metadata " + metadataId + " (" + metadata.name()
                    + ") is not available in region " + region);
        }
        SegmentSource source = new SegmentSource(ids.resourceId(), sourceSlug, sourceSlug, metadataId, enabled,
                List.of(ids.writeKey()), SegmentSettings.copyOf(settings), List.of(), SegmentSchemaSettings.DEFAULTS,
                Instant.now());
        put(source);
        return source;
    }

    /** Adds {@code count} enabled HTTP API sources with slugs {@code <prefix>-0001}, ... (e.g. for paging tests). */
    public synchronized List<SegmentSource> addSources(int count, String slugPrefix) {
        List<SegmentSource> added = new ArrayList<>(count);
        int n = 0;
        while (added.size() < count) {
            String candidate = String.format("%s-%04d", slugPrefix, ++n);
            if (!sourceIdBySlug.containsKey(candidate)) {
                added.add(createSource(candidate, SegmentCatalog.HTTP_API_SOURCE_ID, true, null));
            }
        }
        return added;
    }

    /** {@code updateSource}: settings given are merged key by key into the current ones. */
    public synchronized SegmentSource updateSource(String sourceId, SegmentSource.Update update) {
        SegmentSource current = requireSource(sourceId);
        if (update.slug() != null && !update.slug().equals(current.slug())) {
            checkSlug(update.slug(), current.id());
        }
        ObjectNode settings = null;
        if (update.settings() != null) {
            settings = current.settings();
            settings.setAll(update.settings().deepCopy());
        }
        SegmentSource updated = current.with(new SegmentSource.Update(update.name(), update.enabled(), update.slug(),
                settings));
        sourceIdBySlug.remove(current.slug());
        put(updated);
        return updated;
    }

    /** {@code deleteSource}, with its destinations, filters, tracking plan and warehouse connections. */
    public synchronized void deleteSource(String sourceId) {
        SegmentSource source = requireSource(sourceId);
        sources.remove(source.id());
        sourceIdBySlug.remove(source.slug());
        source.writeKeys().forEach(sourceIdByWriteKey::remove);
        trackingPlanBySource.remove(source.id());
        destinations.values().removeIf(d -> d.sourceId().equals(source.id()));
        filters.values().removeIf(f -> f.sourceId().equals(source.id()));
        warehouses.replaceAll((k, w) -> w.withoutSource(source.id()));
        delivery.forget(source.id());
    }

    public synchronized SegmentSchemaSettings schemaSettings(String sourceId) {
        return requireSource(sourceId).schemaSettings();
    }

    /**
     * {@code updateSchemaSettingsInSource}: track/identify/group fields given replace the current ones; the
     * forwarding targets are taken as given (omitted = forwarding off) and must be sources of this workspace.
     * Protocols values need a tracking plan connected to the source: 400 otherwise, as on the real API.
     */
    public synchronized SegmentSchemaSettings updateSchemaSettings(String sourceId, ObjectNode body) {
        SegmentSource source = requireSource(sourceId);
        SegmentSchemaSettings patched = source.schemaSettings().patch(body);
        checkForwardingTarget("forwardingViolationsTo", patched.forwardingViolationsTo());
        checkForwardingTarget("forwardingBlockedEventsTo", patched.forwardingBlockedEventsTo());
        if (SegmentSchemaSettings.asksForProtocols(body) && !trackingPlanBySource.containsKey(source.id())) {
            throw new SandboxException(400, "Source is not connected to a tracking plan");
        }
        put(source.withSchemaSettings(patched));
        return patched;
    }

    // ---- labels

    public synchronized List<SegmentLabel> labels() {
        return List.copyOf(labels.values());
    }

    /** {@code createLabel}; 409 when the key/value pair exists. */
    public synchronized SegmentLabel createLabel(SegmentLabel label) {
        if (labels.containsKey(label.id())) {
            throw new SandboxException(409, "Label " + label.id() + " already exists");
        }
        labels.put(label.id(), label);
        return label;
    }

    /** {@code addLabelsToSource}: the source keeps its labels and gains these; answers all its labels. */
    public synchronized List<SegmentLabel> addLabelsToSource(String sourceId, List<SegmentLabel> added) {
        SegmentSource source = requireSource(sourceId);
        Map<String, SegmentLabel> merged = new LinkedHashMap<>();
        source.labels().forEach(l -> merged.put(l.id(), l));
        existing(added).forEach(l -> merged.put(l.id(), l));
        return setLabels(source, List.copyOf(merged.values()));
    }

    /** {@code replaceLabelsInSource}: the source gets exactly these labels, which must exist in the workspace. */
    public synchronized List<SegmentLabel> replaceLabelsInSource(String sourceId, List<SegmentLabel> replacement) {
        return setLabels(requireSource(sourceId), existing(replacement));
    }

    // ---- tracking plans

    public synchronized List<SegmentTrackingPlan> trackingPlans() {
        return List.copyOf(trackingPlans.values());
    }

    public synchronized Optional<SegmentTrackingPlan> trackingPlan(String trackingPlanId) {
        return Optional.ofNullable(trackingPlans.get(trackingPlanId));
    }

    /** The id of the tracking plan a source is connected to. */
    public synchronized Optional<String> trackingPlanOf(String sourceId) {
        return Optional.ofNullable(trackingPlanBySource.get(sourceId));
    }

    public synchronized List<SegmentSource> sourcesOfTrackingPlan(String trackingPlanId) {
        requirePlan(trackingPlanId);
        return sources.values().stream().filter(s -> trackingPlanId.equals(trackingPlanBySource.get(s.id())))
                .toList();
    }

    /** {@code addSourceToTrackingPlan}: a source joins one LIVE plan at most. */
    public synchronized void addSourceToTrackingPlan(String trackingPlanId, String sourceId) {
        SegmentTrackingPlan plan = requirePlan(trackingPlanId);
        SegmentSource source = requireSource(sourceId);
        if (!"LIVE".equals(plan.type())) {
            throw new SandboxException(400, "Tracking plan " + plan.id() + " is of type " + plan.type()
                    + ": only LIVE tracking plans can be connected to sources");
        }
        String current = trackingPlanBySource.get(source.id());
        if (current != null && !current.equals(plan.id())) {
            throw new SandboxException(400, "Source " + source.id() + " is already connected to tracking plan "
                    + current);
        }
        trackingPlanBySource.put(source.id(), plan.id());
    }

    public synchronized void removeSourceFromTrackingPlan(String trackingPlanId, String sourceId) {
        requirePlan(trackingPlanId);
        if (!trackingPlanId.equals(trackingPlanBySource.get(sourceId))) {
            throw new SandboxException(404, "Source " + sourceId + " is not connected to tracking plan "
                    + trackingPlanId);
        }
        trackingPlanBySource.remove(sourceId);
    }

    // ---- destinations

    public synchronized List<SegmentDestination> destinations() {
        return List.copyOf(destinations.values());
    }

    public synchronized Optional<SegmentDestination> destination(String destinationId) {
        return Optional.ofNullable(destinations.get(destinationId));
    }

    public synchronized List<SegmentDestination> destinationsOf(String sourceId) {
        String id = requireSource(sourceId).id();
        return destinations.values().stream().filter(d -> d.sourceId().equals(id)).toList();
    }

    /** {@code createDestination}: connects a catalog destination to a source, disabled unless asked. */
    public synchronized SegmentDestination createDestination(String sourceId, String metadataId, String destinationName,
            Boolean enabled, ObjectNode settings) {
        SegmentSource source = sources.get(sourceId);
        if (source == null) {
            throw SegmentInput.invalid("sourceId", "source '" + sourceId + "' does not exist in this workspace");
        }
        SegmentDestinationMetadata metadata = catalog.destination(metadataId).orElseThrow(
                () -> SegmentInput.invalid("metadataId", "unknown destination metadata id '" + metadataId + "'"));
        if (!metadata.availableIn(region)) {
            throw new SandboxException(400, "Destination metadata " + metadataId + " (" + metadata.name()
                    + ") is not available in region " + region);
        }
        SegmentDestination destination = new SegmentDestination(ids.resourceId(),
                destinationName == null ? metadata.name() : destinationName, Boolean.TRUE.equals(enabled),
                metadataId, source.id(), SegmentSettings.copyOf(settings));
        destinations.put(destination.id(), destination);
        return destination;
    }

    /** {@code updateDestination}: settings given are merged key by key into the current ones. */
    public synchronized SegmentDestination updateDestination(String destinationId, String newName, Boolean enabled,
            ObjectNode settings) {
        SegmentDestination current = requireDestination(destinationId);
        ObjectNode merged = null;
        if (settings != null) {
            merged = current.settings();
            merged.setAll(settings.deepCopy());
        }
        SegmentDestination updated = current.with(newName, enabled, merged);
        destinations.put(updated.id(), updated);
        return updated;
    }

    public synchronized void deleteDestination(String destinationId) {
        requireDestination(destinationId);
        destinations.remove(destinationId);
        filters.values().removeIf(f -> f.destinationId().equals(destinationId));
        delivery.forget(destinationId);
    }

    public synchronized List<SegmentDestinationFilter> filtersOf(String destinationId) {
        requireDestination(destinationId);
        return filters.values().stream().filter(f -> f.destinationId().equals(destinationId)).toList();
    }

    /** A filter of a destination; 404 when either is unknown. */
    synchronized SegmentDestinationFilter requireFilter(String destinationId, String filterId) {
        requireDestination(destinationId);
        SegmentDestinationFilter filter = filters.get(filterId);
        if (filter == null || !filter.destinationId().equals(destinationId)) {
            throw notFound("Filter", filterId);
        }
        return filter;
    }

    /** {@code addConnectionFromSourceToWarehouse}: connecting an already connected source changes nothing. */
    public synchronized SegmentWarehouse connectWarehouse(String warehouseId, String sourceId) {
        SegmentSource source = requireSource(sourceId);
        SegmentWarehouse warehouse = warehouses.get(warehouseId);
        if (warehouse == null) {
            throw notFound("Warehouse", warehouseId);
        }
        SegmentWarehouse connected = warehouse.withSource(source.id());
        warehouses.put(warehouseId, connected);
        return connected;
    }

    /** {@code createTrackingPlan}: a new plan, without sources and rules. */
    public synchronized SegmentTrackingPlan createTrackingPlan(String planName, String description, String type) {
        SegmentTrackingPlan plan = new SegmentTrackingPlan(ids.trackingPlanId(), planName,
                planName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), description, type,
                Instant.now());
        trackingPlans.put(plan.id(), plan);
        return plan;
    }

    // ---- warehouses, users, functions

    public synchronized List<SegmentWarehouse> warehouses() {
        return List.copyOf(warehouses.values());
    }

    public synchronized List<SegmentWarehouse> warehousesOf(String sourceId) {
        String id = requireSource(sourceId).id();
        return warehouses.values().stream().filter(w -> w.sourceIds().contains(id)).toList();
    }

    public synchronized List<SegmentUser> users() {
        return List.copyOf(users);
    }

    public synchronized List<SegmentFunction> functions() {
        return List.copyOf(functions);
    }

    // ---- seeding (package-private: only the world builds workspaces)

    synchronized void seedSource(SegmentSource source) {
        put(source);
    }

    synchronized void seedLabel(SegmentLabel label) {
        labels.put(label.id(), label);
    }

    synchronized void seedTrackingPlan(SegmentTrackingPlan plan, List<String> sourceIds) {
        trackingPlans.put(plan.id(), plan);
        sourceIds.forEach(s -> trackingPlanBySource.put(s, plan.id()));
    }

    synchronized void seedDestination(SegmentDestination destination) {
        destinations.put(destination.id(), destination);
    }

    synchronized void seedFilter(SegmentDestinationFilter filter) {
        filters.put(filter.id(), filter);
    }

    synchronized void seedWarehouse(SegmentWarehouse warehouse) {
        warehouses.put(warehouse.id(), warehouse);
    }

    synchronized void seedUser(SegmentUser user) {
        users.add(user);
    }

    synchronized void seedFunction(SegmentFunction function) {
        functions.add(function);
    }

    // ---- JSON views of the Public API

    ObjectNode toJson() {
        return SandboxJson.object().put("id", id).put("slug", slug).put("name", name);
    }

    ObjectNode toJson(SegmentSource source) {
        return source.toJson(id, catalog.source(source.metadataId()).orElseThrow());
    }

    ObjectNode toJson(SegmentDestination destination) {
        return destination.toJson(catalog.destination(destination.metadataId()).orElseThrow());
    }

    ObjectNode toJson(SegmentWarehouse warehouse) {
        return warehouse.toJson(id, catalog.warehouse(warehouse.metadataId()).orElseThrow());
    }

    /** A summary for the inspection endpoint. */
    synchronized ObjectNode inspect() {
        ObjectNode node = toJson();
        node.put("region", region);
        node.put("sources", sources.size());
        ArrayNode slugs = node.putArray("sourceSlugs");
        sources.values().forEach(s -> slugs.add(s.slug()));
        node.put("destinations", destinations.size());
        ArrayNode labelIds = node.putArray("labels");
        labels.keySet().forEach(labelIds::add);
        ArrayNode plans = node.putArray("trackingPlans");
        trackingPlans.values().forEach(p -> {
            ArrayNode connected = plans.addObject().put("id", p.id()).put("name", p.name()).putArray("sources");
            trackingPlanBySource.forEach((s, planId) -> {
                if (planId.equals(p.id())) {
                    connected.add(sources.get(s).slug());
                }
            });
        });
        node.put("warehouses", warehouses.size());
        node.set("events", events.toJson());
        return node;
    }

    // ---- internals

    private void put(SegmentSource source) {
        sources.put(source.id(), source);
        sourceIdBySlug.put(source.slug(), source.id());
        source.writeKeys().forEach(k -> sourceIdByWriteKey.put(k, source.id()));
    }

    private void checkSlug(String candidate, String ownerId) {
        if (candidate == null || !SLUG.matcher(candidate).matches()) {
            throw SegmentInput.invalid("slug", "\"slug\" must be 1 to 100 lowercase letters, digits, '-' or '_', "
                    + "starting with a letter or digit");
        }
        String existing = sourceIdBySlug.get(candidate);
        if (existing != null && !existing.equals(ownerId)) {
            throw new SandboxException(409, "A source with slug '" + candidate + "' already exists in workspace "
                    + slug);
        }
    }

    private void checkForwardingTarget(String field, String target) {
        if (target != null && !sources.containsKey(target)) {
            throw new SandboxException(400, field + ": source '" + target + "' does not exist in this workspace");
        }
    }

    private List<SegmentLabel> existing(List<SegmentLabel> requested) {
        Set<String> seen = new LinkedHashSet<>();
        List<SegmentLabel> result = new ArrayList<>();
        for (SegmentLabel label : requested) {
            SegmentLabel known = labels.get(label.id());
            if (known == null) {
                throw SegmentInput.invalid("labels", "label " + label.id() + " does not exist in the workspace: "
                        + "create it with createLabel first");
            }
            if (seen.add(known.id())) {
                result.add(known);
            }
        }
        return result;
    }

    private List<SegmentLabel> setLabels(SegmentSource source, List<SegmentLabel> newLabels) {
        put(source.withLabels(newLabels));
        return newLabels;
    }

    /** A source by id (never by slug, as in Public API paths); 404 when unknown. */
    synchronized SegmentSource requireSource(String sourceId) {
        SegmentSource source = sources.get(sourceId);
        if (source == null) {
            throw notFound("Source", sourceId);
        }
        return source;
    }

    synchronized SegmentTrackingPlan requirePlan(String trackingPlanId) {
        SegmentTrackingPlan plan = trackingPlans.get(trackingPlanId);
        if (plan == null) {
            throw notFound("Tracking plan", trackingPlanId);
        }
        return plan;
    }

    synchronized SegmentDestination requireDestination(String destinationId) {
        SegmentDestination destination = destinations.get(destinationId);
        if (destination == null) {
            throw notFound("Destination", destinationId);
        }
        return destination;
    }

    private SandboxException notFound(String kind, String resourceId) {
        return new SandboxException(404, kind + " '" + resourceId + "' not found in workspace " + slug);
    }
}
