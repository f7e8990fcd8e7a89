package io.github.camelsegmentremote.copy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelsegmentremote.client.RateLimiter;

import io.github.camelsegmentremote.segment.SegmentApiException;
import io.github.camelsegmentremote.segment.SegmentApiVersion;
import io.github.camelsegmentremote.segment.SegmentConstants;
import io.github.camelsegmentremote.segment.model.Destination;
import io.github.camelsegmentremote.segment.model.Label;
import io.github.camelsegmentremote.segment.model.SchemaSettings;
import io.github.camelsegmentremote.segment.model.Source;
import io.github.camelsegmentremote.segment.model.TrackingPlan;
import io.github.camelsegmentremote.segment.model.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The Public API calls the copy makes on one workspace, through {@code segment:} endpoints with that workspace's
 * token and region (or endpoints of the workspace's own named segment component, e.g. {@code segment-source}; no
 * token is ever part of an endpoint URI), the operation chosen per call by header. The stable, beta and alpha operations need one
 * endpoint each (the API version is an endpoint option); one client-side rate limiter spans them, so the limit is
 * per workspace. The reads and writes of destination subscriptions, transformations and insert function instances
 * exist only in a beta or alpha version of the Public API: {@link #VERSIONS} names the version each needs.
 */
final class WorkspaceApi implements AutoCloseable {

    /**
     * The operations the copy sends with another version than the stable v1 (the real API answers them 406
     * otherwise). Kept here, in one place, until the segment component picks each operation's version itself.
     */
    static final Map<String, SegmentApiVersion> VERSIONS = Map.ofEntries(
            Map.entry("listSubscriptionsFromDestination", SegmentApiVersion.v1alpha),
            Map.entry("createDestinationSubscription", SegmentApiVersion.v1alpha),
            Map.entry("updateSubscriptionForDestination", SegmentApiVersion.v1alpha),
            Map.entry("listTransformations", SegmentApiVersion.v1beta),
            Map.entry("createTransformation", SegmentApiVersion.v1beta),
            Map.entry("updateTransformation", SegmentApiVersion.v1beta),
            Map.entry("listInsertFunctionInstances", SegmentApiVersion.v1alpha),
            Map.entry("createInsertFunctionInstance", SegmentApiVersion.v1alpha),
            Map.entry("updateInsertFunctionInstance", SegmentApiVersion.v1alpha));

    private final String role;
    private final CamelContext context;
    private final WorkspaceRef workspace;
    private final Map<SegmentApiVersion, Endpoint> endpoints = new EnumMap<>(SegmentApiVersion.class);
    private final RateLimiter rateLimiter;
    private final ProducerTemplate template;

    /**
     * @param role which workspace this is ("source" or "target"), for messages
     */
    WorkspaceApi(CamelContext context, String role, WorkspaceRef workspace, int requestsPerSecond) {
        this.role = role;
        this.context = context;
        this.workspace = workspace;
        // A named component limits its own endpoints (one limiter per component and credential, across versions).
        this.rateLimiter = requestsPerSecond == 0 || workspace.component() != null ? RateLimiter.unlimited()
                : RateLimiter.perInterval(requestsPerSecond, Duration.ofSeconds(1));
        this.template = context.createProducerTemplate();
    }

    /**
     * The endpoint of one API version: of the workspace's named component, or of the default segment component
     * with the token as an endpoint property (not a URI parameter), so its URI is only
     * {@code segment:getWorkspace?apiVersion=...}. A token endpoint does not limit the rate: {@link #rateLimiter}
     * does, across versions.
     */
    private Endpoint endpoint(SegmentApiVersion version) {
        if (workspace.component() != null) {
            return context.getEndpoint(workspace.component() + ":getWorkspace?apiVersion=" + version);
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("token", workspace.token().reveal());
        options.put("region", workspace.region().name());
        options.put("requestsPerSecond", 0);
        options.put("apiVersion", version.name());
        if (workspace.baseUrl() != null) {
            options.put("baseUrl", workspace.baseUrl());
        }
        try {
            Endpoint endpoint = context.getComponent("segment").createEndpoint("segment:getWorkspace?apiVersion="
                    + version, options);
            ServiceHelper.startService(endpoint);
            // Listed with the context's endpoints (JMX, Hawtio) while the copy runs, under a key of its own: two
            // workspaces would otherwise share one URI in the context's endpoint cache.
            context.addEndpoint("segment://getWorkspace?apiVersion=" + version + "&copyWorkspace=" + role + "-"
                    + System.identityHashCode(this), endpoint);
            return endpoint;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RuntimeCamelException(e);
        }
    }

    String role() {
        return role;
    }

    Workspace workspace() {
        return call("getWorkspace", Map.of(), null, Workspace.class);
    }

    List<Source> sources() {
        return list("listSources", Map.of(), Source.class);
    }

    List<Label> labels() {
        return list("listLabels", Map.of(), Label.class);
    }

    List<TrackingPlan> trackingPlans() {
        return list("listTrackingPlans", Map.of(), TrackingPlan.class);
    }

    List<Source> sourcesOfTrackingPlan(String trackingPlanId) {
        return list("listSourcesFromTrackingPlan", Map.of("trackingPlanId", trackingPlanId), Source.class);
    }

    List<Destination> destinations() {
        return list("listDestinations", Map.of(), Destination.class);
    }

    SchemaSettings schemaSettings(String sourceId) {
        return call("listSchemaSettingsInSource", Map.of("sourceId", sourceId), null, SchemaSettings.class);
    }

    /** Whether the catalog of this workspace's region knows the source type. */
    boolean hasSourceMetadata(String metadataId) {
        return exists("getSourceMetadata", Map.of("sourceMetadataId", metadataId));
    }

    Source createSource(String slug, String metadataId, boolean enabled, Map<String, Object> settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("enabled", enabled);
        body.put("metadataId", metadataId);
        body.put("settings", settings);
        return call("createSource", Map.of(), body, Source.class);
    }

    Source updateSource(String sourceId, Map<String, Object> changes) {
        return call("updateSource", Map.of("sourceId", sourceId), changes, Source.class);
    }

    Label createLabel(Label label) {
        return call("createLabel", Map.of(), Map.of("label", label), Label.class);
    }

    void replaceLabels(String sourceId, List<Label> labels) {
        call("replaceLabelsInSource", Map.of("sourceId", sourceId), Map.of("labels", labels), Object.class);
    }

    void addSourceToTrackingPlan(String trackingPlanId, String sourceId) {
        call("addSourceToTrackingPlan", Map.of("trackingPlanId", trackingPlanId), Map.of("sourceId", sourceId),
                Object.class);
    }

    SchemaSettings updateSchemaSettings(String sourceId, Map<String, Object> body) {
        return call("updateSchemaSettingsInSource", Map.of("sourceId", sourceId), body, SchemaSettings.class);
    }

    Destination createDestination(Map<String, Object> body) {
        return call("createDestination", Map.of(), body, Destination.class);
    }

    Destination updateDestination(String destinationId, Map<String, Object> changes) {
        return call("updateDestination", Map.of("destinationId", destinationId), changes, Destination.class);
    }

    private boolean exists(String operation, Map<String, Object> path) {
        return find(operation, path).isPresent();
    }

    /** A resource as JSON, or empty when the API answers 404. */
    Optional<Map<String, Object>> find(String operation, Map<String, Object> path) {
        try {
            return Optional.ofNullable(json(call(operation, path, null, Object.class)));
        } catch (SegmentApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A list operation's items as JSON maps (all pages). */
    List<Map<String, Object>> jsonList(String operation, Map<String, Object> path, Map<String, Object> query) {
        return list(operation, path, query, Object.class).stream().map(WorkspaceApi::json).toList();
    }

    /** A write whose answer, when it has one, is read as a JSON map. */
    Map<String, Object> write(String operation, Map<String, Object> path, Object body) {
        return json(call(operation, path, body, Object.class));
    }

    private static Map<String, Object> json(Object answer) {
        return answer == null ? null : CopyJson.MAPPER.convertValue(answer, CopyJson.MAP);
    }

    /** All items of a list operation: the component fetches the pages as the loop reaches them. */
    private <T> List<T> list(String operation, Map<String, Object> path, Class<T> type) {
        return list(operation, path, Map.of(), type);
    }

    private <T> List<T> list(String operation, Map<String, Object> path, Map<String, Object> query, Class<T> type) {
        Iterable<?> items = call(operation, path, query, null, Iterable.class);
        List<T> list = new ArrayList<>();
        if (items != null) {
            items.forEach(item -> list.add(type.cast(item)));
        }
        return list;
    }

    private <T> T call(String operation, Map<String, Object> path, Object body, Class<T> type) {
        return call(operation, path, Map.of(), body, type);
    }

    private <T> T call(String operation, Map<String, Object> path, Map<String, Object> query, Object body,
            Class<T> type) {
        Endpoint endpoint = endpoints.computeIfAbsent(VERSIONS.getOrDefault(operation, SegmentApiVersion.v1),
                this::endpoint);
        try {
            rateLimiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopyException("Interrupted while waiting for the rate limit of the " + role + " workspace", e);
        }
        Exchange exchange = template.send(endpoint, e -> {
            e.getIn().setHeader(SegmentConstants.OPERATION, operation);
            e.getIn().setHeader(SegmentConstants.PATH_PARAMETERS, path);
            if (!query.isEmpty()) {
                e.getIn().setHeader(SegmentConstants.QUERY, query);
            }
            e.getIn().setBody(body);
        });
        Exception failure = exchange.getException();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new RuntimeCamelException(failure);
        }
        return type.cast(exchange.getMessage().getBody());
    }

    @Override
    public void close() {
        template.stop();
        if (workspace.component() == null) {
            for (Endpoint endpoint : endpoints.values()) {
                try {
                    context.removeEndpoint(endpoint);
                } catch (Exception e) {
                    throw new RuntimeCamelException(e);
                }
                ServiceHelper.stopService(endpoint);
            }
        }
    }
}
