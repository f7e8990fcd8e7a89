package io.github.camelsegmentremote.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code page} / {@code page_size} parameters of Remote's list operations and their response envelope
 * {@code {"data":{<items>:[...],"current_page","total_pages","total_count"}}}. The spec bounds {@code page_size} to
 * 1..100 and {@code page} to at least 1; out-of-range values are answered 400, not clamped, so that a client
 * relying on larger pages notices.
 */
record RemotePage(int page, int size) {

    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 20;

    static RemotePage of(SandboxRequest request) {
        int page = request.queryInt("page", 1);
        int size = request.queryInt("page_size", DEFAULT_SIZE);
        if (page < 1) {
            throw new SandboxException(400, "page must be greater than or equal to 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new SandboxException(400, "page_size must be between 1 and " + MAX_SIZE);
        }
        return new RemotePage(page, size);
    }

    int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    ObjectNode envelope(String itemsField, Listing listing) {
        return envelope(itemsField, listing.items(), listing.total());
    }

    ObjectNode envelope(String itemsField, ArrayNode items, int total) {
        ObjectNode root = SandboxJson.object();
        ObjectNode data = root.putObject("data");
        data.set(itemsField, items);
        data.put("current_page", page);
        data.put("total_pages", (total + size - 1) / size);
        data.put("total_count", total);
        return root;
    }

    /** One page of items and the number of items matching in all. */
    record Listing(ArrayNode items, int total) {
    }
}
