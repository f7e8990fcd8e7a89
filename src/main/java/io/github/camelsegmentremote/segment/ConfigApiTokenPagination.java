package io.github.camelsegmentremote.segment;

import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.ApiResponse;
import io.github.camelsegmentremote.client.ListItems;
import io.github.camelsegmentremote.client.Page;
import io.github.camelsegmentremote.client.Pagination;

/** Legacy Segment Config API token paging: {@code page_size}/{@code page_token}, {@code next_page_token}. */
public final class ConfigApiTokenPagination implements Pagination {

    static final String PAGE_SIZE = "page_size";
    static final String PAGE_TOKEN = "page_token";

    private final String itemsField;

    /** @param itemsField the field holding the items, or null for the answer's only array */
    public ConfigApiTokenPagination(String itemsField) {
        this.itemsField = itemsField;
    }

    @Override
    public ApiRequest firstPage(ApiRequest request, int pageSize) {
        return request.withQuery(PAGE_SIZE, pageSize);
    }

    @Override
    public Page read(ApiResponse response) {
        ApiRequest request = response.request();
        String next = response.json().path("next_page_token").asText("");
        ApiRequest nextRequest = next.isEmpty() ? null : request.withQuery(PAGE_TOKEN, next);
        return new Page(ListItems.in(response.json(), itemsField, response), nextRequest, 0, null, null,
                request.queryValue(PAGE_TOKEN));
    }
}
