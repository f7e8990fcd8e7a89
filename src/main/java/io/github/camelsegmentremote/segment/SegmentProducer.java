package io.github.camelsegmentremote.segment;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.ApiResponse;
import io.github.camelsegmentremote.client.Page;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Calls a Public API (or legacy Config API) operation per message: the endpoint's operation or the one in header
 * {@link SegmentConstants#OPERATION}, path parameters from headers or options, the message body as the JSON body.
 * The result replaces the body: the resource, or for list operations the items of all pages (fetched as the
 * iteration reaches them) or of one page.
 */
public class SegmentProducer extends DefaultProducer {

    private final SegmentConfiguration configuration;
    private SegmentApiInvoker invoker;
    private WritableHealthCheckRepository healthCheckRepository;
    private SegmentHealthCheck healthCheck;

    public SegmentProducer(SegmentEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public SegmentEndpoint getEndpoint() {
        return (SegmentEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        SegmentOperation operation = operation(in);
        ApiRequest request = invoker.request(operation, name -> pathValue(in, name), query(in),
                operation.hasBody() ? in.getBody() : null);
        Message out = exchange.getMessage();
        if (!operation.paged()) {
            ApiResponse response = invoker.execute(request);
            out.setBody(invoker.result(operation, response));
            setOrRemove(out, SegmentConstants.REQUEST_ID, response.requestId());
            return;
        }
        String cursor = in.getHeader(SegmentConstants.CURSOR, String.class);
        Page first = invoker.page(operation, request, cursor);
        setOrRemove(out, SegmentConstants.TOTAL_ENTRIES, first.totalCount());
        if (configuration.isAllPages() && cursor == null) {
            out.setBody(new SegmentItems(operation, first, invoker));
            out.removeHeader(SegmentConstants.NEXT_CURSOR);
        } else {
            out.setBody(invoker.readAll(first.items(), operation));
            setOrRemove(out, SegmentConstants.NEXT_CURSOR, invoker.nextCursor(first));
        }
    }

    private SegmentOperation operation(Message in) {
        String name = in.getHeader(SegmentConstants.OPERATION, String.class);
        if (name == null || name.isBlank()) {
            return getEndpoint().operation();
        }
        if (TrackingCall.of(name).isPresent()) {
            throw new IllegalArgumentException("Header " + SegmentConstants.OPERATION + " names the Tracking API "
                    + "call " + name + ", but this endpoint calls the Public API (" + configuration.getOperation()
                    + "): send Tracking API calls to a segment:" + name + " endpoint with a writeKey");
        }
        return configuration.getApiFamily().catalog().require(name);
    }

    /** A path parameter: its own header, the message's path parameters map, then the endpoint's options. */
    private Object pathValue(Message in, String name) {
        Object value = in.getHeader(SegmentConstants.PATH_PARAMETER_HEADER_PREFIX
                + Character.toUpperCase(name.charAt(0)) + name.substring(1));
        if (value == null) {
            Map<?, ?> fromHeader = in.getHeader(SegmentConstants.PATH_PARAMETERS, Map.class);
            value = fromHeader == null ? null : fromHeader.get(name);
        }
        if (value == null && configuration.getPathParameters() != null) {
            value = configuration.getPathParameters().get(name);
        }
        return value;
    }

    private Map<String, Object> query(Message in) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (configuration.getQueryParameters() != null) {
            query.putAll(configuration.getQueryParameters());
        }
        Map<?, ?> fromHeader = in.getHeader(SegmentConstants.QUERY, Map.class);
        if (fromHeader != null) {
            fromHeader.forEach((k, v) -> query.put(String.valueOf(k), v));
        }
        return query;
    }

    private static void setOrRemove(Message message, String header, Object value) {
        if (value == null) {
            message.removeHeader(header);
        } else {
            message.setHeader(header, value);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        invoker = new SegmentApiInvoker(getEndpoint());
        // Health checks are optional in Camel: register only where the producers repository is present.
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new SegmentHealthCheck(getEndpoint(), invoker);
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        if (invoker != null) {
            invoker.close();
            invoker = null;
        }
        super.doStop();
    }
}
