package io.github.camelsegmentremote.client;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One page of a list call.
 *
 * @param items       the page's items
 * @param next        the request for the next page, or null when this is the last
 * @param number      the page's number (1-based) where the API numbers pages, else the count of pages read so far
 * @param totalPages  pages in all, when the API says
 * @param totalCount  items in all, when the API says
 * @param cursor      the cursor or token that fetched this page, if any
 */
public record Page(List<JsonNode> items, ApiRequest next, int number, Integer totalPages, Long totalCount,
        String cursor) {

    public boolean hasNext() {
        return next != null;
    }
}
