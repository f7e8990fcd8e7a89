package io.github.camelsegmentremote.client;

/**
 * What went wrong with one call, before it becomes a typed exception: the kind of failure, the call, the HTTP
 * status (0 when no answer came), the API's own error type and message, its request id, a hint at the fix, and the
 * request field or parameter the API blamed, if it named one.
 */
public record ApiError(Kind kind, ApiRequest request, int status, String type, String message, String requestId,
        String hint, String field) {

    /** An error that names no field. */
    public ApiError(Kind kind, ApiRequest request, int status, String type, String message, String requestId,
            String hint) {
        this(kind, request, status, type, message, requestId, hint, null);
    }

    /** Failure kinds. */
    public enum Kind {
        /** The API answered with a non-2xx status. */
        HTTP_STATUS,
        /** The API answered 2xx but the body could not be read as JSON. */
        MALFORMED_RESPONSE,
        /** No answer: connection refused, reset or timed out. */
        TRANSPORT,
        /** The client gave up retrying: attempts or total time used up. */
        RETRIES_EXHAUSTED
    }

    public ApiError withHint(String newHint) {
        return new ApiError(kind, request, status, type, message, requestId, newHint, field);
    }

    public ApiError withField(String newField) {
        return new ApiError(kind, request, status, type, message, requestId, hint, newField);
    }

    /** A readable one-line description with no secret in it (request ids and paths only). */
    public String describe() {
        StringBuilder sb = new StringBuilder(request.operation());
        if (!request.operation().equals(request.method() + " " + request.path())) {
            sb.append(" (").append(request.method()).append(' ').append(request.path()).append(')');
        }
        sb.append(" failed");
        if (status > 0) {
            sb.append(": HTTP ").append(status);
        }
        if (type != null && !type.isBlank()) {
            sb.append(" [").append(type).append(']');
        }
        if (message != null && !message.isBlank()) {
            sb.append(": ").append(message);
        }
        if (field != null && !field.isBlank()) {
            sb.append(" (field ").append(field).append(')');
        }
        if (requestId != null) {
            sb.append(" (request id ").append(requestId).append(')');
        }
        if (hint != null && !hint.isBlank()) {
            sb.append(". ").append(hint);
        }
        return sb.toString();
    }
}
