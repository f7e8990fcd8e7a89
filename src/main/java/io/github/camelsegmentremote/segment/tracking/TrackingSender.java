package io.github.camelsegmentremote.segment.tracking;

import java.time.Clock;

import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.client.ApiError;
import io.github.camelsegmentremote.client.ApiException;
import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.ApiResponse;
import io.github.camelsegmentremote.segment.TrackingCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Tracking API requests through the client core, which retries 429s (honouring Retry-After), 5xx answers
 * and dropped connections within the endpoint's bounds. Every request is marked retryable: each message carries
 * its messageId, so Segment drops a message it receives twice.
 */
final class TrackingSender implements BatchTransport {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingSender.class);

    private final ApiClient client;
    private final TrackingMetrics metrics;
    private final Clock clock;

    TrackingSender(ApiClient client, TrackingMetrics metrics, Clock clock) {
        this.client = client;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void send(Batch batch) {
        byte[] body = batch.body(clock.instant());
        ApiRequest request = ApiRequest.builder("POST", TrackingCall.batch.path()).operation("batch")
                .body(body).retryable(true).build();
        ApiResponse response;
        try {
            response = client.execute(request);
        } catch (ApiException e) {
            fail(batch, e);
            return;
        } catch (RuntimeException e) {
            fail(batch, unexpected(request, e));
            return;
        }
        metrics.batchSent(batch.size(), body.length);
        LOG.debug("Segment accepted a {}: HTTP {}", batch, response.status());
        batch.delivered(response.status());
    }

    /** Sends one message to its single-call endpoint ({@code /v1/identify}, ...) on the caller's thread. */
    void sendSingle(PendingMessage pending) {
        EncodedMessage message = pending.message();
        ApiRequest request = ApiRequest.builder("POST", message.type().path()).operation(message.type().name())
                .body(message.json()).retryable(true).build();
        try {
            ApiResponse response = client.execute(request);
            metrics.batchSent(1, message.size());
            pending.delivery().delivered(response.status(), 1);
        } catch (ApiException e) {
            metrics.batchFailed(1);
            pending.delivery().failed(e, 1);
        } catch (RuntimeException e) {
            metrics.batchFailed(1);
            pending.delivery().failed(unexpected(request, e), 1);
        }
    }

    @Override
    public void abandon(Batch batch, String reason) {
        ApiRequest request = ApiRequest.builder("POST", TrackingCall.batch.path()).operation("batch").build();
        fail(batch, client.errorHandler().create(new ApiError(ApiError.Kind.TRANSPORT, request, 0, null,
                "not sent: " + reason, null, "The messages keep their messageIds: sending them again is safe"), null));
    }

    private void fail(Batch batch, ApiException e) {
        metrics.batchFailed(batch.size());
        LOG.warn("Segment did not accept a {}; its exchanges fail: {}", batch, e.getMessage());
        batch.failed(e);
    }

    private ApiException unexpected(ApiRequest request, RuntimeException e) {
        return client.errorHandler().create(new ApiError(ApiError.Kind.TRANSPORT, request, 0, null,
                "unexpected " + e, null, null), e);
    }
}
