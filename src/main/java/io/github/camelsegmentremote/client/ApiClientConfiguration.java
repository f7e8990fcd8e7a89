package io.github.camelsegmentremote.client;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;

/**
 * The connection options every component of this project shares (host override, retries, pool, timeouts, TLS,
 * a user-supplied HttpClient), and how they become an {@link ApiClient.Builder}. Component configurations extend
 * it, so the options read and behave the same on {@code segment:} and {@code remote:}.
 */
@UriParams
public abstract class ApiClientConfiguration implements Cloneable {

    @UriParam(description = "Overrides the API host the other options decide, e.g. a proxy or the sandbox: "
            + "http://127.0.0.1:port")
    private String baseUrl;
    @UriParam(label = "advanced", defaultValue = "6", description = "Attempts per call in all, the first "
            + "included; 429, 408 and 5xx answers and dropped connections are retried with exponential backoff "
            + "and jitter, honouring Retry-After and rate-limit reset headers")
    private int maxAttempts = 6;
    @UriParam(label = "advanced", defaultValue = "180000", javaType = "java.time.Duration",
            description = "No retry starts once this much time has passed since the first attempt of a call")
    private long maxRetryTime = 180_000;
    @UriParam(label = "advanced", defaultValue = "250", javaType = "java.time.Duration",
            description = "Wait after the first failed attempt; it doubles per attempt, with jitter, up to 30 s")
    private long initialBackoff = 250;
    @UriParam(label = "advanced", defaultValue = "20", description = "Pooled HTTP connections of the endpoint's "
            + "client")
    private int maxConnections = 20;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
            description = "TCP connect timeout")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
            description = "Socket timeout waiting for an answer")
    private long responseTimeout = 60_000;
    @UriParam(label = "advanced", description = "A ready Apache HttpClient 5 to use as it is (your proxy, TLS "
            + "and pool); the endpoint does not close it")
    private HttpClient httpClient;
    @UriParam(label = "advanced", description = "An Apache HttpClient 5 connection manager to build the client "
            + "on; the endpoint does not close it")
    private HttpClientConnectionManager clientConnectionManager;
    @UriParam(label = "security", description = "TLS configuration (Camel SSLContextParameters) for the "
            + "connections")
    private SSLContextParameters sslContextParameters;

    /**
     * A client builder with this configuration's connection, retry and TLS options applied, on {@code baseUrl}
     * when set, else on {@code defaultBaseUrl}.
     */
    public ApiClient.Builder clientBuilder(CamelContext camelContext, String defaultBaseUrl) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("Option maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("Option maxConnections must be at least 1, was " + maxConnections);
        }
        ApiClient.Builder builder = ApiClient.builder()
                .baseUrl(baseUrl != null && !baseUrl.isBlank() ? baseUrl : defaultBaseUrl)
                .retryPolicy(new RetryPolicy(maxAttempts, Duration.ofMillis(initialBackoff), Duration.ofSeconds(30),
                        Duration.ofMillis(maxRetryTime)));
        if (httpClient != null) {
            return builder.httpClient(httpClient);
        }
        if (clientConnectionManager != null) {
            return builder.connectionManager(clientConnectionManager);
        }
        try {
            return builder.httpSettings(new HttpClientSettings(maxConnections, Duration.ofMillis(connectTimeout),
                    Duration.ofMillis(responseTimeout),
                    sslContextParameters == null ? null : sslContextParameters.createSSLContext(camelContext)));
        } catch (java.security.GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("Option sslContextParameters could not build a TLS context: "
                    + e.getMessage(), e);
        }
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public long getMaxRetryTime() {
        return maxRetryTime;
    }

    public void setMaxRetryTime(long maxRetryTime) {
        this.maxRetryTime = maxRetryTime;
    }

    public long getInitialBackoff() {
        return initialBackoff;
    }

    public void setInitialBackoff(long initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public HttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public HttpClientConnectionManager getClientConnectionManager() {
        return clientConnectionManager;
    }

    public void setClientConnectionManager(HttpClientConnectionManager clientConnectionManager) {
        this.clientConnectionManager = clientConnectionManager;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    /** A copy for one endpoint: the component's defaults must not change when an endpoint sets an option. */
    protected Object copyInstance() {
        try {
            return clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
