package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelsegmentremote.segment.SegmentApiException;
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
 * The Public API calls the copy makes on one workspace, through one {@code segment:} endpoint with that
 * workspace's token and region (or one endpoint of the workspace's own named segment component): one client, one
 * connection pool and one rate limiter per workspace, the operation chosen per call by header. No token is ever
 * part of an endpoint URI.
 */
final class WorkspaceApi implements AutoCloseable {

    private final String role;
    private final Endpoint endpoint;
    private final ProducerTemplate template;

    private final CamelContext context;
    /** Where this object's own endpoint (a workspace given by its token) is listed; null for a named component. */
    private final String registryKey;

    /**
     * @param role              which workspace this is ("source" or "target"), for messages
     * @param requestsPerSecond the client-side limit for a workspace given by its token; a workspace given as a
     *                          component ({@link WorkspaceRef#ofComponent}) has the component's own limit
     */
    WorkspaceApi(CamelContext context, String role, WorkspaceRef workspace, int requestsPerSecond) {
        this.role = role;
        this.context = context;
        if (workspace.component() != null) {
            this.endpoint = context.getEndpoint(workspace.component() + ":getWorkspace");
            this.registryKey = null;
        } else {
            this.endpoint = tokenEndpoint(context, workspace, requestsPerSecond);
            // Listed with the context's endpoints (JMX, Hawtio) while the copy runs, under a key of its own.
            this.registryKey = "segment://getWorkspace?copyWorkspace=" + role + "-" + System.identityHashCode(this);
            try {
                context.addEndpoint(registryKey, endpoint);
            } catch (Exception e) {
                throw new RuntimeCamelException(e);
            }
        }
        this.template = context.createProducerTemplate();
    }

    /**
     * An endpoint of the default segment component with the workspace's token as an endpoint property, not as a
     * URI parameter: its URI is only {@code segment:getWorkspace}, and it is this object's own (two workspaces
     * would share one URI in the context's endpoint cache).
     */
    private static Endpoint tokenEndpoint(CamelContext context, WorkspaceRef workspace, int requestsPerSecond) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("token", workspace.token().reveal());
        options.put("region", workspace.region().name());
        options.put("requestsPerSecond", requestsPerSecond);
        if (workspace.baseUrl() != null) {
            options.put("baseUrl", workspace.baseUrl());
        }
        try {
            Endpoint endpoint = context.getComponent("segment").createEndpoint("segment:getWorkspace", options);
            ServiceHelper.startService(endpoint);
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

    /** Whether the catalog of this workspace's region knows the destination type. */
    boolean hasDestinationMetadata(String metadataId) {
        return exists("getDestinationMetadata", Map.of("destinationMetadataId", metadataId));
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
        try {
            call(operation, path, null, Object.class);
            return true;
        } catch (SegmentApiException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** All items of a list operation: the component fetches the pages as the loop reaches them. */
    private <T> List<T> list(String operation, Map<String, Object> path, Class<T> type) {
        Iterable<?> items = call(operation, path, null, Iterable.class);
        List<T> list = new ArrayList<>();
        if (items != null) {
            items.forEach(item -> list.add(type.cast(item)));
        }
        return list;
    }

    private <T> T call(String operation, Map<String, Object> path, Object body, Class<T> type) {
        Exchange exchange = template.send(endpoint, e -> {
            e.getIn().setHeader(SegmentConstants.OPERATION, operation);
            e.getIn().setHeader(SegmentConstants.PATH_PARAMETERS, path);
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
        if (registryKey != null) {
            try {
                context.removeEndpoints(registryKey);
            } catch (Exception e) {
                throw new RuntimeCamelException(e);
            }
            ServiceHelper.stopService(endpoint);
        }
    }
}
