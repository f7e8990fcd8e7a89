package io.github.camelsegmentremote.client;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;

/**
 * The connection options every component of this project shares (host override, retries, pool, timeouts, TLS,
 * an HTTP proxy, camel-http's HttpClientConfigurer hook, a user-supplied HttpClient), and how they become an
 * {@link ApiClient.Builder}. Component configurations extend it, so the options read and behave the same on
 * {@code segment:} and {@code remote:}; the proxy options have camel-http's names.
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
    @UriParam(label = "advanced", description = "camel-http's hook to customise the HttpClient the endpoint "
            + "builds (interceptors, routing, credentials, ...): the same HttpClientConfigurer a camel-http "
            + "endpoint takes. Applied after the proxy options; not used with httpClient")
    private HttpClientConfigurer httpClientConfigurer;
    @UriParam(label = "proxy", description = "Proxy server host")
    private String proxyHost;
    @UriParam(label = "proxy", description = "Proxy server port")
    private Integer proxyPort;
    @UriParam(label = "proxy", enums = "http,https", defaultValue = "http", description = "Proxy server "
            + "authentication protocol scheme to use")
    private String proxyAuthScheme = "http";
    @UriParam(label = "proxy", secret = true, description = "Proxy server username")
    private String proxyAuthUsername;
    @UriParam(label = "proxy", secret = true, description = "Proxy server password")
    private String proxyAuthPassword;
    @UriParam(label = "proxy", description = "Comma-separated list of hosts that should bypass the proxy. Supports "
            + "wildcards, e.g., localhost,.example.com")
    private String nonProxyHosts;

    /**
     * A client builder with this configuration's connection, retry and TLS options applied, on {@code baseUrl}
     * when set, else on {@code defaultBaseUrl}.
     */
    public ApiClient.Builder clientBuilder(CamelContext camelContext, String defaultBaseUrl) {
        checkProxyOptions();
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("Option maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("Option maxConnections must be at least 1, was " + maxConnections);
        }
        ApiClient.Builder builder = ApiClient.builder()
                .baseUrl(baseUrlOr(defaultBaseUrl))
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
                    sslContextParameters == null ? null : sslContextParameters.createSSLContext(camelContext),
                    HttpClientCustomizers.of(this)));
        } catch (java.security.GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("Option sslContextParameters could not build a TLS context: "
                    + e.getMessage(), e);
        }
    }

    /** Option baseUrl when set, else {@code defaultBaseUrl} (the host the other options decide). */
    public String baseUrlOr(String defaultBaseUrl) {
        return baseUrl != null && !baseUrl.isBlank() ? baseUrl : defaultBaseUrl;
    }

    /** Proxy options that cannot work are refused before any call, naming the option and the fix. */
    private void checkProxyOptions() {
        boolean proxy = proxyHost != null && !proxyHost.isBlank();
        if (!proxy && (proxyPort != null || !isBlank(proxyAuthUsername))) {
            throw new IllegalArgumentException("Option " + (proxyPort != null ? "proxyPort" : "proxyAuthUsername")
                    + " is set but proxyHost is not: set proxyHost to the proxy's host name");
        }
        if (proxy && (proxyPort == null || proxyPort < 1 || proxyPort > 65535)) {
            throw new IllegalArgumentException("Option proxyPort must be the proxy's port (1 to 65535) with "
                    + "proxyHost, was " + proxyPort);
        }
        if (proxy && !"http".equalsIgnoreCase(proxyAuthScheme) && !"https".equalsIgnoreCase(proxyAuthScheme)) {
            throw new IllegalArgumentException("Option proxyAuthScheme must be http or https, was "
                    + proxyAuthScheme);
        }
        if (isBlank(proxyAuthUsername) != isBlank(proxyAuthPassword)) {
            throw new IllegalArgumentException("Options proxyAuthUsername and proxyAuthPassword go together: set "
                    + "both for a proxy that requires authentication, or neither");
        }
        if (httpClient != null && (proxy || httpClientConfigurer != null)) {
            throw new IllegalArgumentException("Option httpClient is a ready HttpClient, used as it is: option "
                    + (proxy ? "proxyHost" : "httpClientConfigurer") + " cannot change it. Configure the proxy "
                    + "on your HttpClient, or leave httpClient out");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
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

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthScheme() {
        return proxyAuthScheme;
    }

    public void setProxyAuthScheme(String proxyAuthScheme) {
        this.proxyAuthScheme = proxyAuthScheme;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public String getNonProxyHosts() {
        return nonProxyHosts;
    }

    public void setNonProxyHosts(String nonProxyHosts) {
        this.nonProxyHosts = nonProxyHosts;
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
