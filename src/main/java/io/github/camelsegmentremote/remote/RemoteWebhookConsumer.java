package io.github.camelsegmentremote.remote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.client.ApiException;
import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.JsonBodies;
import io.github.camelsegmentremote.client.Secret;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Remote's webhook deliveries on a camel-platform-http path and routes each verified one as an exchange:
 * the body is the event (a Jackson tree), headers carry the event type and the employment id. A delivery is
 * answered 413 when larger than {@code webhookMaxBodySize}, 401 when its signature is missing or wrong or its
 * timestamp is outside {@code webhookTolerance} of now (a replay), 400 when its timestamp or JSON is malformed; a
 * verified one is answered 200 only after the route processed it successfully, else 500, so Remote delivers it
 * again. A delivery repeated with the same signature while or after one is routed is answered 200 without routing it
 * again ({@code webhookIdempotentRepository}, in memory unless given). The body is read as raw bytes, never past
 * {@code webhookMaxBodySize} (see {@link RemoteWebhookBody}), and the signature checked over those bytes.
 *
 * <p>With {@code webhookAutoRegister}, the consumer registers {@code webhookExternalUrl} with Remote at start
 * ({@code POST /v1/webhook-callbacks}, keeping the returned signing key when none is configured) and deletes the
 * callback at stop.
 */
