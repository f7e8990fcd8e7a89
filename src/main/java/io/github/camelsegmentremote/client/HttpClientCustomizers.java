package io.github.camelsegmentremote.client;

import org.apache.camel.component.http.CompositeHttpConfigurer;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.component.http.ProxyHttpClientConfigurer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;

/**
 * camel-http's {@link HttpClientConfigurer}s for a configuration: the proxy route through camel-http's own
 * {@link ProxyHttpClientConfigurer} (proxy host, port, scheme and nonProxyHosts behave as on a camel-http
 * endpoint), the proxy's credentials for its 407 challenge, then the user's httpClientConfigurer.
 */
final class HttpClientCustomizers {

    private HttpClientCustomizers() {
    }

    /** The configurer to apply to the HttpClient being built, or null when there is nothing to apply. */
    static HttpClientConfigurer of(ApiClientConfiguration configuration) {
        CompositeHttpConfigurer all = new CompositeHttpConfigurer();
        boolean any = false;
        String host = configuration.getProxyHost();
        if (host != null && !host.isBlank()) {
            all.addConfigurer(new ProxyHttpClientConfigurer(host, configuration.getProxyPort(),
                    configuration.getProxyAuthScheme(), configuration.getNonProxyHosts()));
            String username = configuration.getProxyAuthUsername();
            if (username != null && !username.isBlank()) {
                all.addConfigurer(proxyCredentials(host, configuration.getProxyPort(), username,
                        configuration.getProxyAuthPassword()));
            }
            any = true;
        }
        if (configuration.getHttpClientConfigurer() != null) {
            all.addConfigurer(configuration.getHttpClientConfigurer());
            any = true;
        }
        return any ? all : null;
    }

    /** Answers the proxy's authentication challenge (and only the proxy's: the scope is its host and port). */
    private static HttpClientConfigurer proxyCredentials(String host, int port, String username, String password) {
        return builder -> {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(host, port), new UsernamePasswordCredentials(username,
                    password.toCharArray()));
            builder.setDefaultCredentialsProvider(credentials);
        };
    }
}
