package io.github.camelsegmentremote.remote;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.client.ApiError;
import io.github.camelsegmentremote.client.Secret;
import io.github.camelsegmentremote.sandbox.Fault;
import io.github.camelsegmentremote.sandbox.FaultPlan;
import io.github.camelsegmentremote.sandbox.RemoteOAuth;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Credentials and environments (API token checks at start, OAuth2 with renewal) and how Remote's failures become
 * {@link RemoteApiException}s: 401, 403, 404, 422, 429, retried 5xx.
 */
class RemoteAuthAndErrorsTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.defaults();

    private static final String WRONG_TOKEN = "ra_test_not-a-token-of-this-company";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RemoteTesting.useSandbox(context, SANDBOX.sandbox());
        // Every test here chooses its own credentials.
        context.getComponent("remote", RemoteComponent.class).getConfiguration().setToken(null);
        return context;
    }

    @AfterEach
    void resetSandbox() {
        SANDBOX.sandbox().reset();
    }

    private Sandbox sandbox() {
        return SANDBOX.sandbox();
    }

    private void startRoute(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(uri);
            }
        });
    }

    private RemoteApiException failure(String uri, Map<String, Object> headers, Object body) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
            e.getMessage().setBody(body);
        });
        assertThat(exchange.getException()).isInstanceOf(RemoteApiException.class);
        return (RemoteApiException) exchange.getException();
    }

    // ---- token and environment ----

    @Test
    void aSandboxTokenWithProductionFailsAtStartNamingBothOptions() {
        long before = RemoteTesting.requests(sandbox(), "GET /v1/employments");
        assertThatThrownBy(() -> startRoute("remote:listEmployments?environment=production&token=RAW("
                + SandboxTokens.REMOTE_TOKEN + ")"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Option token holds a sandbox token (prefix ra_test_)")
                .hasMessageContaining("option environment is production")
                .hasMessageContaining("set environment=sandbox")
                .hasMessageNotContaining(SandboxTokens.REMOTE_TOKEN);
        assertThat(RemoteTesting.requests(sandbox(), "GET /v1/employments")).isEqualTo(before);
    }

    @Test
    void aProductionTokenWithSandboxFailsAtStartNamingBothOptions() {
        assertThatThrownBy(() -> startRoute("remote:getEmployment?environment=sandbox&token=RAW("
                + SandboxTokens.REMOTE_LIVE_TOKEN + ")"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Option token holds a production token (prefix ra_live_)")
                .hasMessageContaining("option environment is sandbox")
                .hasMessageContaining("set environment=production")
                .hasMessageNotContaining(SandboxTokens.REMOTE_LIVE_TOKEN);
    }

    @Test
    void noCredentialsFailAtStartNamingTheTokenOption() {
        assertThatThrownBy(() -> startRoute("remote:listEmployments"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Option token is required").hasMessageContaining("clientId");
    }

    @Test
    void anUnprefixedTokenIsAcceptedWithAWarningThatOmitsIt() throws Exception {
        String unprefixed = "an-oauth-access-token-0123456789";
        try (LogCapture logs = LogCapture.root()) {
            startRoute("remote:listEmployments?token=RAW(" + unprefixed + ")");
            assertThat(logs.messages(ch.qos.logback.classic.Level.WARN))
                    .anyMatch(m -> m.contains("neither Remote's ra_live_ nor ra_test_ prefix"));
            RemoteApiException e = failure("direct:start", Map.of(), null);
            assertThat(e.status()).isEqualTo(401);
            assertThat(logs.all()).noneMatch(m -> m.contains(unprefixed));
        }
    }

    @Test
    void unauthorizedExplainsTheLikelyCausesWithoutTheToken() {
        RemoteApiException e = failure("remote:listEmployments?token=RAW(" + WRONG_TOKEN + ")", Map.of(), null);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.apiMessage()).isEqualTo("Unauthorized");
        assertThat(e.operation()).isEqualTo("listEmployments");
        assertThat(e.getMessage()).contains("expired or revoked", "environment=sandbox",
                sandbox().remote().baseUrl(), "options token and environment")
                .doesNotContain(WRONG_TOKEN);
    }

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void endpointsWithTheSameCredentialsShareOneRateLimiter() {
        RemoteComponent component = context.getComponent("remote", RemoteComponent.class);
        String url = sandbox().remote().baseUrl();
        assertThat(component.rateLimiter(url, SandboxTokens.REMOTE_TOKEN, 60, MINUTE))
                .isSameAs(component.rateLimiter(url, SandboxTokens.REMOTE_TOKEN, 60, MINUTE))
                .isNotSameAs(component.rateLimiter(url, WRONG_TOKEN, 60, MINUTE))
                .isNotSameAs(component.rateLimiter("https://gateway.remote.com", SandboxTokens.REMOTE_TOKEN, 60, MINUTE));
        assertThat(component.rateLimiter(url, SandboxTokens.REMOTE_TOKEN, 60, MINUTE).toString())
                .doesNotContain(SandboxTokens.REMOTE_TOKEN);
    }

    // ---- OAuth2 ----

    private String oauth(String operation, String extra) {
        return "remote:" + operation + "?clientId=" + RemoteOAuth.CLIENT_ID + "&clientSecret=RAW("
                + RemoteOAuth.CLIENT_SECRET + ")" + extra;
    }

    private long accessTokensIssued() {
        return sandbox().remoteSimulator().inspect().path("oauth").path("accessTokensIssued").asLong();
    }

    @Test
    void oauthClientCredentialsGetsOneTokenAndRenewsItAfterA401() {
        String id = sandbox().remoteSimulator().seededEmploymentId(1);
        String uri = oauth("getEmployment", "");
        for (int i = 0; i < 3; i++) {
            assertThat(template.requestBodyAndHeader(uri, null, RemoteConstants.EMPLOYMENT_ID, id,
                    Employment.class).getId()).isEqualTo(id);
        }
        assertThat(accessTokensIssued()).isEqualTo(1);
        // The simulator forgets every access token: the next call is refused once, renews and goes through.
        sandbox().remoteSimulator().reset();
        assertThat(template.requestBodyAndHeader(uri, null, RemoteConstants.EMPLOYMENT_ID, id, Employment.class)
                .getId()).isEqualTo(id);
        assertThat(accessTokensIssued()).isEqualTo(1);
    }

    @Test
    void oauthRefreshTokenGrant() {
        String id = sandbox().remoteSimulator().seededEmploymentId(2);
        Employment employment = template.requestBodyAndHeader(oauth("getEmployment", "&refreshToken=RAW("
                + RemoteOAuth.REFRESH_TOKEN + ")"), null, RemoteConstants.EMPLOYMENT_ID, id, Employment.class);
        assertThat(employment.getId()).isEqualTo(id);
        assertThat(accessTokensIssued()).isEqualTo(1);
    }

    @Test
    void oauthTokenIsRenewedAMinuteBeforeItExpires() {
        AtomicLong now = new AtomicLong();
        RemoteErrorHandler errors = new RemoteErrorHandler(RemoteEnvironment.sandbox, sandbox().remote().baseUrl(),
                true);
        ApiClient tokenClient = ApiClient.builder().baseUrl(sandbox().remote().baseUrl())
                .authentication(RemoteOAuth2Authentication.clientCredentials(RemoteOAuth.CLIENT_ID,
                        Secret.of(RemoteOAuth.CLIENT_SECRET)))
                .errorHandler(errors).build();
        try (RemoteOAuth2Authentication auth = new RemoteOAuth2Authentication(tokenClient, RemoteOAuth.CLIENT_ID,
                null, now::get)) {
            String first = auth.authorizationHeader();
            long renewAt = RemoteOAuth.DEFAULT_TOKEN_LIFETIME.minus(RemoteOAuth2Authentication.RENEW_BEFORE_EXPIRY)
                    .toNanos();
            now.set(renewAt - 1);
            assertThat(auth.authorizationHeader()).isEqualTo(first);
            now.set(renewAt);
            assertThat(auth.authorizationHeader()).startsWith("Bearer ").isNotEqualTo(first);
            assertThat(accessTokensIssued()).isEqualTo(2);
            assertThat(auth.toString()).doesNotContain(first.substring(7));
        }
    }

    @Test
    void oauthWithAWrongSecretIsRefusedByTheTokenEndpoint() {
        RemoteApiException e = failure("remote:listEmployments?clientId=" + RemoteOAuth.CLIENT_ID
                + "&clientSecret=RAW(wrong-secret)", Map.of(), null);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.path()).isEqualTo(RemoteOAuth2Authentication.TOKEN_PATH);
        assertThat(e.getMessage()).contains("clientId, clientSecret and refreshToken").doesNotContain("wrong-secret");
    }

    // ---- errors ----

    private String withToken(String operation) {
        return "remote:" + operation + "?token=RAW(" + SandboxTokens.REMOTE_TOKEN + ")&maxAttempts=3";
    }

    @Test
    void notFoundNamesThePath() {
        RemoteApiException e = failure(withToken("getEmployment"), Map.of(RemoteConstants.EMPLOYMENT_ID,
                "no-such-employment"), null);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.path()).isEqualTo("/v1/employments/no-such-employment");
        assertThat(e.getMessage()).contains("getEmployment", "Check the ids in the path");
    }

    @Test
    void validationErrorsNameTheField() {
        RemoteApiException e = failure(withToken("updateEmployment"), Map.of(RemoteConstants.EMPLOYMENT_ID,
                sandbox().remoteSimulator().seededEmploymentId(4)), Map.of("work_email", "not-an-email"));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.param()).isEqualTo("work_email");
        assertThat(e.apiMessage()).startsWith("work_email ");
    }

    @Test
    void serverErrorsAreRetriedForReads() {
        sandbox().remote().faults().failNext(Fault.SERVER_ERROR, 2);
        String id = sandbox().remoteSimulator().seededEmploymentId(6);
        assertThat(template.requestBodyAndHeader(withToken("getEmployment"), null, RemoteConstants.EMPLOYMENT_ID,
                id, Employment.class).getId()).isEqualTo(id);
        assertThat(sandbox().remote().answered(500)).isEqualTo(2);
    }

    @Test
    void serverErrorsAreNotRetriedForCreates() {
        sandbox().remote().faults().failNext(Fault.SERVER_ERROR, 1);
        RemoteApiException e = failure(withToken("createWebhookCallback"), Map.of(),
                Map.of("url", "http://127.0.0.1:9/x", "subscribe_to_all_events", true));
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.kind()).isEqualTo(ApiError.Kind.HTTP_STATUS);
        assertThat(sandbox().remoteSimulator().webhooks()).isEmpty();
    }

    @Test
    void rateLimitedCallsWaitAndGoThroughOrGiveUpWithAHint() {
        sandbox().remote().faults().plan(new FaultPlan(0, 500, 0, 20, 0, 0, 0));
        sandbox().remote().faults().failNext(Fault.RATE_LIMIT, 1);
        String id = sandbox().remoteSimulator().seededEmploymentId(8);
        assertThat(template.requestBodyAndHeader(withToken("getEmployment"), null, RemoteConstants.EMPLOYMENT_ID,
                id, Employment.class).getId()).isEqualTo(id);

        sandbox().remote().faults().failNext(Fault.RATE_LIMIT, 10);
        RemoteApiException e = failure(withToken("getEmployment"), Map.of(RemoteConstants.EMPLOYMENT_ID, id), null);
        assertThat(e.status()).isEqualTo(429);
        assertThat(e.kind()).isEqualTo(ApiError.Kind.RETRIES_EXHAUSTED);
        assertThat(e.getMessage()).contains("gave up after 3 attempts", "requestsPerMinute");
    }

    @Test
    void forbiddenAndParameterErrorsFromRemotesOtherBodyShapes() throws Exception {
        try (CannedServer forbidden = new CannedServer(403, "{\"message\":\"Forbidden\"}");
                CannedServer parameter = new CannedServer(400, "{\"message\":[{\"code\":\"invalid_param\","
                        + "\"message\":\"is not a date\",\"param\":\"start_date\"}]}")) {
            RemoteApiException e = failure(withToken("listTimeoff") + "&baseUrl=" + forbidden.url(), Map.of(), null);
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.getMessage()).contains("lacks the scope for listTimeoff");

            e = failure(withToken("listTimeoff") + "&baseUrl=" + parameter.url(), Map.of(), null);
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("invalid_param");
            assertThat(e.param()).isEqualTo("start_date");
            assertThat(e.apiMessage()).isEqualTo("start_date: is not a date");
        }
    }

    /** A loopback server answering every request with one status and body. */
    static final class CannedServer implements AutoCloseable {
        private final HttpServer server;

        CannedServer(int status, String body) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
