package io.github.camelsegmentremote.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One page of a Public API list: {@code pagination.count} (1 to 200) and the opaque {@code pagination.cursor}, which
 * is the Base64 of the offset like Segment's own ({@code MA==} is the first page). Both the dotted form
 * ({@code pagination.count=3}) and the deepObject form ({@code pagination[count]=3}) are read.
 */
record SegmentPage(int offset, int count) {

    static final int MAX_COUNT = 200;

    /**
     * Reads the page asked for; when {@code required} (most list operations), a missing count is a 422 like the
     * real API's validation; otherwise it defaults to {@value #MAX_COUNT}.
     */
    static SegmentPage of(SandboxRequest request, boolean required) {
        String count = parameter(request, "count");
        String cursor = parameter(request, "cursor");
        int size;
        if (count == null || count.isBlank()) {
            if (required) {
                throw SegmentInput.invalid("pagination.count", "\"pagination.count\" is required");
            }
            size = MAX_COUNT;
        } else {
            try {
                size = Integer.parseInt(count.trim());
            } catch (NumberFormatException e) {
                throw SegmentInput.invalid("pagination.count", "\"pagination.count\" must be a whole number");
            }
            if (size < 1 || size > MAX_COUNT) {
                throw SegmentInput.invalid("pagination.count",
                        "\"pagination.count\" must be between 1 and " + MAX_COUNT);
            }
        }
        return new SegmentPage(cursor == null || cursor.isEmpty() ? 0 : decode(cursor), size);
    }

    <T> List<T> slice(List<T> all) {
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + count));
    }

    /** {@code PaginationOutput}: current, next and previous cursors (null at the ends) and totalEntries. */
    ObjectNode toJson(int totalEntries) {
        ObjectNode node = SandboxJson.object();
        node.put("current", encode(offset));
        if (offset + count < totalEntries) {
            node.put("next", encode(offset + count));
        } else {
            node.putNull("next");
        }
        if (offset > 0) {
            node.put("previous", encode(Math.max(0, offset - count)));
        } else {
            node.putNull("previous");
        }
        node.put("totalEntries", totalEntries);
        return node;
    }

    static String encode(int offset) {
        return Base64.getEncoder().encodeToString(String.valueOf(offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            int offset = Integer.parseInt(new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (offset < 0) {
                throw new NumberFormatException("negative");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw SegmentInput.invalid("pagination.cursor", "\"pagination.cursor\" is not a cursor of this API");
        }
    }

    private static String parameter(SandboxRequest request, String name) {
        String dotted = request.query("pagination." + name);
        return dotted != null ? dotted : request.query("pagination[" + name + "]");
    }
}
