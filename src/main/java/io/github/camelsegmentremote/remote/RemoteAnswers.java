package io.github.camelsegmentremote.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.client.ApiError;
import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.ApiResponse;
import io.github.camelsegmentremote.client.Page;
import io.github.camelsegmentremote.client.Pagination;

/**
 * Turns Remote's answers into message bodies: list items and resources as {@link Employment} where the operation
 * answers employments, else as Jackson trees; the {@code data} envelope and the resource's own wrapper
 * ({@code {"data":{"timeoff":{...}}}}) removed; non-JSON answers (PDFs, CSVs) as bytes.
 */
final class RemoteAnswers {

    private RemoteAnswers() {
    }

    static Pagination pagination(RemoteOperation operation) {
        return new RemotePageNumberPagination(operation.itemsField());
    }

    /** The items of a list answer that came in one response. */
    static Page listPage(RemoteOperation operation, ApiResponse response) {
        return pagination(operation).read(response);
    }

    /** One item as the body: an {@link Employment} or the JSON tree. */
    static Object item(RemoteOperation operation, JsonNode node, ApiClient client, ApiRequest request) {
        return operation.returnsEmployment() ? employment(node, client, request) : node;
    }

    static List<Object> items(RemoteOperation operation, Page page, ApiClient client, ApiRequest request) {
        List<Object> items = new ArrayList<>(page.items().size());
        page.items().forEach(node -> items.add(item(operation, node, client, request)));
        return items;
    }

    /**
     * The body for a single-resource answer: null when empty, bytes when not JSON, the whole tree for a generic
     * call, else the resource unwrapped.
     */
    static Object resource(RemoteOperation operation, ApiResponse response, ApiClient client) {
        if (response.body().length == 0) {
            return null;
        }
        String contentType = response.header("Content-Type");
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return response.body();
        }
        JsonNode json = response.json();
        if (operation.isGeneric()) {
            return json;
        }
        JsonNode data = json.has("data") ? json.get("data") : json;
        JsonNode resource = operation.resultField() != null && data.has(operation.resultField())
                ? data.get(operation.resultField()) : data;
        return item(operation, resource, client, response.request());
    }

    private static Employment employment(JsonNode node, ApiClient client, ApiRequest request) {
        try {
            Employment employment = client.mapper().treeToValue(node, Employment.class);
            employment.sourceJson(node);
            return employment;
        } catch (JsonProcessingException e) {
            throw client.errorHandler().create(new ApiError(ApiError.Kind.MALFORMED_RESPONSE, request, 200, null,
                    "an employment does not fit the Employment model: " + e.getOriginalMessage(), null, null), e);
        }
    }
}
