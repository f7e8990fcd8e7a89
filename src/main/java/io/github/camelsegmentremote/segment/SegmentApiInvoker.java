package io.github.camelsegmentremote.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.ApiResponse;
import io.github.camelsegmentremote.client.Page;
import io.github.camelsegmentremote.segment.model.Destination;
import io.github.camelsegmentremote.segment.model.Label;
import io.github.camelsegmentremote.segment.model.SchemaSettings;
import io.github.camelsegmentremote.segment.model.Source;
import io.github.camelsegmentremote.segment.model.TrackingPlan;
import io.github.camelsegmentremote.segment.model.Workspace;

/**
 * Runs catalog operations for one endpoint, for its producer and its consumer alike: builds the call from the
 * operation, path and query values and the body, sends it through the endpoint's client, and reads the answer
 * into the result the route gets (the resource out of {@code data}, as a typed model where there is one).
 */
final class SegmentApiInvoker implements AutoCloseable {

    /** Spec models with a typed class; the others are read as JSON trees. */
    private static final Map<String, Class<?>> MODELS = Map.of(
            "WorkspaceV1", Workspace.class,
            "SourceV1", Source.class,
            "SourceAlpha", Source.class,
            "DestinationV1", Destination.class,
            "LabelV1", Label.class,
            "LabelAlpha", Label.class,
            "TrackingPlanV1", TrackingPlan.class,
            "SourceSettingsOutputV1", SchemaSettings.class);

    private static final String PATH_HINT = "set the URI parameter {name}=..., or per message the header "
            + SegmentConstants.PATH_PARAMETER_HEADER_PREFIX + "{Name} or the map header "
            + SegmentConstants.PATH_PARAMETERS;

    private final SegmentConfiguration configuration;
    private final SegmentApiFamily family;
    private final ApiClient client;

    SegmentApiInvoker(SegmentEndpoint endpoint) {
        this.configuration = endpoint.getConfiguration();
        this.family = configuration.getApiFamily();
        this.client = endpoint.createPublicApiClient();
    }

    ApiClient client() {
        return client;
    }

    SegmentApiFamily family() {
        return family;
    }

    /**
     * The call for {@code operation}: path parameters from {@code pathValues}, the query, and for operations that
     * send one, {@code body} as JSON (Map, JsonNode, POJO or JSON text).
     */
    ApiRequest request(SegmentOperation operation, Function<String, Object> pathValues, Map<String, Object> query,
            Object body) {
        String path = operation.path().expand(pathValues, operation.operationId(), PATH_HINT);
        ApiRequest.Builder builder = ApiRequest.builder(operation.method(), path).operation(operation.operationId());
        if (family == SegmentApiFamily.PUBLIC) {
            // Per operation: 14 operations exist only as beta or alpha and answer 406 to the v1 media type.
            builder.header("Accept", operation.version(configuration.getApiVersion()).mediaType());
        }
        query.forEach(builder::query);
        if (operation.hasBody() && body != null) {
            byte[] json = client.toJson(body, operation.operationId());
            builder.body(SchemaSettingsForwarding.appliesTo(operation)
                    ? SchemaSettingsForwarding.withoutBlankTargets(client.mapper(), json) : json);
        }
        return builder.build();
    }

    ApiResponse execute(ApiRequest request) {
        return client.execute(request);
    }

    /**
     * The result of a non-paged answer: the operation's resource out of {@code data} (unless unwrap=false), read
     * as the output class; null for an empty answer.
     */
    Object result(SegmentOperation operation, ApiResponse response) {
        JsonNode answer = response.json();
        if (answer.isMissingNode()) {
            return null;
        }
        JsonNode data = data(answer);
        if (configuration.isUnwrap() && operation.resultField() != null && data.has(operation.resultField())) {
            JsonNode result = data.get(operation.resultField());
            return result.isArray() ? readAll(result, operation) : read(result, itemClass(operation), operation);
        }
        Class<?> type = configuration.getOutputClass() != null ? configuration.getOutputClass() : JsonNode.class;
        return read(data, type, operation);
    }

    /** One page of a paged operation, from {@code cursor} (null: the first page). */
    Page page(SegmentOperation operation, ApiRequest request, String cursor) {
        ApiRequest start = cursor == null ? request : request.withQuery(family.cursorParameter(), cursor);
        return client.paginate(start, family.pagination(operation.resultField()), configuration.getPageSize())
                .firstPage();
    }

    /** The cursor of the page after {@code page}, or null when it is the last. */
    String nextCursor(Page page) {
        return page.hasNext() ? page.next().queryValue(family.cursorParameter()) : null;
    }

    /** The items of all pages after {@code first}, fetched as the iteration reaches them. */
    Iterable<JsonNode> itemsAfter(SegmentOperation operation, Page first) {
        return first.hasNext()
                ? client.paginate(first.next(), family.pagination(operation.resultField()),
                        configuration.getPageSize())
                : Collections.emptyList();
    }

    /** The items of a list operation as JSON: all pages of a paged one (lazily), or the one list of another. */
    Iterable<JsonNode> jsonItems(SegmentOperation operation, ApiRequest request) {
        if (operation.paged()) {
            return client.paginate(request, family.pagination(operation.resultField()), configuration.getPageSize());
        }
        JsonNode items = data(execute(request).json()).path(operation.resultField());
        List<JsonNode> list = new ArrayList<>(items.size());
        items.forEach(list::add);
        return list;
    }

    /** An item of a list (or a resource) read as the output class. */
    Object readItem(JsonNode item, SegmentOperation operation) {
        return read(item, itemClass(operation), operation);
    }

    List<Object> readAll(Iterable<JsonNode> items, SegmentOperation operation) {
        Class<?> type = itemClass(operation);
        List<Object> list = new ArrayList<>();
        items.forEach(item -> list.add(read(item, type, operation)));
        return list;
    }

    private JsonNode data(JsonNode answer) {
        JsonNode data = answer.get("data");
        return family == SegmentApiFamily.PUBLIC && data != null ? data : answer;
    }

    private Class<?> itemClass(SegmentOperation operation) {
        if (configuration.getOutputClass() != null) {
            return configuration.getOutputClass();
        }
        Class<?> model = operation.resultType() == null ? null : MODELS.get(operation.resultType());
        return model != null ? model : JsonNode.class;
    }

    private Object read(JsonNode node, Class<?> type, SegmentOperation operation) {
        if (type.isInstance(node)) {
            return node;
        }
        try {
            return client.mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The answer to " + operation.operationId() + " does not fit "
                    + type.getName() + " (option outputClass): " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
