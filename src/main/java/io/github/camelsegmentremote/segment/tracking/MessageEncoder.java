package io.github.camelsegmentremote.segment.tracking;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.segment.SegmentConstants;
import io.github.camelsegmentremote.segment.TrackingCall;

/**
 * Turns an exchange's body into checked, serialised messages: sets the type, a messageId (derived from the
 * caller's key, else random) and a timestamp when absent, and rejects what Segment would reject or silently drop,
 * with a message that names the message and the fix.
 */
final class MessageEncoder {

    /** Fields Segment reads as objects. */
    private static final List<String> OBJECT_FIELDS = List.of("traits", "properties", "context", "integrations");

    private final ObjectMapper mapper;
    private final MessageBodies bodies;
    private final Clock clock;
    /** The last timestamp written: the messages of one exchange are usually stamped in the same millisecond. */
    private volatile Stamp lastStamp = new Stamp(Long.MIN_VALUE, null);

    private record Stamp(long millis, String text) {
    }

    MessageEncoder(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.bodies = new MessageBodies(mapper);
        this.clock = clock;
    }

    /**
     * The messages of one exchange.
     *
     * @param body         the exchange's body
     * @param call         the Tracking API call of the exchange
     * @param messageIdKey the caller's key to derive messageIds from, or null for random ones
     * @throws SegmentMessageRejectedException if any message would be rejected: then none is sent
     */
    List<EncodedMessage> encode(Object body, TrackingCall call, String messageIdKey) {
        if (call != TrackingCall.batch) {
            return List.of(encode(bodies.single(body, call), call, messageIdKey, ""));
        }
        List<ObjectNode> nodes = bodies.batch(body);
        List<EncodedMessage> messages = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            messages.add(encode(nodes.get(i), null, messageIdKey == null ? null : messageIdKey + "#" + i,
                    position(i, nodes.size())));
        }
        return messages;
    }

    static String position(int index, int count) {
        return " (message " + (index + 1) + " of " + count + " in the batch)";
    }

    private EncodedMessage encode(ObjectNode node, TrackingCall call, String messageIdKey, String where) {
        TrackingCall type = type(node, call, where);
        String userId = identifier(node, "userId", type, where);
        String anonymousId = identifier(node, "anonymousId", type, where);
        String who = userId != null ? userId : anonymousId;
        String described = type + " message" + where + (who == null ? "" : " for " + (userId != null ? "userId '"
                : "anonymousId '") + who + "'");
        requireFields(node, type, userId, anonymousId, described, who);
        requireObjects(node, type, described, who);
        timestamp(node, type, described, who);
        String messageId = messageId(node, type, messageIdKey, described, who);
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new SegmentMessageRejectedException(type.name(), who, "The " + described + " could not be "
                    + "serialised: " + e.getOriginalMessage());
        }
        if (json.length > TrackingLimits.MAX_MESSAGE_BYTES) {
            throw new SegmentMessageRejectedException(type.name(), who, "The " + described + " is " + json.length
                    + " bytes serialised, above Segment's limit of " + TrackingLimits.MAX_MESSAGE_BYTES + " bytes "
                    + "(32 KB) per message; it was not sent. Trim its traits, properties or context");
        }
        return new EncodedMessage(type, messageId, who, json);
    }

    private static TrackingCall type(ObjectNode node, TrackingCall call, String where) {
        JsonNode declared = node.get("type");
        if (declared == null || declared.isNull()) {
            if (call == null) {
                throw new SegmentMessageRejectedException(null, null, "The message" + where + " has no type: "
                        + "each message of a batch needs type identify, track, group, page, screen or alias");
            }
            node.put("type", call.name());
            return call;
        }
        TrackingCall type = TrackingCall.of(declared.asText()).filter(t -> t != TrackingCall.batch).orElseThrow(
                () -> new SegmentMessageRejectedException(null, null, "The message" + where + " has type '"
                        + declared.asText() + "'; Segment knows identify, track, group, page, screen and alias. "
                        + (call == null ? "Give each message of the batch one of these types"
                                : "The body is not a Segment " + call + " message: convert it before segment:" + call
                                + " (a Camel type converter to " + messageClassName(call) + ", as this library has "
                                + "for Remote employments, or a transform that builds the message), or leave out "
                                + "its type field: the endpoint's call sets it")));
        if (call != null && type != call) {
            throw new SegmentMessageRejectedException(type.name(), null, "The body is a " + type + " message but "
                    + "the exchange sends " + call + ": send it to segment:" + type + ", set header "
                    + SegmentConstants.OPERATION + "=" + type + ", or send mixed types with segment:batch");
        }
        node.put("type", type.name());
        return type;
    }

    private static String messageClassName(TrackingCall call) {
        return SegmentMessage.class.getPackageName() + "." + Character.toUpperCase(call.name().charAt(0))
                + call.name().substring(1);
    }

    /** Reads an id field as text; Segment takes ids as strings, so a number is sent as its text. */
    private static String identifier(ObjectNode node, String field, TrackingCall type, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            node.put(field, value.asText());
        } else if (!value.isTextual()) {
            throw new SegmentMessageRejectedException(type.name(), null, "The " + field + " of the " + type
                    + " message" + where + " must be a string, was " + value.getNodeType().name()
                            .toLowerCase(Locale.ROOT));
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : value.asText();
    }

    private static void requireFields(ObjectNode node, TrackingCall type, String userId, String anonymousId,
            String described, String who) {
        if (type == TrackingCall.alias) {
            if (userId == null || blank(node, "previousId")) {
                throw new SegmentMessageRejectedException(type.name(), who, "The " + described + " needs both "
                        + "previousId (the old id) and userId (the new id)");
            }
            return;
        }
        if (userId == null && anonymousId == null) {
            throw new SegmentMessageRejectedException(type.name(), null, "The " + described + " has neither "
                    + "userId nor anonymousId; Segment requires one of them");
        }
        if (type == TrackingCall.track && blank(node, "event")) {
            throw new SegmentMessageRejectedException(type.name(), who, "The " + described + " has no event name: "
                    + "set event");
        }
        if (type == TrackingCall.group && blank(node, "groupId")) {
            throw new SegmentMessageRejectedException(type.name(), who, "The " + described + " has no groupId");
        }
    }

    /**
     * Segment's spec types traits, properties, context and integrations as objects, and its batch answer does not
     * say when a message was not read as meant: refuse anything else here, where the caller still learns why.
     */
    private static void requireObjects(ObjectNode node, TrackingCall type, String described, String who) {
        for (String field : OBJECT_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isObject()) {
                throw new SegmentMessageRejectedException(type.name(), who, "The " + field + " of the " + described
                        + " must be a JSON object (a Map), was " + value.getNodeType().name().toLowerCase(Locale.ROOT)
                        + "; leave it out or send null for none");
            }
        }
    }

    private void timestamp(ObjectNode node, TrackingCall type, String described, String who) {
        JsonNode value = node.get("timestamp");
        if (value == null || value.isNull()) {
            // Stamped on entry: a message that waits for its batch or for retries keeps the time it happened.
            node.put("timestamp", stamp(clock.millis()));
            return;
        }
        try {
            if (!value.isTextual()) {
                throw new DateTimeParseException("not text", value.toString(), 0);
            }
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new SegmentMessageRejectedException(type.name(), who, "The timestamp " + value + " of the "
                    + described + " is not an ISO-8601 date-time with offset, such as 2026-03-01T09:30:00Z or "
                    + "2026-03-01T10:30:00.000+01:00");
        }
    }

    private String stamp(long millis) {
        Stamp last = lastStamp;
        if (last.millis() != millis) {
            last = new Stamp(millis, DateTimeFormatter.ISO_INSTANT.format(java.time.Instant.ofEpochMilli(millis)));
            lastStamp = last;
        }
        return last.text();
    }

    private static String messageId(ObjectNode node, TrackingCall type, String messageIdKey, String described,
            String who) {
        JsonNode given = node.get("messageId");
        if (given != null && !given.isNull() && !given.asText().isBlank()) {
            String id = given.asText();
            if (id.length() > TrackingLimits.MAX_MESSAGE_ID_LENGTH) {
                throw new SegmentMessageRejectedException(type.name(), who, "The messageId of the " + described
                        + " has " + id.length() + " characters; Segment requires fewer than 100");
            }
            node.put("messageId", id);
            return id;
        }
        String id = messageIdKey == null ? MessageIds.random() : MessageIds.derive(type, messageIdKey);
        node.put("messageId", id);
        return id;
    }

    private static boolean blank(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank();
    }
}
