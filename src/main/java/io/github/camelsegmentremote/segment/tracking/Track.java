package io.github.camelsegmentremote.segment.tracking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.segment.TrackingCall;

/**
 * A {@code track} call: an event the user performed, with its properties.
 *
 * <pre>
 * Track.builder().userId("emp-42").event("Employment Started").property("country", "PT").build();
 * </pre>
 */
public final class Track extends SegmentMessage {

    private final String event;
    private final Map<String, Object> properties;

    private Track(Builder b) {
        super(b);
        this.event = b.event;
        this.properties = copy(b.properties);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TrackingCall type() {
        return TrackingCall.track;
    }

    /** The event's name (required). */
    public String event() {
        return event;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    @Override
    void writeTypeFields(ObjectNode node) {
        putText(node, "event", event);
        putMap(node, "properties", properties);
    }

    /** Builds a {@link Track}. */
    public static final class Builder extends SegmentMessage.Builder<Track, Builder> {
        private String event;
        private final Map<String, Object> properties = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder event(String event) {
            this.event = event;
            return this;
        }

        public Builder properties(Map<String, ?> properties) {
            this.properties.putAll(Objects.requireNonNull(properties, "properties"));
            return this;
        }

        public Builder property(String name, Object value) {
            properties.put(name, value);
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public Track build() {
            return new Track(this);
        }
    }
}
