package io.github.camelsegmentremote.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsegmentremote.client.Secret;
import io.github.camelsegmentremote.remote.RemoteWebhookSignature;

import static org.awaitility.Awaitility.await;

/** Plain HTTP to a forked app on 127.0.0.1, as a user, an attacker or Remote would send it. */
final class AppClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    final int port;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    AppClient(int port) {
        this.port = port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until {@code /actuator/health} answers (the app is up), or the process died. */
    void awaitUp(ForkedApp app, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!app.isAlive()) {
                throw new AssertionError("The app exited:\n" + app.output());
            }
            try {
                return send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))).statusCode() == 200;
            } catch (java.io.IOException notYet) {
                return false;
            }
        });
    }

    /** A Jolokia request as Hawtio sends it: POST, JSON, the app's own Origin, and the login when given. */
    HttpResponse<String> jolokia(String json, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/actuator/jolokia")))
                .header("Content-Type", "application/json").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A route's completed + failed exchanges, read over Jolokia with the admin login. */
    long exchangesTotal(String routeId, String authorization) throws Exception {
        HttpResponse<String> response = jolokia("{\"type\":\"read\",\"mbean\":\"org.apache.camel:context=*,type=routes,"
                + "name=\\\"" + routeId + "\\\"\",\"attribute\":\"ExchangesTotal\"}", authorization);
        JsonNode value = JSON.readTree(response.body()).path("value");
        if (!value.isObject() || value.isEmpty()) {
            throw new AssertionError("No route " + routeId + " over Jolokia: " + response.body());
        }
        return value.elements().next().path("ExchangesTotal").asLong();
    }

    /**
     * A GET written on a plain socket, with any {@code Host} header (Java's HttpClient will not send a foreign one):
     * the status line and the body.
     */
    String rawGet(String path, String host, String authorization) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A webhook delivery signed with {@code key} at {@code timestamp}. */
    HttpResponse<String> deliver(String path, String body, long timestamp, String key) throws Exception {
        String signature = RemoteWebhookSignature.sign(Secret.of(key), body.getBytes(StandardCharsets.UTF_8),
                Long.toString(timestamp));
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .header(RemoteWebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(RemoteWebhookSignature.SIGNATURE_HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
