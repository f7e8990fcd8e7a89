package io.github.camelsegmentremote.sandbox;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One request the Public API simulator received, as its request log keeps it: which workspace's token sent it
 * (never the token itself), the operation, and the request as sent (method, path, sorted query, body). Two equal
 * records are the same request sent twice.
 *
 * @param workspace the slug of the token's workspace, or {@code ?} when the token was refused
 */
public record SegmentRequestRecord(String workspace, String operationId, String method, String path, String query,
        String body) {

    static SegmentRequestRecord of(String workspace, String operationId, SandboxRequest request) {
        Map<String, List<String>> sorted = new TreeMap<>(request.query());
        String query = sorted.entrySet().stream().map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .collect(Collectors.joining("&"));
        return new SegmentRequestRecord(workspace, operationId, request.method(), request.path(), query,
                request.bodyAsString());
    }

    @Override
    public String toString() {
        return workspace + " " + method + " " + path + (query.isEmpty() ? "" : "?" + query)
                + (body.isEmpty() ? "" : " " + body);
    }
}
