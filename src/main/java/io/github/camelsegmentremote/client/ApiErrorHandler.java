package io.github.camelsegmentremote.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The API-specific part of error handling: how to read the API's error body, which hint fits a status, and which
 * exception type to throw. The client core calls it for every failure.
 */
public interface ApiErrorHandler {

    /** Reads a non-2xx answer into an {@link ApiError}. */
    default ApiError describe(ApiResponse response) {
        JsonNode body;
        try {
            body = response.body().length == 0 ? null : JsonBodies.MAPPER.readTree(response.body());
        } catch (java.io.IOException e) {
            body = null;
        }
        String[] typeAndMessage = body == null ? new String[2] : typeAndMessage(body);
        String message = typeAndMessage[1];
        if (message == null && body == null && response.body().length > 0) {
            message = "non-JSON error body of " + response.body().length + " bytes";
        }
        ApiError error = new ApiError(ApiError.Kind.HTTP_STATUS, response.request(), response.status(),
                typeAndMessage[0], message, response.requestId(), null);
        return error.withHint(hint(error));
    }

    /** The API's error type (or code) and message from an error body: a two-element array, entries may be null. */
    String[] typeAndMessage(JsonNode body);

    /** A hint at the likely fix for this error, or null. */
    default String hint(ApiError error) {
        return null;
    }

    /** The API's exception type for an error. */
    ApiException create(ApiError error, Throwable cause);
}
