package io.github.camelsegmentremote.remote;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.Authentication;
import io.github.camelsegmentremote.client.JsonBodies;
import io.github.camelsegmentremote.client.Secret;

/**
 * OAuth2 access to the Remote API: access tokens from {@code POST /auth/oauth2/token} (client credentials, or the
 * refresh-token grant when a refresh token is given; the client authenticates with HTTP Basic client id and
 * secret), renewed a minute before they expire and once more when Remote answers 401. A rotated refresh token
 * replaces the old one. Thread-safe: concurrent calls wait for one renewal.
 */
final class RemoteOAuth2Authentication implements Authentication, AutoCloseable {

    static final String TOKEN_PATH = "/auth/oauth2/token";
    /** Renew this long before the access token expires, so no call carries an expiring token. */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(2);

    private final ApiClient tokenClient;
    private final String clientId;
    private final LongSupplier nanoClock;
    private Secret refreshToken;
    private Secret accessToken;
    private long renewAtNanos;

    /**
     * @param tokenClient  a client on the environment's base URL that authenticates as the OAuth2 client
     *                     ({@link #clientCredentials(String, Secret)})
     * @param clientId     the OAuth2 client id
     * @param refreshToken the refresh token, or null for the client-credentials grant
     * @param nanoClock    the time source ({@link System#nanoTime()})
     */
    RemoteOAuth2Authentication(ApiClient tokenClient, String clientId, Secret refreshToken, LongSupplier nanoClock) {
        this.tokenClient = tokenClient;
        this.clientId = clientId;
        this.refreshToken = refreshToken;
        this.nanoClock = nanoClock;
    }

    /** HTTP Basic with the OAuth2 client id and secret, for the token endpoint. */
    static Authentication clientCredentials(String clientId, Secret clientSecret) {
        return new Authentication() {
            @Override
            public String authorizationHeader() {
                return "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + clientSecret.reveal()).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String toString() {
                return "OAuth2 client " + clientId;
            }
        };
    }

    @Override
    public synchronized String authorizationHeader() {
        if (accessToken == null || nanoClock.getAsLong() - renewAtNanos >= 0) {
            renew();
        }
        return "Bearer " + accessToken.reveal();
    }

    @Override
    public synchronized boolean renewAfterUnauthorized() {
        renew();
        return true;
    }

    private void renew() {
        ObjectNode body = JsonBodies.MAPPER.createObjectNode();
        boolean refresh = refreshToken != null;
        if (refresh) {
            body.put("grant_type", "refresh_token").put("refresh_token", refreshToken.reveal());
        } else {
            body.put("grant_type", "client_credentials").put("client_id", clientId);
        }
        ApiRequest request = ApiRequest.builder("POST", TOKEN_PATH)
                .operation("OAuth2 token (" + (refresh ? "refresh_token" : "client_credentials") + ")")
                .body(tokenClient.toJson(body, "OAuth2 token"))
                // A refresh token may be single-use: sending it twice could burn it.
                .retryable(!refresh)
                .build();
        JsonNode answer = tokenClient.execute(request).json();
        JsonNode data = answer.has("access_token") ? answer : answer.path("data");
        String access = data.path("access_token").asText(null);
        if (access == null || access.isBlank()) {
            throw new IllegalStateException("Remote's OAuth2 token endpoint answered without an access_token");
        }
        accessToken = Secret.of(access);
        String rotated = data.path("refresh_token").asText(null);
        if (refresh && rotated != null && !rotated.isBlank()) {
            refreshToken = Secret.of(rotated);
        }
        Duration lifetime = data.hasNonNull("expires_in") ? Duration.ofSeconds(data.get("expires_in").asLong())
                : DEFAULT_LIFETIME;
        Duration renewAfter = lifetime.minus(RENEW_BEFORE_EXPIRY);
        renewAtNanos = nanoClock.getAsLong() + Math.max(0, renewAfter.toNanos());
    }

    @Override
    public void close() {
        tokenClient.close();
    }

    @Override
    public String toString() {
        return "OAuth2 (" + (refreshToken != null ? "refresh token" : "client credentials") + ", access token "
                + (accessToken == null ? "not yet fetched" : "******") + ")";
    }
}
