package io.github.camelsegmentremote.client;

/**
 * How one API pages its lists: how to ask for the first page, and how to read a page and the request for the
 * next one from an answer. Each API's strategy lives with its component (Segment's cursors and Config API page
 * tokens in {@code segment}, Remote's page numbers in {@code remote}); this package knows none of them.
 */
public interface Pagination {

    /** The request for the first page of {@code pageSize} items (a page or cursor already set is kept). */
    ApiRequest firstPage(ApiRequest request, int pageSize);

    /**
     * Reads a page's answer: its items, the next page's request (null on the last page), info. An answer that
     * holds no list, or whose paging information contradicts itself, fails with {@link ApiResponse#malformed}.
     */
    Page read(ApiResponse response);
}
