package io.github.camelsegmentremote.client;

import java.time.Duration;

import javax.net.ssl.SSLContext;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * How the client's own Apache HttpClient 5 is built when the user does not supply one: pooled connections,
 * timeouts, optional TLS context, camel-http's configurer hook (proxy, the user's own). Automatic retries of HttpClient are off: {@link ApiClient} retries itself, with
 * the API's rules.
 *
 * @param maxConnections   pooled connections in all and per route
 * @param connectTimeout   TCP connect timeout
 * @param responseTimeout  socket timeout waiting for an answer
 * @param sslContext       TLS context (from Camel's SSLContextParameters), or null for the JVM default
 * @param configurer       camel-http configurer applied to the HttpClientBuilder last, or null
 */
public record HttpClientSettings(int maxConnections, Duration connectTimeout, Duration responseTimeout,
        SSLContext sslContext, HttpClientConfigurer configurer) {

    public static final HttpClientSettings DEFAULT = new HttpClientSettings(20, Duration.ofSeconds(10),
            Duration.ofSeconds(60), null, null);

    /** Settings without a configurer. */
    public HttpClientSettings(int maxConnections, Duration connectTimeout, Duration responseTimeout,
            SSLContext sslContext) {
        this(maxConnections, connectTimeout, responseTimeout, sslContext, null);
    }

    public HttpClientSettings {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be >= 1, was " + maxConnections);
        }
    }

    /** A pooled connection manager with these settings. */
    public HttpClientConnectionManager connectionManager() {
        PoolingHttpClientConnectionManagerBuilder builder = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(responseTimeout))
                        // A pooled connection the server closed meanwhile is checked before reuse.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build());
        if (sslContext != null) {
            builder.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        return builder.build();
    }

    /**
     * An HttpClient on the given connection manager, with HttpClient's own retries and redirects off, then the
     * configurer's changes.
     */
    public CloseableHttpClient httpClient(HttpClientConnectionManager connectionManager) {
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connectionManager)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .setConnectionRequestTimeout(Timeout.of(responseTimeout))
                        .build());
        if (configurer != null) {
            configurer.configureHttpClient(builder);
        }
        return builder.build();
    }
}
