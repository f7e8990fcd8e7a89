package io.github.camelsegmentremote.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** The simulated Public API operations, by operationId; filled by the resource classes ({@code Segment*Api}). */
final class SegmentApiHandlers {

    private final Map<String, SegmentApiHandler> byOperationId = new LinkedHashMap<>();

    SegmentApiHandlers on(String operationId, SegmentApiHandler handler) {
        if (byOperationId.put(operationId, handler) != null) {
            throw new IllegalStateException("operation " + operationId + " is simulated twice");
        }
        return this;
    }

    /** Hands out the handler of an operation once; what remains afterwards names no real operation. */
    SegmentApiHandler take(String operationId) {
        return byOperationId.remove(operationId);
    }

    Map<String, SegmentApiHandler> remaining() {
        return Map.copyOf(byOperationId);
    }
}
