package io.github.camelsegmentremote.segment;

import io.github.camelsegmentremote.client.ApiError;
import io.github.camelsegmentremote.client.ApiException;

/**
 * A failed Segment Public API, Tracking API or Config API call: HTTP status, Segment's error type and message,
 * request id, operation. Never carries a token or write key.
 */
public class SegmentApiException extends ApiException {

    public SegmentApiException(ApiError error, Throwable cause) {
        super(error, cause);
    }
}
