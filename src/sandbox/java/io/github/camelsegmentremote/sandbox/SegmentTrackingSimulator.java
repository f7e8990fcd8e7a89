package io.github.camelsegmentremote.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Segment's Tracking API host of one region ({@code us}: {@code https://api.segment.io}, {@code eu}:
 * {@code https://events.eu1.segmentapis.com}): {@code POST /v1/identify|track|group|page|screen|alias} with one
 * message, {@code POST /v1/batch} and {@code /v1/import} with {@code {"batch":[...]}} (each message with its
 * {@code type}). What it accepts is recorded in the source's workspace ({@link SegmentWorkspace#events()}).
 * <p>
 * Authentication: HTTP Basic with the write key as user and an empty password, or {@code writeKey} in the JSON body.
 * A write key of a source of this region's workspaces is accepted. A write key of an EU workspace sent to the US
 * host is answered 200 and its events are silently lost (counted), like the real API; a US write key sent to the EU
 * host is refused with 401. An unknown write key is refused with 401 too: the real API answers 200 and drops the
 * events, the sandbox chooses clarity.
 * <p>
 * Limits, as documented by Segment: a message over 32 KB (serialized) or a batch request over 500 KB is answered
 * 400 {@code {"success":false,"code":"payload_too_large","message":"Exceed payload limit"}}; a batch of more than
 * 2,500 messages is answered 200 but its messages are rejected (counted); a message without userId and anonymousId
 * (alias: without userId and previousId) is 400 {@code no_user_anon_id}, a track without event name 400
 * {@code missing_event}, invalid JSON 400 {@code invalid_json}. One invalid message makes the whole request 400,
 * nothing of it recorded. Messages of a disabled source are answered 200 and dropped (counted). Accepted:
 * 200 {@code {"success":true}}; a messageId the workspace accepted before is discarded (counted as duplicate);
 * a message without messageId gets one, as Segment's servers add it.
 */
public final class SegmentTrackingSimulator implements Simulator {

    static final int MESSAGE_LIMIT_BYTES = 32 * 1024;
    static final int BATCH_LIMIT_BYTES = 500 * 1024;
    static final int BATCH_MESSAGE_LIMIT = 2_500;
    static final Set<String> TYPES = Set.of("identify", "track", "group", "page", "screen", "alias");

    private final SegmentWorld world;
    private final String region;
    private final AtomicLong generatedMessageIds = new AtomicLong();

    public SegmentTrackingSimulator(SegmentWorld world, String region) {
        this.world = world;
        this.region = region;
    }

    @Override
    public String name() {
        return "segment-tracking-" + region;
    }

    public String region() {
        return region;
    }

    /** What this host received (same object as {@link SegmentWorld#tracking(String)} for the region). */
    public SegmentTrackingTraffic traffic() {
        return world.tracking(region);
    }

    @Override
    public void register(SandboxServer server) {
        for (String type : TYPES) {
            server.route("POST", "/v1/" + type, request -> single(type, request));
        }
        server.route("POST", "/v1/batch", this::batch);
        server.route("POST", "/v1/import", this::batch);
    }

    private SandboxResponse single(String type, SandboxRequest request) {
        SegmentTrackingTraffic traffic = traffic();
        traffic.countRequest(request.body().length);
        if (request.body().length > MESSAGE_LIMIT_BYTES) {
            return tooLarge(traffic);
        }
        ObjectNode message = parse(request, traffic);
        message.put("type", type);
        return accept(request, message, List.of(message), false, traffic);
    }

    private SandboxResponse batch(SandboxRequest request) {
        SegmentTrackingTraffic traffic = traffic();
        traffic.countRequest(request.body().length);
        if (request.body().length > BATCH_LIMIT_BYTES) {
            return tooLarge(traffic);
        }
        ObjectNode body = parse(request, traffic);
        JsonNode batch = body.get("batch");
        if (batch == null || !batch.isArray()) {
            return invalid(traffic, "invalid_request", "\"batch\" must be an array of messages");
        }
        List<ObjectNode> messages = new ArrayList<>(batch.size());
        for (JsonNode message : batch) {
            if (!message.isObject()) {
                return invalid(traffic, "invalid_request", "every element of \"batch\" must be a message object");
            }
            messages.add((ObjectNode) message);
        }
        return accept(request, body, messages, true, traffic);
    }

    private SandboxResponse accept(SandboxRequest request, ObjectNode body, List<ObjectNode> messages,
            boolean batch, SegmentTrackingTraffic traffic) {
        String writeKey = writeKey(request, body);
        Optional<SegmentWorld.SourceOwner> owner = writeKey == null ? Optional.empty()
                : world.writeKeyOwner(writeKey);
        if (owner.isEmpty()) {
            traffic.countUnauthorized();
            return error(401, "invalid_write_key", "Unknown or missing write key");
        }
        if (!owner.get().workspace().region().equals(region)) {
            if ("us".equals(region)) {
                // EU events sent to the US host: the real API says 200 and the events never arrive anywhere.
                traffic.countLostWrongRegion(messages.size());
                return success();
            }
            traffic.countUnauthorized();
            return error(401, "invalid_write_key", "Write key not valid in this region");
        }
        if (batch && messages.size() > BATCH_MESSAGE_LIMIT) {
            traffic.countRejectedOverBatchLimit(messages.size());
            return success();
        }
        for (ObjectNode message : messages) {
            SandboxResponse refusal = validate(message, batch, traffic);
            if (refusal != null) {
                return refusal;
            }
        }
        SegmentSource source = owner.get().source();
        if (!source.enabled()) {
            traffic.countDroppedDisabledSource(messages.size());
            return success();
        }
        SegmentEventLog events = owner.get().workspace().events();
        String receivedAt = Instant.now().toString();
        for (ObjectNode message : messages) {
            message.remove("writeKey");
            if (!message.hasNonNull("messageId") || message.get("messageId").asText().isEmpty()) {
                message.put("messageId", "api-" + region + "-" + generatedMessageIds.incrementAndGet());
            }
            message.put("receivedAt", receivedAt);
            events.record(source.id(), message);
        }
        if (batch) {
            events.recordBatch(messages.size(), request.body().length);
        }
        return success();
    }

    /** Null when the message may be recorded; otherwise the 400 answer. */
    private SandboxResponse validate(ObjectNode message, boolean batch, SegmentTrackingTraffic traffic) {
        if (batch && serializedSize(message) > MESSAGE_LIMIT_BYTES) {
            return tooLarge(traffic);
        }
        String type = message.path("type").asText("");
        if (!TYPES.contains(type)) {
            return invalid(traffic, "invalid_type", "message type '" + type + "' is not one of " + TYPES);
        }
        boolean hasUserId = hasText(message, "userId");
        boolean identified = "alias".equals(type) ? hasUserId && hasText(message, "previousId")
                : hasUserId || hasText(message, "anonymousId");
        if (!identified) {
            return invalid(traffic, "no_user_anon_id", "alias".equals(type)
                    ? "alias needs userId and previousId" : "userId or anonymousId is required");
        }
        if ("track".equals(type) && !hasText(message, "event")) {
            return invalid(traffic, "missing_event", "track needs an event name");
        }
        return null;
    }

    private static boolean hasText(JsonNode message, String field) {
        JsonNode value = message.get(field);
        return value != null && !value.isNull() && !value.asText().isEmpty();
    }

    private static int serializedSize(JsonNode message) {
        try {
            return SandboxJson.MAPPER.writeValueAsBytes(message).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed message could not be serialised again", e);
        }
    }

    private ObjectNode parse(SandboxRequest request, SegmentTrackingTraffic traffic) {
        JsonNode body;
        try {
            body = request.json();
        } catch (SandboxException e) {
            traffic.countInvalid();
            throw new SandboxException(400, "invalid_json", e.getMessage());
        }
        if (!body.isObject()) {
            traffic.countInvalid();
            throw new SandboxException(400, "invalid_json", "the request body must be a JSON object");
        }
        return (ObjectNode) body;
    }

    /** The Basic user (password ignored, as Segment does), else the body's {@code writeKey}; null when neither. */
    private static String writeKey(SandboxRequest request, JsonNode body) {
        String user = basicUser(request.header("Authorization"));
        if (user != null && !user.isEmpty()) {
            return user;
        }
        JsonNode writeKey = body.get("writeKey");
        return writeKey == null || !writeKey.isTextual() ? null : writeKey.asText();
    }

    private static String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? credentials : credentials.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SandboxResponse success() {
        return SandboxResponse.json(200, SandboxJson.object().put("success", true));
    }

    private SandboxResponse tooLarge(SegmentTrackingTraffic traffic) {
        traffic.countTooLarge();
        return error(400, "payload_too_large", "Exceed payload limit");
    }

    private SandboxResponse invalid(SegmentTrackingTraffic traffic, String code, String message) {
        traffic.countInvalid();
        return error(400, code, message);
    }

    @Override
    public SandboxResponse error(int status, String type, String message) {
        ObjectNode body = SandboxJson.object();
        body.put("success", false);
        body.put("code", errorCode(status, type));
        body.put("message", message);
        return SandboxResponse.json(status, body);
    }

    /** Snake-case codes; the sandbox server's generic errors ({@code NotFound}...) are translated by status. */
    private static String errorCode(int status, String type) {
        if (type != null && !Character.isUpperCase(type.charAt(0))) {
            return type;
        }
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "invalid_write_key";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 429 -> "rate_limited";
            default -> status >= 500 ? "server_error" : "request_error";
        };
    }

    @Override
    public SandboxResponse rateLimited(long retryAfterMillis) {
        return error(429, "rate_limited", "Too many requests")
                .header("Retry-After", String.valueOf(SegmentRateLimiter.retryAfterSeconds(retryAfterMillis)));
    }

    @Override
    public JsonNode inspect() {
        ObjectNode node = SandboxJson.object();
        node.put("region", region);
        node.set("traffic", traffic().toJson());
        ObjectNode workspaces = node.putObject("workspaces");
        world.workspaces().stream().filter(w -> w.region().equals(region))
                .forEach(w -> workspaces.set(w.slug(), w.events().toJson()));
        return node;
    }

    /** Re-seeds the shared Segment world, which also forgets every received event. */
    @Override
    public void reset() {
        world.reset();
    }
}
