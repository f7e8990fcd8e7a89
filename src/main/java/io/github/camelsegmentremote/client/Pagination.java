package io.github.camelsegmentremote.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How one API pages its lists: how to ask for the first page, and how to read a page and the request for the
 * next one from an answer.
 */
public interface Pagination {

    /** The request for the first page of {@code pageSize} items (a page or cursor already set is kept). */
    ApiRequest firstPage(ApiRequest request, int pageSize);

    /** Reads the answer to {@code request}: its items, the next page's request (null on the last page), info. */
    Page read(ApiRequest request, JsonNode body);

    /** Segment Public API: {@code pagination.count}/{@code pagination.cursor}, {@code data.pagination.next}. */
    static Pagination segmentCursor(String itemsField) {
        return new CursorPagination(itemsField);
    }

    /** Remote: {@code page}/{@code page_size}, {@code data.current_page}/{@code data.total_pages}. */
    static Pagination remotePages(String itemsField) {
        return new PageNumberPagination(itemsField);
    }

    /** Legacy Segment Config API: {@code page_size}/{@code page_token}, {@code next_page_token}. */
    static Pagination configApiToken(String itemsField) {
        return new PageTokenPagination(itemsField);
    }
}
