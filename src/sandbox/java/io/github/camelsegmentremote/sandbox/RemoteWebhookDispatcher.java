package io.github.camelsegmentremote.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the registered webhook callbacks and delivers events to them asynchronously, signed as Remote signs them:
 * {@code X-Remote-Signature} is the lowercase hex HMAC-SHA256 of {@code body + ":" + timestamp} under the
 * callback's signing key, {@code X-Remote-Timestamp} the Unix time in milliseconds. Each delivery is attempted once
 * and recorded with the receiver's status.
 */
final class RemoteWebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteWebhookDispatcher.class);
    private static final int KEPT_DELIVERIES = 1000;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final RemoteSeed seed;
    private final Map<String, RemoteWebhookCallback> callbacks = new ConcurrentHashMap<>();
    private final AtomicInteger nextCallback = new AtomicInteger();
    private final ConcurrentLinkedDeque<RemoteWebhookDelivery> deliveries = new ConcurrentLinkedDeque<>();
    private final Map<Integer, LongAdder> deliveriesByStatus = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final HttpClient client;

    RemoteWebhookDispatcher(RemoteSeed seed) {
        this.seed = seed;
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "sandbox-remote-webhooks-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .executor(executor).build();
    }

    RemoteWebhookCallback register(String url, List<String> events, boolean allEvents, String signingKey) {
        String id = seed.uuid(RemoteSeed.WEBHOOK_CALLBACK, nextCallback.getAndIncrement());
        RemoteWebhookCallback callback = new RemoteWebhookCallback(id, url, events, allEvents, signingKey);
        callbacks.put(id, callback);
        return callback;
    }

    boolean unregister(String id) {
        return callbacks.remove(id) != null;
    }

    List<RemoteWebhookCallback> callbacks() {
        return List.copyOf(callbacks.values());
    }

    /** Sends {@code payload} to every callback subscribed to its {@code event_type}; returns how many. */
    int dispatch(ObjectNode payload) {
        String eventType = payload.path("event_type").asText();
        byte[] body;
        try {
            body = SandboxJson.MAPPER.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payload could not be serialised", e);
        }
        int sent = 0;
        for (RemoteWebhookCallback callback : callbacks.values()) {
            if (callback.subscribedTo(eventType)) {
                deliver(callback, eventType, body);
                sent++;
            }
        }
        return sent;
    }

    private void deliver(RemoteWebhookCallback callback, String eventType, byte[] body) {
        long timestamp = System.currentTimeMillis();
        String text = new String(body, StandardCharsets.UTF_8);
        String signature = sign(callback.signingKey(), text, timestamp);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(callback.url())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("X-Remote-Signature", signature)
                    .header("X-Remote-Timestamp", Long.toString(timestamp))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            record(new RemoteWebhookDelivery(callback.id(), callback.url(), eventType, text, timestamp, signature, 0,
                    e.getMessage()));
            return;
        }
        pending.incrementAndGet();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            pending.decrementAndGet();
            int status = response == null ? 0 : response.statusCode();
            String error = failure == null ? null : String.valueOf(failure.getCause() != null
                    ? failure.getCause() : failure);
            record(new RemoteWebhookDelivery(callback.id(), callback.url(), eventType, text, timestamp, signature,
                    status, error));
        });
    }

    private void record(RemoteWebhookDelivery delivery) {
        LOG.debug("Remote sandbox delivered {} to {}: status {}", delivery.eventType(), delivery.url(),
                delivery.status());
        deliveries.addLast(delivery);
        while (deliveries.size() > KEPT_DELIVERIES) {
            deliveries.pollFirst();
        }
        deliveriesByStatus.computeIfAbsent(delivery.status(), s -> new LongAdder()).increment();
    }

    /** The most recent deliveries (up to 1000), oldest first. */
    List<RemoteWebhookDelivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    ObjectNode inspect() {
        ObjectNode node = SandboxJson.object();
        node.put("callbacks", callbacks.size());
        node.put("pending", pending.get());
        ObjectNode byStatus = node.putObject("deliveriesByStatus");
        deliveriesByStatus.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byStatus.put(String.valueOf(e.getKey()), e.getValue().sum()));
        ArrayNode list = node.putArray("registered");
        // Signing keys stay out of inspection output.
        callbacks.values().forEach(c -> list.addObject().put("id", c.id()).put("url", c.url())
                .put("subscribe_to_all_events", c.subscribeToAllEvents())
                .set("subscribed_events", SandboxJson.MAPPER.valueToTree(c.subscribedEvents())));
        ArrayNode recent = node.putArray("recentDeliveries");
        deliveries.stream().skip(Math.max(0, deliveries.size() - 20)).forEach(d -> recent.addObject()
                .put("event_type", d.eventType()).put("url", d.url()).put("status", d.status())
                .put("timestamp", d.timestamp()).put("error", d.error()));
        return node;
    }

    void reset() {
        callbacks.clear();
        nextCallback.set(0);
        deliveries.clear();
        deliveriesByStatus.clear();
    }

    /** Lowercase hex HMAC-SHA256 of {@code body + ":" + timestamp} under {@code signingKey}. */
    static String sign(String signingKey, String body, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((body + ":" + timestamp).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
