package io.github.camelsegmentremote.client;

import java.util.List;
import java.util.Map;

import io.github.camelsegmentremote.remote.RemoteApiException;
import io.github.camelsegmentremote.remote.RemoteComponent;
import io.github.camelsegmentremote.remote.RemoteConfiguration;
import io.github.camelsegmentremote.remote.RemoteEnvironment;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.segment.SegmentComponent;
import io.github.camelsegmentremote.segment.SegmentConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both components reach their APIs through an HTTP forward proxy that requires authentication, set with
 * camel-http's option names at component level, and apply camel-http's HttpClientConfigurer: every call of the
 * test goes through a real proxy on loopback ({@link ForwardProxy}) to the sandbox.
 */
class ProxyOptionsTest extends CamelTestSupport {

    private static final String PROXY_USER = "esb";
    private static final String PROXY_PASSWORD = "proxy-secret-0001";

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(b -> b.employees(12));

    private static ForwardProxy proxy;

    @BeforeAll
    static void startProxy() throws Exception {
        proxy = new ForwardProxy(PROXY_USER, PROXY_PASSWORD);
    }

    @AfterAll
    static void stopProxy() throws Exception {
        proxy.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Sandbox sandbox = SANDBOX.sandbox();
        RemoteComponent remote = new RemoteComponent();
        RemoteConfiguration r = remote.getConfiguration();
        r.setToken(SandboxTokens.REMOTE_TOKEN);
        r.setEnvironment(RemoteEnvironment.sandbox);
        r.setBaseUrl(sandbox.remote().baseUrl());
        proxied(r);
        context.addComponent("remote", remote);
        SegmentComponent segment = new SegmentComponent();
        SegmentConfiguration s = segment.getConfiguration();
        s.setWriteKey(SandboxTokens.SEGMENT_WRITE_KEY);
        s.setBaseUrl(sandbox.trackingUs().baseUrl());
        s.setBatchSize(1);
        proxied(s);
        context.addComponent("segment", segment);
        HttpClientConfigurer stamping = builder -> builder.addRequestInterceptorFirst(
                (request, entity, httpContext) -> request.addHeader("X-Client-Configurer", "applied"));
        context.getRegistry().bind("stampingConfigurer", stamping);
        return context;
    }

    private static void proxied(ApiClientConfiguration configuration) {
        configuration.setProxyHost("127.0.0.1");
        configuration.setProxyPort(proxy.port());
        configuration.setProxyAuthUsername(PROXY_USER);
        configuration.setProxyAuthPassword(PROXY_PASSWORD);
    }

    private static List<ForwardProxy.Seen> seenFor(String baseUrl) {
        int port = java.net.URI.create(baseUrl).getPort();
        return proxy.seen().stream().filter(s -> s.target().getPort() == port).toList();
    }

    @Test
    void remoteAndSegmentCallsGoThroughTheAuthenticatingProxy() {
        Sandbox sandbox = SANDBOX.sandbox();
        List<?> page = template.requestBody("remote:listEmployments?allPages=false&pageSize=5", null, List.class);
        assertThat(page).hasSize(5);
        template.sendBody("segment:identify", Map.of("userId", "proxied-user-1", "traits", Map.of("name", "Ada")));
        assertThat(sandbox.segmentWorld().us().events().identifies("proxied-user-1")).isEqualTo(1);

        for (String baseUrl : List.of(sandbox.remote().baseUrl(), sandbox.trackingUs().baseUrl())) {
            List<ForwardProxy.Seen> seen = seenFor(baseUrl);
            assertThat(seen).as("requests the proxy saw for %s", baseUrl)
                    .anySatisfy(s -> assertThat(s.authorised()).isTrue())
                    .anySatisfy(s -> assertThat(s.authorised()).as("the first, answered 407").isFalse());
            assertThat(seen).filteredOn(ForwardProxy.Seen::authorised)
                    .allSatisfy(s -> assertThat(s.headers()).containsKey("authorization"));
        }
    }

    @Test
    void theHttpClientConfigurerIsApplied() {
        template.requestBody("remote:listEmployments?allPages=false&pageSize=1&httpClientConfigurer=#stampingConfigurer",
                null, List.class);
        assertThat(seenFor(SANDBOX.sandbox().remote().baseUrl()))
                .anySatisfy(s -> assertThat(s.headers()).containsEntry("x-client-configurer", "applied"));
    }

    @Test
    void aWrongProxyPasswordFailsWithTheProxysAnswerAndNoSecret() {
        long authorisedBefore = proxy.seen().stream().filter(ForwardProxy.Seen::authorised).count();
        assertThatThrownBy(() -> template.requestBody("remote:listEmployments?allPages=false&pageSize=1"
                + "&maxAttempts=1&proxyAuthPassword=RAW(not-the-password)", null, List.class))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(RemoteApiException.class)
                .hasMessageContaining("407")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-password")
                        .doesNotContain(PROXY_PASSWORD).doesNotContain(SandboxTokens.REMOTE_TOKEN));
        assertThat(proxy.seen().stream().filter(ForwardProxy.Seen::authorised).count()).isEqualTo(authorisedBefore);
    }

    @Test
    void proxyOptionsThatCannotWorkAreRefusedNamingTheFix() {
        assertThatThrownBy(() -> template.requestBody("remote:listEmployments?proxyHost=127.0.0.1&proxyPort=0",
                null, List.class))
                .hasStackTraceContaining("Option proxyPort must be the proxy's port (1 to 65535)");
        assertThatThrownBy(() -> template.requestBody("remote:listEmployments?proxyAuthUsername=x&proxyAuthPassword=",
                null, List.class))
                .hasStackTraceContaining("Options proxyAuthUsername and proxyAuthPassword go together");
    }
}
