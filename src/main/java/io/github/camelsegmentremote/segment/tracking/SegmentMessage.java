package io.github.camelsegmentremote.segment.tracking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.client.JsonBodies;
import io.github.camelsegmentremote.segment.TrackingCall;

/**
 * A Segment Tracking API message ({@link Identify}, {@link Track}, {@link Group}, {@link Page}, {@link Screen},
 * {@link Alias}): immutable, built with the type's builder. The fields all messages share are here; maps are
 * copied when the message is built. Jackson writes a message as the JSON Segment receives ({@link #toJson()}).
 * <p>
 * Messages are checked when they are sent (identity, timestamp, size), with the same rules as a {@code Map} or JSON
 * body, so a builder does not fail on a message Segment would reject: the exchange that sends it does.
 */
public abstract sealed class SegmentMessage permits Identify, Track, Group, ViewMessage, Alias {

    private final String userId;
    private final String anonymousId;
    private final String timestamp;
    private final String messageId;
    private final Map<String, Object> context;
    private final Map<String, Object> integrations;
    private final Map<String, Object> otherFields;

    SegmentMessage(Builder<?, ?> b) {
        this.userId = b.userId;
        this.anonymousId = b.anonymousId;
        this.timestamp = b.timestamp;
        this.messageId = b.messageId;
        this.context = copy(b.context);
        this.integrations = copy(b.integrations);
        this.otherFields = copy(b.otherFields);
    }

    /** The Tracking API call this message is sent with. */
    public abstract TrackingCall type();

    public String userId() {
        return userId;
    }

    public String anonymousId() {
        return anonymousId;
    }

    /** When the event happened, ISO-8601 with offset; null = the time it enters the producer. */
    public String timestamp() {
        return timestamp;
    }

    /** The id Segment de-duplicates on; null = derived from a key or random, assigned by the producer. */
    public String messageId() {
        return messageId;
    }

    public Map<String, Object> context() {
        return context;
    }

    public Map<String, Object> integrations() {
        return integrations;
    }

    /** Fields this model does not name, sent as they are. */
    public Map<String, Object> otherFields() {
        return otherFields;
    }

    /** The message as Segment receives it (without the messageId and timestamp the producer may add). */
    @JsonValue
    public ObjectNode toJson() {
        ObjectNode node = JsonBodies.MAPPER.createObjectNode();
        node.put("type", type().name());
        putText(node, "userId", userId);
        putText(node, "anonymousId", anonymousId);
        writeTypeFields(node);
        putText(node, "timestamp", timestamp);
        putMap(node, "context", context);
        putMap(node, "integrations", integrations);
        putText(node, "messageId", messageId);
        otherFields.forEach((name, value) -> {
            if (!node.has(name)) {
                node.set(name, JsonBodies.MAPPER.valueToTree(value));
            }
        });
        return node;
    }

    /** Writes the fields of this message type. */
    abstract void writeTypeFields(ObjectNode node);

    static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static void putMap(ObjectNode node, String name, Map<String, Object> value) {
        if (!value.isEmpty()) {
            node.set(name, JsonBodies.MAPPER.valueToTree(value));
        }
    }

    static Map<String, Object> copy(Map<String, Object> map) {
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentMessage other && getClass() == other.getClass() && toJson().equals(other.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return type() + "[userId=" + userId + ", anonymousId=" + anonymousId + ", messageId=" + messageId + "]";
    }

    /**
     * The fields every message type shares.
     *
     * @param <M> the message type built
     * @param <B> the concrete builder, for chaining
     */
    public abstract static class Builder<M extends SegmentMessage, B extends Builder<M, B>> {
        private String userId;
        private String anonymousId;
        private String timestamp;
        private String messageId;
        private final Map<String, Object> context = new LinkedHashMap<>();
        private final Map<String, Object> integrations = new LinkedHashMap<>();
        private final Map<String, Object> otherFields = new LinkedHashMap<>();

        protected Builder() {
        }

        protected abstract B self();

        public abstract M build();

        /** The user's id in your database; this or {@link #anonymousId(String)} is required. */
        public B userId(String userId) {
            this.userId = userId;
            return self();
        }

        public B anonymousId(String anonymousId) {
            this.anonymousId = anonymousId;
            return self();
        }

        public B timestamp(Instant timestamp) {
            this.timestamp = timestamp == null ? null : DateTimeFormatter.ISO_INSTANT.format(timestamp);
            return self();
        }

        public B timestamp(OffsetDateTime timestamp) {
            this.timestamp = timestamp == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(timestamp);
            return self();
        }

        /** An ISO-8601 timestamp with offset, such as {@code 2026-03-01T09:30:00Z}. */
        public B timestamp(String timestamp) {
            this.timestamp = timestamp;
            return self();
        }

        /** Sets the messageId explicitly; usually the producer derives or assigns it. */
        public B messageId(String messageId) {
            this.messageId = messageId;
            return self();
        }

        public B context(Map<String, ?> context) {
            this.context.putAll(Objects.requireNonNull(context, "context"));
            return self();
        }

        public B context(String name, Object value) {
            context.put(name, value);
            return self();
        }

        public B integrations(Map<String, ?> integrations) {
            this.integrations.putAll(Objects.requireNonNull(integrations, "integrations"));
            return self();
        }

        /** Turns a destination on or off for this message ({@code true}/{@code false}) or gives it options. */
        public B integration(String destination, Object enabledOrOptions) {
            integrations.put(destination, enabledOrOptions);
            return self();
        }

        /** Any other field, sent as it is (fields this model names take precedence). */
        public B field(String name, Object value) {
            otherFields.put(name, value);
            return self();
        }
    }
}
