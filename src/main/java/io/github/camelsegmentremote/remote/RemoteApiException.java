package io.github.camelsegmentremote.remote;

import io.github.camelsegmentremote.client.ApiError;
import io.github.camelsegmentremote.client.ApiException;

/**
 * A failed Remote API call: HTTP status, Remote's error code, message and parameter when its body names them, the
 * operation, method and path, and a hint at the fix. Never carries a token or secret.
 */
public class RemoteApiException extends ApiException {

    public RemoteApiException(ApiError error, Throwable cause) {
        super(error, cause);
    }

    /** Remote's error code ({@code invalid_param}), if the body gave one. */
    public String code() {
        return errorType();
    }

    /** The request parameter or field Remote blamed ({@code employment_id}), if the body named one. */
    public String param() {
        return field();
    }
}
