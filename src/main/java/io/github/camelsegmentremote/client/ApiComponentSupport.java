package io.github.camelsegmentremote.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;

/**
 * What the project's components share at component level: the one rate-limiter registry (endpoints that call the
 * same host with the same credential and limit share one limiter, since the API counts requests per credential, not
 * per endpoint) and Camel's global TLS configuration ({@link SSLContextParametersAware}).
 */
public abstract class ApiComponentSupport extends HealthCheckComponent implements SSLContextParametersAware {

    private final Map<String, RateLimiter> rateLimiters = new ConcurrentHashMap<>();

    @Metadata(label = "security", defaultValue = "false", description = "Enable usage of global SSL context "
            + "parameters: endpoints without their own sslContextParameters use the CamelContext's")
    private boolean useGlobalSslContextParameters;

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /**
     * Gives an endpoint configuration without its own sslContextParameters the CamelContext's global ones, when
     * useGlobalSslContextParameters is on.
     */
    protected void applyGlobalSslContextParameters(ApiClientConfiguration configuration) {
        if (configuration.getSslContextParameters() == null && useGlobalSslContextParameters) {
            configuration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
    }

    /**
     * The limiter shared by every endpoint of this component calling {@code baseUrl} with {@code credential}:
     * at most {@code permits} requests per {@code interval}, evenly spaced; with 0 permits only the API's own pauses
     * (429, rate-limit headers) apply. The registry keeps a one-way digest of the credential, never the credential.
     */
    public RateLimiter rateLimiter(String baseUrl, String credential, int permits, Duration interval) {
        String key = baseUrl + " " + fingerprint(credential) + " " + permits + "/" + interval;
        return rateLimiters.computeIfAbsent(key, k -> permits == 0 ? RateLimiter.unlimited()
                : RateLimiter.perInterval(permits, interval));
    }

    private static String fingerprint(String credential) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(credential)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
