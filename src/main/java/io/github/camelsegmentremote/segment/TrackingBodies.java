package io.github.camelsegmentremote.segment;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.segment.tracking.Alias;
import io.github.camelsegmentremote.segment.tracking.Group;
import io.github.camelsegmentremote.segment.tracking.Identify;
import io.github.camelsegmentremote.segment.tracking.Page;
import io.github.camelsegmentremote.segment.tracking.Screen;
import io.github.camelsegmentremote.segment.tracking.SegmentMessage;
import io.github.camelsegmentremote.segment.tracking.Track;
import org.apache.camel.Exchange;

/**
 * The body a single Tracking API call sends: the exchange's body, or what Camel's type converters make of it when
 * it is not a Segment message of its own. The endpoint's call decides the message type, so a body that is some
 * other record (a Remote employment, whose own {@code type} is "employee") is converted to the call's message class
 * ({@link Identify} for identify, ...) when a converter exists; without one, it goes on as it is and is refused
 * with a message that names the fix.
 */
final class TrackingBodies {

    private static final Map<TrackingCall, Class<? extends SegmentMessage>> MESSAGE_CLASSES = Map.of(
            TrackingCall.identify, Identify.class, TrackingCall.track, Track.class, TrackingCall.group, Group.class,
            TrackingCall.page, Page.class, TrackingCall.screen, Screen.class, TrackingCall.alias, Alias.class);

    private TrackingBodies() {
    }

    static Object messageBody(Exchange exchange, TrackingCall call) {
        Object body = exchange.getMessage().getBody();
        Class<? extends SegmentMessage> messageClass = MESSAGE_CLASSES.get(call);
        if (messageClass == null || body == null || !needsConversion(body)) {
            return body;
        }
        Object converted = exchange.getContext().getTypeConverter().tryConvertTo(messageClass, exchange, body);
        return converted != null ? converted : body;
    }

    /**
     * Messages as maps, JSON trees or text are taken as they are, unless their {@code type} names no Segment call;
     * other objects (POJOs) are offered to the converters first.
     */
    private static boolean needsConversion(Object body) {
        if (body instanceof SegmentMessage || body instanceof CharSequence || body instanceof byte[]
                || body instanceof java.io.InputStream || body instanceof Iterable<?> && !(body instanceof JsonNode)
                || body instanceof Object[]) {
            return false;
        }
        if (body instanceof JsonNode json) {
            return json.isObject() && isForeignType(json.get("type") == null ? null : json.get("type").asText());
        }
        if (body instanceof Map<?, ?> map) {
            return isForeignType(map.get("type") == null ? null : map.get("type").toString());
        }
        return true;
    }

    private static boolean isForeignType(String type) {
        return type != null && TrackingCall.of(type).filter(c -> c != TrackingCall.batch).isEmpty();
    }
}
