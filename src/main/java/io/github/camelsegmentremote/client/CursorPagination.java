package io.github.camelsegmentremote.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Segment Public API cursor paging. */
final class CursorPagination implements Pagination {

    static final String COUNT = "pagination.count";
    static final String CURSOR = "pagination.cursor";

    private final String itemsField;

    CursorPagination(String itemsField) {
        this.itemsField = itemsField;
    }

    @Override
    public ApiRequest firstPage(ApiRequest request, int pageSize) {
        return request.withQuery(COUNT, pageSize);
    }

    @Override
    public Page read(ApiRequest request, JsonNode body) {
        JsonNode data = ListItems.data(body);
        JsonNode pagination = data.path("pagination");
        String next = text(pagination.get("next"));
        Long total = pagination.hasNonNull("totalEntries") ? pagination.get("totalEntries").asLong() : null;
        ApiRequest nextRequest = next == null ? null : request.withQuery(CURSOR, next);
        return new Page(ListItems.in(data, itemsField, request), nextRequest, 0, null, total,
                request.queryValue(CURSOR));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isEmpty() ? null : node.asText();
    }
}