public class RemoteWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteWebhookConsumer.class);

    private final RemoteConfiguration configuration;
    /** Signatures of deliveries routed or being routed: Camel's idempotent consumer pattern. */
    private IdempotentRepository deliveries;
    private boolean ownRepository;
    private volatile Secret signingKey;
    private Consumer httpConsumer;
    private String registeredCallbackId;

    public RemoteWebhookConsumer(RemoteEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public RemoteEndpoint getEndpoint() {
        return (RemoteEndpoint) super.getEndpoint();
    }

    /** Checks the webhook options at endpoint creation. */
    static void validate(RemoteConfiguration configuration) {
        String path = configuration.getWebhookPath();
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("Option webhookPath must start with /, was " + path);
        }
        if (configuration.getWebhookTolerance() <= 0) {
            throw new IllegalArgumentException("Option webhookTolerance must be positive, was "
                    + configuration.getWebhookTolerance() + " ms");
        }
        if (configuration.getWebhookMaxBodySize() <= 0) {
            throw new IllegalArgumentException("Option webhookMaxBodySize must be positive, was "
                    + configuration.getWebhookMaxBodySize());
        }
        String url = configuration.getWebhookExternalUrl();
        if (configuration.isWebhookAutoRegister()) {
            if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
                throw new IllegalArgumentException("Option webhookAutoRegister needs webhookExternalUrl: the public "
                        + "http(s) URL Remote delivers to (your host and " + path + "), was " + url);
            }
        } else if (configuration.getSigningKey() == null || configuration.getSigningKey().isBlank()) {
            throw new IllegalArgumentException("Option signingKey is required for remote:webhook: the signing key "
                    + "of your webhook callback (returned when it was created), to verify X-Remote-Signature; or "
                    + "set webhookAutoRegister=true with webhookExternalUrl to register one at start");
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        signingKey = Secret.ofNullable(configuration.getSigningKey());
        if (configuration.isWebhookAutoRegister()) {
            register();
        }
        deliveries = configuration.getWebhookIdempotentRepository();
        ownRepository = deliveries == null;
        if (ownRepository) {
            deliveries = MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
        }
        ServiceHelper.startService(deliveries);
        // useStreaming: the body stays a stream, so RemoteWebhookBody reads no more of it than the limit.
        Endpoint http = getEndpoint().getCamelContext().getEndpoint("platform-http:" + configuration.getWebhookPath()
                + "?httpMethodRestrict=POST&useStreaming=true&populateBodyWithForm=false");
        httpConsumer = http.createConsumer(new DeliveryProcessor());
        ServiceHelper.startService(httpConsumer);
        LOG.info("Receiving Remote webhook deliveries on {} (signature checked, timestamp tolerance {} ms)",
                configuration.getWebhookPath(), configuration.getWebhookTolerance());
    }

    @Override
    protected void doStop() throws Exception {
        if (registeredCallbackId != null) {
            unregister();
        }
        ServiceHelper.stopAndShutdownService(httpConsumer);
        httpConsumer = null;
        if (ownRepository) {
            ServiceHelper.stopAndShutdownService(deliveries);
        }
        super.doStop();
    }

    private void register() {
        ApiClient client = getEndpoint().client();
        ObjectNode body = client.mapper().createObjectNode().put("url", configuration.getWebhookExternalUrl());
        List<String> events = events();
        if (events.isEmpty()) {
            body.put("subscribe_to_all_events", true);
        } else {
            ArrayNode subscribed = body.putArray("subscribed_events");
            events.forEach(subscribed::add);
        }
        RemoteOperation create = RemoteOperationCatalog.get().require("createWebhookCallback");
        ApiRequest request = ApiRequest.builder(create.method(), create.path()).operation(create.name())
                .body(client.toJson(body, create.name())).build();
        JsonNode callback = client.execute(request).json().path("data").path("webhook_callback");
        registeredCallbackId = callback.path("id").asText(null);
        if (signingKey == null) {
            String key = callback.path("signing_key").asText(null);
            if (key == null || key.isBlank()) {
                throw new IllegalStateException("Remote registered webhook callback " + registeredCallbackId
                        + " but answered no signing_key: set option signingKey");
            }
            signingKey = Secret.of(key);
        }
        LOG.info("Registered Remote webhook callback {} for {} ({})", registeredCallbackId,
                configuration.getWebhookExternalUrl(), events.isEmpty() ? "all events" : events);
    }

    private void unregister() {
        RemoteOperation delete = RemoteOperationCatalog.get().require("deleteWebhookCallback");
        String path = delete.pathTemplate().expand(name -> registeredCallbackId, delete.name(), "");
        try {
            getEndpoint().client().execute(ApiRequest.builder(delete.method(), path).operation(delete.name())
                    .build());
            LOG.info("Deleted Remote webhook callback {}", registeredCallbackId);
        } catch (ApiException e) {
            LOG.warn("Could not delete Remote webhook callback {}: {}", registeredCallbackId, e.getMessage());
        }
        registeredCallbackId = null;
    }

    private List<String> events() {
        List<String> events = new ArrayList<>();
        String configured = configuration.getWebhookEvents();
        if (configured != null) {
            for (String e : configured.split(",")) {
                if (!e.isBlank()) {
                    events.add(e.trim());
                }
            }
        }
        return events;
    }

    /** A delivery answered without routing it. */
    private static final class Rejection extends Exception {
        private final int status;

        Rejection(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** A verified delivery. */
    private record Delivery(JsonNode event, long timestamp, String signature) {
    }

    private Delivery verify(Exchange exchange) throws Rejection {
        Message message = exchange.getMessage();
        byte[] body;
        try {
            body = RemoteWebhookBody.read(exchange, configuration.getWebhookMaxBodySize());
        } catch (RemoteWebhookBody.TooLarge e) {
            throw new Rejection(413, e.getMessage());
        } catch (IOException e) {
            throw new Rejection(400, "body could not be read: " + e.getMessage());
        }
        String signature = message.getHeader(RemoteWebhookSignature.SIGNATURE_HEADER, String.class);
        if (signature == null || signature.isBlank()) {
            throw new Rejection(401, "missing " + RemoteWebhookSignature.SIGNATURE_HEADER);
        }
        String timestampText = message.getHeader(RemoteWebhookSignature.TIMESTAMP_HEADER, String.class);
        if (timestampText == null || timestampText.isBlank()) {
            throw new Rejection(400, "missing " + RemoteWebhookSignature.TIMESTAMP_HEADER);
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampText.trim());
        } catch (NumberFormatException e) {
            throw new Rejection(400, RemoteWebhookSignature.TIMESTAMP_HEADER + " is not Unix milliseconds");
        }
        if (!RemoteWebhookSignature.matches(signingKey, body, timestampText.trim(), signature)) {
            throw new Rejection(401, "signature does not match");
        }
        long skew = Math.abs(System.currentTimeMillis() - timestamp);
        if (skew > configuration.getWebhookTolerance()) {
            throw new Rejection(401, "timestamp is " + skew + " ms from now, outside the tolerance of "
                    + configuration.getWebhookTolerance() + " ms (a replay, or a clock off)");
        }
        JsonNode event;
        try {
            event = JsonBodies.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new Rejection(400, "body is not JSON");
        }
        if (event == null || !event.isObject()) {
            throw new Rejection(400, "body is not a JSON object");
        }
        return new Delivery(event, timestamp, signature.trim().toLowerCase(Locale.ROOT));
    }

    private static void respond(Exchange exchange, int status, String message) {
        Message out = exchange.getMessage();
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (message == null) {
            out.removeHeader(Exchange.CONTENT_TYPE);
            out.setBody(null);
        } else {
            out.setHeader(Exchange.CONTENT_TYPE, "application/json");
            out.setBody("{\"message\":\"" + message.replace("\"", "'") + "\"}");
        }
    }

    /** Verifies a delivery, routes it, and answers by the route's outcome. */
    private final class DeliveryProcessor extends AsyncProcessorSupport {

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            Delivery delivery;
            try {
                delivery = verify(exchange);
            } catch (Rejection rejection) {
                LOG.warn("Rejected a Remote webhook delivery with {}: {}", rejection.status, rejection.getMessage());
                respond(exchange, rejection.status, rejection.getMessage());
                callback.done(true);
                return true;
            }
            // Added before routing, atomically: of concurrent copies only the first is routed.
            if (!deliveries.add(delivery.signature())) {
                LOG.debug("Remote webhook delivery repeated (routed or being routed already); answered 200 without "
                        + "routing it");
                respond(exchange, 200, null);
                callback.done(true);
                return true;
            }
            Message message = exchange.getMessage();
            JsonNode event = delivery.event();
            message.setBody(event);
            message.setHeader(RemoteConstants.WEBHOOK_TIMESTAMP, delivery.timestamp());
            setText(message, RemoteConstants.EVENT_TYPE, event.get("event_type"));
            setText(message, RemoteConstants.EMPLOYMENT_ID, event.get("employment_id"));
            return getAsyncProcessor().process(exchange, doneSync -> {
                Exception failure = exchange.getException();
                if (failure != null) {
                    LOG.warn("Remote webhook event {} was not processed ({}); answered 500 so Remote delivers it "
                            + "again", message.getHeader(RemoteConstants.EVENT_TYPE), failure.getMessage());
                    exchange.setException(null);
                    // Forgotten, so Remote's next attempt is routed.
                    deliveries.remove(delivery.signature());
                    respond(exchange, 500, "not processed, deliver again");
                } else {
                    deliveries.confirm(delivery.signature());
                    respond(exchange, 200, null);
                }
                callback.done(doneSync);
            });
        }

        private static void setText(Message message, String header, JsonNode value) {
            if (value != null && value.isValueNode() && !value.isNull()) {
                message.setHeader(header, value.asText());
            }
        }
    }
}
