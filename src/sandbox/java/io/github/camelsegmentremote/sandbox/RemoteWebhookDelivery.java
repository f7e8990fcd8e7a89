package io.github.camelsegmentremote.sandbox;

/**
 * One webhook delivery attempt made by the Remote simulator.
 *
 * @param callbackId the callback delivered to
 * @param url        the callback's URL
 * @param eventType  the event, e.g. {@code employment.status.updated}
 * @param body       the raw JSON body sent
 * @param timestamp  the {@code X-Remote-Timestamp} header (Unix milliseconds)
 * @param signature  the {@code X-Remote-Signature} header
 * @param status     the receiver's HTTP status, or 0 when no answer came (connection refused, timeout)
 * @param error      why no answer came, or null
 */
public record RemoteWebhookDelivery(String callbackId, String url, String eventType, String body, long timestamp,
        String signature, int status, String error) {

    /** Whether the receiver confirmed the delivery (any 2xx, as Remote counts it). */
    public boolean delivered() {
        return status >= 200 && status < 300;
    }
}
