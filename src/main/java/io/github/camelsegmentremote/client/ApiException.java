package io.github.camelsegmentremote.client;

/**
 * A failed API call. Carries the HTTP status (0 when no answer came), the API's error type and message, the
 * request id, and the call's operation, method and path; never a credential. Each API has its own subclass
 * ({@code SegmentApiException}, {@code RemoteApiException}).
 */
public class ApiException extends RuntimeException {

    private final transient ApiError error;

    public ApiException(ApiError error, Throwable cause) {
        super(error.describe(), cause);
        this.error = error;
    }

    public ApiError error() {
        return error;
    }

    public ApiError.Kind kind() {
        return error.kind();
    }

    /** HTTP status, or 0 when no answer came. */
    public int status() {
        return error.status();
    }

    /** The API's error type or code, if it gave one. */
    public String errorType() {
        return error.type();
    }

    /** The API's error message, if it gave one. */
    public String apiMessage() {
        return error.message();
    }

    public String requestId() {
        return error.requestId();
    }

    /** The request field or parameter the API blamed, if it named one. */
    public String field() {
        return error.field();
    }

    public String operation() {
        return error.request().operation();
    }

    public String method() {
        return error.request().method();
    }

    public String path() {
        return error.request().path();
    }
}
