package io.github.camelsegmentremote.sandbox;

import java.util.List;

/**
 * A webhook callback registered with the Remote simulator.
 *
 * @param id                   callback id (UUID)
 * @param url                  where events are POSTed
 * @param subscribedEvents     event types delivered, e.g. {@code employment.details.updated}
 * @param subscribeToAllEvents whether every event type is delivered
 * @param signingKey           key of the {@code X-Remote-Signature} HMAC
 */
public record RemoteWebhookCallback(String id, String url, List<String> subscribedEvents,
        boolean subscribeToAllEvents, String signingKey) {

    public RemoteWebhookCallback {
        subscribedEvents = List.copyOf(subscribedEvents);
    }

    public boolean subscribedTo(String eventType) {
        return subscribeToAllEvents || subscribedEvents.contains(eventType);
    }

    @Override
    public String toString() {
        // Never print the signing key.
        return "RemoteWebhookCallback[id=" + id + ", url=" + url + ", subscribedEvents=" + subscribedEvents
                + ", subscribeToAllEvents=" + subscribeToAllEvents + "]";
    }
}
