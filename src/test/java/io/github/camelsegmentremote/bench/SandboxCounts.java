package io.github.camelsegmentremote.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.sandbox.SandboxJson;

/**
 * The sandbox's request counters at one moment, read over its inspection endpoints ({@code /_sandbox/inspect}),
 * so a forked variant can count what one phase of its run sent. Inspection calls are not counted by the
 * simulators themselves.
 *
 * @param remoteListCalls   {@code GET /v1/employments} answered
 * @param remoteDetailCalls {@code GET /v1/employments/{id}} answered
 * @param segmentRequests   requests the US Tracking API received
 */
record SandboxCounts(long remoteListCalls, long remoteDetailCalls, long segmentRequests) {

    static final String LIST_ROUTE = "GET /v1/employments";
    static final String DETAIL_ROUTE = "GET /v1/employments/{employment_id}";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static SandboxCounts read(BenchTarget target) {
        JsonNode remote = inspect(target.remoteBaseUrl()).path("state").path("requests");
        JsonNode tracking = inspect(target.trackingBaseUrl()).path("state").path("traffic");
        return new SandboxCounts(remote.path(LIST_ROUTE).asLong(), remote.path(DETAIL_ROUTE).asLong(),
                tracking.path("requests").asLong());
    }

    SandboxCounts minus(SandboxCounts earlier) {
        return new SandboxCounts(remoteListCalls - earlier.remoteListCalls,
                remoteDetailCalls - earlier.remoteDetailCalls, segmentRequests - earlier.segmentRequests);
    }

    private static JsonNode inspect(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/_sandbox/inspect")).GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("sandbox inspection " + baseUrl + " answered " + response.statusCode());
            }
            return SandboxJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox inspection " + baseUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while inspecting the sandbox", e);
        }
    }
}
