package io.github.camelsegmentremote.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Segment-style error handler for the client core's tests. */
final class TestErrors implements ApiErrorHandler {

    @Override
    public String[] typeAndMessage(JsonNode body) {
        JsonNode first = body.path("errors").path(0);
        return new String[] { first.path("type").asText(null), first.path("message").asText(null) };
    }

    @Override
    public String hint(ApiError error) {
        return error.status() == 401 ? "Check the token" : null;
    }

    @Override
    public ApiException create(ApiError error, Throwable cause) {
        return new ApiException(error, cause);
    }
}
