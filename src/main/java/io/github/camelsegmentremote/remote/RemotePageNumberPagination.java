package io.github.camelsegmentremote.remote;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.ApiResponse;
import io.github.camelsegmentremote.client.ListItems;
import io.github.camelsegmentremote.client.Page;
import io.github.camelsegmentremote.client.Pagination;

/**
 * Remote page-number paging: {@code page}/{@code page_size} in the query, {@code current_page},
 * {@code total_pages} and {@code total_count} in {@code data} (or beside it, as company departments do).
 *
 * <p>Pages are counted here, not taken from the answer: the page after the one requested is that number plus one,
 * whatever {@code current_page} says (the spec lets it be any integer; a copy of it once sent {@code page=-26953696}).
 * Paging stops at {@code total_pages}, or on an empty page when the answer gives no total, and never asks for a
 * page below 1. Page numbers that are not whole numbers of at least 0 fail as a malformed answer.
 */
public final class RemotePageNumberPagination implements Pagination {

    static final String PAGE = "page";
    static final String PAGE_SIZE = "page_size";

    private final String itemsField;

    /** @param itemsField the field of {@code data} holding the items, or null for its only array */
    public RemotePageNumberPagination(String itemsField) {
        this.itemsField = itemsField;
    }

    @Override
    public ApiRequest firstPage(ApiRequest request, int pageSize) {
        ApiRequest.Builder b = request.toBuilder().setQuery(PAGE_SIZE, pageSize);
        if (request.queryValue(PAGE) == null) {
            b.setQuery(PAGE, 1);
        }
        return b.build();
    }

    @Override
    public Page read(ApiResponse response) {
        ApiRequest request = response.request();
        JsonNode body = response.json();
        JsonNode data = ListItems.data(body);
        JsonNode meta = data.has("current_page") || !body.has("current_page") ? data : body;
        int requested = requestedPage(request);
        Integer totalPages = count(meta, "total_pages", response);
        Integer totalCount = count(meta, "total_count", response);
        count(meta, "current_page", response);
        List<JsonNode> items = ListItems.in(data, itemsField, response);
        boolean more = !items.isEmpty() && (totalPages == null || requested < totalPages);
        ApiRequest next = more ? request.withQuery(PAGE, requested + 1) : null;
        return new Page(items, next, requested, totalPages, totalCount == null ? null : totalCount.longValue(),
                null);
    }

    /** The page this request asked for; the producer refuses a page below 1 before it gets here. */
    private static int requestedPage(ApiRequest request) {
        String page = request.queryValue(PAGE);
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A paging number of the envelope, null when absent; anything but a whole number of at least 0 is malformed. */
    private static Integer count(JsonNode meta, String field, ApiResponse response) {
        JsonNode value = meta.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw response.malformed("the paging information is inconsistent: " + field + " is " + value
                    + ", not a whole number of at least 0");
        }
        return value.asInt();
    }
}
