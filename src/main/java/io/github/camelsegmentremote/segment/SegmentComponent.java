package io.github.camelsegmentremote.segment;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelsegmentremote.client.ApiComponentSupport;
import io.github.camelsegmentremote.client.UriSecrets;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code segment:} component: Segment's Public API (workspace configuration) and Tracking API.
 */
@Component("segment")
public class SegmentComponent extends ApiComponentSupport {

    static {
        // Camel masks URI parameters by name; "token" is on its list, the write key is not.
        UriSecrets.mask("writeKey", "proxyAuthUsername");
    }

    @Metadata(description = "Default options for every segment: endpoint")
    private SegmentConfiguration configuration = new SegmentConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("The segment: endpoint needs an operation, e.g. segment:listSources "
                    + "or segment:identify");
        }
        SegmentConfiguration copy = configuration.copy();
        copy.setOperation(remaining);
        SegmentEndpoint endpoint = new SegmentEndpoint(uri, this, copy);
        collectPathParameters(copy, parameters);
        Map<String, Object> query = PropertiesHelper.extractProperties(parameters, "query.");
        if (!query.isEmpty()) {
            copy.setQueryParameters(merged(copy.getQueryParameters(), query));
        }
        setProperties(endpoint, parameters);
        applyGlobalSslContextParameters(copy);
        endpoint.validate();
        return endpoint;
    }

    /**
     * Moves the URI parameters named like the operation's path parameters ({@code sourceId} for getSource) into
     * the endpoint's path parameters, before the options are set: {@code writeKey} is both an option and the path
     * parameter of removeWriteKeyFromSource.
     */
    private void collectPathParameters(SegmentConfiguration copy, Map<String, Object> parameters) {
        Object family = parameters.get("apiFamily");
        SegmentApiFamily apiFamily = family == null ? copy.getApiFamily()
                : getCamelContext().getTypeConverter().convertTo(SegmentApiFamily.class, family);
        if (apiFamily == null) {
            return;
        }
        apiFamily.catalog().find(copy.getOperation()).ifPresent(operation -> {
            Map<String, Object> path = new LinkedHashMap<>();
            for (String name : operation.path().parameters()) {
                if (parameters.containsKey(name)) {
                    path.put(name, parameters.remove(name));
                }
            }
            if (!path.isEmpty()) {
                copy.setPathParameters(merged(copy.getPathParameters(), path));
            }
        });
    }

    /** The component's defaults with the endpoint's values on top, in a new map the defaults do not share. */
    private static Map<String, Object> merged(Map<String, Object> defaults, Map<String, Object> values) {
        Map<String, Object> merged = defaults == null ? new LinkedHashMap<>() : new LinkedHashMap<>(defaults);
        merged.putAll(values);
        return merged;
    }

    public SegmentConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SegmentConfiguration configuration) {
        this.configuration = configuration;
    }
}
