package io.github.camelsegmentremote.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Remote simulator's OAuth 2.0 token endpoint ({@code POST /auth/oauth2/token}) and its fixed, obviously fake
 * client credentials. The client authenticates with HTTP Basic or with {@code client_id}/{@code client_secret}
 * fields (JSON or form body). Grants: {@code client_credentials} (access token only, as the spec's
 * {@code ClientCredentialsResponse}), {@code authorization_code} with {@link #AUTHORIZATION_CODE}, and
 * {@code refresh_token} with {@link #REFRESH_TOKEN} or a refresh token the endpoint issued. Access tokens are
 * accepted until they expire.
 */
public final class RemoteOAuth {

    /** Client id of the sandbox's OAuth client. */
    public static final String CLIENT_ID = "sandbox-fake-client-id-0001";
    /** Client secret of the sandbox's OAuth client. */
    public static final String CLIENT_SECRET = "sandbox-fake-client-secret-0001";
    /** A refresh token that never expires, as an integration would hold after the Authorization Code flow. */
    public static final String REFRESH_TOKEN = "sandbox-fake-refresh-token-0001";
    /** The authorization code the {@code authorization_code} grant accepts. */
    public static final String AUTHORIZATION_CODE = "sandbox-fake-authorization-code-0001";
    /** Lifetime of issued access tokens unless changed: two hours, as the spec's example. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(2);

    private static final String ACCESS_TOKEN_PREFIX = "sandbox-oauth-access-";

    private final String companyId;
    private final String userId;
    private final Map<String, Long> accessTokenExpiries = new ConcurrentHashMap<>();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final LongAdder issued = new LongAdder();
    private volatile Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;

    RemoteOAuth(String companyId, String userId) {
        this.companyId = companyId;
        this.userId = userId;
    }

    void tokenLifetime(Duration lifetime) {
        if (lifetime.isNegative()) {
            throw new IllegalArgumentException("token lifetime must not be negative");
        }
        this.tokenLifetime = lifetime;
    }

    /** Whether {@code token} is an access token this endpoint issued that has not expired at {@code now}. */
    boolean accepts(String token, long now) {
        Long expiry = accessTokenExpiries.get(token);
        return expiry != null && now < expiry;
    }

    /** Answers a token request; client or grant problems are 401 / 400 as {@link SandboxException}. */
    ObjectNode token(SandboxRequest request, long now) {
        Map<String, String> params = params(request);
        authenticateClient(request.header("Authorization"), params);
        String grant = params.get("grant_type");
        if (grant == null) {
            throw new SandboxException(400, "grant_type is required");
        }
        ObjectNode answer = switch (grant) {
            case "client_credentials" -> accessToken(now);
            case "authorization_code" -> {
                if (!AUTHORIZATION_CODE.equals(params.get("code"))) {
                    throw new SandboxException(400, "invalid authorization code");
                }
                String refreshToken = "sandbox-oauth-refresh-" + UUID.randomUUID();
                refreshTokens.add(refreshToken);
                yield accessToken(now).put("refresh_token", refreshToken).put("company_id", companyId)
                        .put("user_id", userId);
            }
            case "refresh_token" -> {
                String refreshToken = params.get("refresh_token");
                if (!REFRESH_TOKEN.equals(refreshToken) && !refreshTokens.contains(refreshToken)) {
                    throw new SandboxException(400, "invalid refresh token");
                }
                yield accessToken(now).put("refresh_token", refreshToken);
            }
            default -> throw new SandboxException(400, "unsupported grant_type: " + grant);
        };
        forgetExpired(now);
        return answer;
    }

    ObjectNode inspect(long now) {
        ObjectNode node = SandboxJson.object();
        node.put("accessTokensIssued", issued.sum());
        node.put("accessTokensValid", accessTokenExpiries.values().stream().filter(e -> now < e).count());
        node.put("tokenLifetimeSeconds", tokenLifetime.toSeconds());
        return node;
    }

    void reset() {
        accessTokenExpiries.clear();
        refreshTokens.clear();
        issued.reset();
    }

    private ObjectNode accessToken(long now) {
        String token = ACCESS_TOKEN_PREFIX + UUID.randomUUID();
        Duration lifetime = tokenLifetime;
        accessTokenExpiries.put(token, now + lifetime.toMillis());
        issued.increment();
        ObjectNode node = SandboxJson.object();
        node.put("access_token", token);
        node.put("expires_in", lifetime.toSeconds());
        node.put("token_type", "Bearer");
        return node;
    }

    private void forgetExpired(long now) {
        for (Iterator<Long> it = accessTokenExpiries.values().iterator(); it.hasNext();) {
            if (it.next() <= now) {
                it.remove();
            }
        }
    }

    private static void authenticateClient(String authorization, Map<String, String> params) {
        String clientId = params.get("client_id");
        String clientSecret = params.get("client_secret");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new SandboxException(401, "Unauthorized");
            }
            int colon = decoded.indexOf(':');
            String basicId = colon < 0 ? decoded : decoded.substring(0, colon);
            if (clientId != null && !clientId.equals(basicId)) {
                throw new SandboxException(401, "Unauthorized");
            }
            clientId = basicId;
            clientSecret = colon < 0 ? null : decoded.substring(colon + 1);
        }
        if (!CLIENT_ID.equals(clientId) || !CLIENT_SECRET.equals(clientSecret)) {
            throw new SandboxException(401, "Unauthorized");
        }
    }

    private static Map<String, String> params(SandboxRequest request) {
        Map<String, String> params = new HashMap<>();
        if (request.body().length == 0) {
            return params;
        }
        String contentType = String.valueOf(request.header("Content-Type"));
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            for (Map.Entry<String, List<String>> e : SandboxServer.parseQuery(request.bodyAsString()).entrySet()) {
                params.put(e.getKey(), e.getValue().isEmpty() ? null : e.getValue().get(0));
            }
            return params;
        }
        JsonNode json = request.json();
        json.properties().forEach(e -> params.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return params;
    }
}
