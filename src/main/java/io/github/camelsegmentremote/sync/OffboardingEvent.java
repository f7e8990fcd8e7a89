package io.github.camelsegmentremote.sync;

import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.segment.TrackingCall;
import io.github.camelsegmentremote.segment.tracking.MessageIds;

/**
 * The track event sent once per leaver, with the identify that shows the offboarded status: which statuses count
 * as leaving, the event name (blank: none), and the message, keyed so a re-sent event is dropped by Segment.
 */
public final class OffboardingEvent {

    /** No offboarding event. */
    public static final OffboardingEvent NONE = new OffboardingEvent(null, null);

    private final String event;
    private final Set<String> statuses;

    /**
     * @param event    the track event's name; blank sends none
     * @param statuses comma-separated employment statuses that mean the employee left
     */
    public OffboardingEvent(String event, String statuses) {
        this.event = event == null || event.isBlank() ? null : event.trim();
        this.statuses = statuses == null || statuses.isBlank() ? Set.of()
                : Set.of(statuses.trim().split("\\s*,\\s*"));
    }

    /** Whether an identify with these traits needs the event (the event is on and the status is a leaver's). */
    public boolean applies(IdentifyMessage identify) {
        Object status = identify.traits().get("status");
        return event != null && status != null && statuses.contains(status.toString());
    }

    /** The track message for the identify's employee; one per employment, whatever its traits. */
    public ObjectNode message(IdentifyMessage identify) {
        ObjectNode track = JsonNodeFactory.instance.objectNode();
        track.put("type", TrackingCall.track.name());
        track.put("userId", identify.userId());
        track.put("event", event);
        track.put("messageId", MessageIds.derive(TrackingCall.track, identify.employmentId() + ":" + event));
        ObjectNode properties = track.putObject("properties");
        properties.put("status", String.valueOf(identify.traits().get("status")));
        properties.put("employmentId", identify.employmentId());
        return track;
    }
}
