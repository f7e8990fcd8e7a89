package io.github.camelsegmentremote.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Remote page-number paging. */
final class PageNumberPagination implements Pagination {

    static final String PAGE = "page";
    static final String PAGE_SIZE = "page_size";

    private final String itemsField;

    PageNumberPagination(String itemsField) {
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
    public Page read(ApiRequest request, JsonNode body) {
        JsonNode data = ListItems.data(body);
        // A few Remote lists (company departments) put the page numbers beside "data", not inside it.
        JsonNode meta = data.has("current_page") || !body.has("current_page") ? data : body;
        int current = meta.path("current_page").asInt(parse(request.queryValue(PAGE)));
        Integer totalPages = meta.hasNonNull("total_pages") ? meta.get("total_pages").asInt() : null;
        Long totalCount = meta.hasNonNull("total_count") ? meta.get("total_count").asLong() : null;
        var items = ListItems.in(data, itemsField, request);
        boolean more = totalPages != null ? current < totalPages : !items.isEmpty();
        ApiRequest next = more ? request.withQuery(PAGE, current + 1) : null;
        return new Page(items, next, current, totalPages, totalCount, null);
    }

    private static int parse(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
