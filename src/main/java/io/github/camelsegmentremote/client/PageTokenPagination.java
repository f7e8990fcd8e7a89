package io.github.camelsegmentremote.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Legacy Segment Config API token paging. */
final class PageTokenPagination implements Pagination {

    static final String PAGE_SIZE = "page_size";
    static final String PAGE_TOKEN = "page_token";

    private final String itemsField;

    PageTokenPagination(String itemsField) {
        this.itemsField = itemsField;
    }

    @Override
    public ApiRequest firstPage(ApiRequest request, int pageSize) {
        return request.withQuery(PAGE_SIZE, pageSize);
    }

    @Override
    public Page read(ApiRequest request, JsonNode body) {
        String next = body.path("next_page_token").asText("");
        ApiRequest nextRequest = next.isEmpty() ? null : request.withQuery(PAGE_TOKEN, next);
        return new Page(ListItems.in(body, itemsField, request), nextRequest, 0, null, null,
                request.queryValue(PAGE_TOKEN));
    }
}
