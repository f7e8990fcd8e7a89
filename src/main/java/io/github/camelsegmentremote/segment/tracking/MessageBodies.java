package io.github.camelsegmentremote.segment.tracking;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.segment.TrackingCall;

/**
 * Reads what a route puts in the body as Tracking API messages: typed {@link SegmentMessage}s, Maps, JsonNodes,
 * JSON text or POJOs with the same fields (fields the model does not know are kept); for {@code batch}, a list or
 * array of them, or an object with a {@code batch} array. Every message comes back as a fresh {@link ObjectNode}
 * whose top-level fields the caller may change (nested values are shared and must not be): the body is never
 * modified.
 */
final class MessageBodies {

    private final ObjectMapper mapper;

    MessageBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The one message of an identify, track, group, page, screen or alias exchange. */
    ObjectNode single(Object body, TrackingCall call) {
        Object value = parsedIfText(body, call);
        boolean list = value instanceof JsonNode node ? node.isArray()
                : value instanceof Iterable<?> || value instanceof Object[];
        if (list) {
            throw rejected(call, "The body of a " + call + " exchange is a list; " + call + " sends one message. "
                    + "Send lists to segment:batch (each message with its type), or split them first");
        }
        return message(value, call, "");
    }

    /** The messages of a batch exchange, in order. */
    List<ObjectNode> batch(Object body) {
        Object value = parsedIfText(body, TrackingCall.batch);
        if (value instanceof Map<?, ?> map && map.get("batch") != null) {
            value = map.get("batch");
        } else if (value instanceof JsonNode node && node.isObject() && node.has("batch")) {
            value = node.get("batch");
        }
        List<Object> items = new ArrayList<>();
        // A JsonNode is Iterable too: an object node must stay one message, not become its field values.
        if (value instanceof JsonNode node) {
            if (node.isArray()) {
                node.forEach(items::add);
            } else {
                items.add(node);
            }
        } else if (value instanceof Iterable<?> iterable) {
            iterable.forEach(items::add);
        } else if (value instanceof Object[] array) {
            items.addAll(List.of(array));
        } else {
            items.add(value);
        }
        if (items.isEmpty()) {
            throw rejected(TrackingCall.batch, "The batch exchange carries no message: send a non-empty list");
        }
        List<ObjectNode> messages = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            messages.add(message(items.get(i), TrackingCall.batch, MessageEncoder.position(i, items.size())));
        }
        return messages;
    }

    private ObjectNode message(Object value, TrackingCall call, String where) {
        if (value == null) {
            throw rejected(call, "The " + call + " message" + where + " is empty (null body)");
        }
        JsonNode node;
        if (value instanceof SegmentMessage message) {
            return message.toJson();
        } else if (value instanceof ObjectNode json) {
            // The encoder sets top-level fields only: a shallow copy keeps the body as it was.
            ObjectNode copy = mapper.createObjectNode();
            copy.setAll(json);
            return copy;
        } else if (value instanceof JsonNode json) {
            node = json.deepCopy();
        } else {
            node = mapper.valueToTree(parsedIfText(value, call));
        }
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw rejected(call, "The " + call + " message" + where + " must be a JSON object (a SegmentMessage, Map, "
                + "JsonNode, JSON text or POJO), was " + (node == null ? "null" : node.getNodeType().name()
                        .toLowerCase(Locale.ROOT)));
    }

    private Object parsedIfText(Object body, TrackingCall call) {
        try {
            if (body instanceof CharSequence text) {
                return mapper.readTree(text.toString());
            }
            if (body instanceof byte[] bytes) {
                return mapper.readTree(bytes);
            }
            if (body instanceof InputStream in) {
                return mapper.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            return body;
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException json
                    ? json.getOriginalMessage() : e.getMessage();
            throw rejected(call, "The body of the " + call + " exchange is not valid JSON: " + detail);
        }
    }

    private static SegmentMessageRejectedException rejected(TrackingCall call, String message) {
        return new SegmentMessageRejectedException(call == TrackingCall.batch ? null : call.name(), null, message);
    }
}
