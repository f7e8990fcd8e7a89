package io.github.camelsegmentremote.segment;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.ApiResponse;
import io.github.camelsegmentremote.client.ListItems;
import io.github.camelsegmentremote.client.Page;
import io.github.camelsegmentremote.client.Pagination;

/**
 * Segment Public API cursor paging: {@code pagination.count} and {@code pagination.cursor} in the query, the next
 * cursor in {@code data.pagination.next}, the total in {@code data.pagination.totalEntries}.
 */
public final class SegmentCursorPagination implements Pagination {

    static final String COUNT = "pagination.count";
    static final String CURSOR = "pagination.cursor";

    private final String itemsField;

    /** @param itemsField the field of {@code data} holding the items, or null for its only array */
    public SegmentCursorPagination(String itemsField) {
        this.itemsField = itemsField;
    }

    @Override
    public ApiRequest firstPage(ApiRequest request, int pageSize) {
        return request.withQuery(COUNT, pageSize);
    }

    @Override
    public Page read(ApiResponse response) {
        ApiRequest request = response.request();
        JsonNode data = ListItems.data(response.json());
        JsonNode pagination = data.path("pagination");
        String next = text(pagination.get("next"));
        Long total = pagination.hasNonNull("totalEntries") ? pagination.get("totalEntries").asLong() : null;
        ApiRequest nextRequest = next == null ? null : request.withQuery(CURSOR, next);
        return new Page(ListItems.in(data, itemsField, response), nextRequest, 0, null, total,
                request.queryValue(CURSOR));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isEmpty() ? null : node.asText();
    }
}
