package io.github.camelsegmentremote.reliability;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The credential mix-ups people make, each diagnosed with a message that names the fix and never the credential:
 * a Remote token of the other environment (caught before any call, at the shipped route's start), a token the
 * server refuses, a Public API token against the other region's host (both ways), a write key against the other
 * region's Tracking host, and a legacy Config API token on the Public API.
 */
class CredentialMistakesTest {

    private static Sandbox sandbox;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().employees(10).start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void aProductionTokenWithTheSandboxEnvironmentStopsTheShippedRouteBeforeAnyCall() throws Exception {
        String failure = shippedRouteStartFailure("sandbox", SandboxTokens.REMOTE_LIVE_TOKEN);
        assertThat(failure).contains("Option token holds a production token (prefix ra_live_)",
                "option environment is sandbox", "set environment=production")
                .doesNotContain(SandboxTokens.REMOTE_LIVE_TOKEN);
    }

    @Test
    void aSandboxTokenWithTheProductionEnvironmentStopsTheShippedRouteBeforeAnyCall() throws Exception {
        String failure = shippedRouteStartFailure("production", SandboxTokens.REMOTE_TOKEN);
        assertThat(failure).contains("Option token holds a sandbox token (prefix ra_test_)",
                "option environment is production", "set environment=sandbox")
                .doesNotContain(SandboxTokens.REMOTE_TOKEN);
        assertThat(sandbox.remote().stats().path("requests").asLong()).as("no call was made").isZero();
    }

    @Test
    void aTokenRemoteRefusesNamesTheEnvironmentAndBothPrefixes() throws Exception {
        String token = "oauth-access-token-of-another-environment";
        String failure = failure("remote:listCompanies?environment=sandbox&token=RAW(" + token + ")&baseUrl="
                + sandbox.remote().baseUrl(), null);
        assertThat(failure).contains("HTTP 401", "Remote refused option token", "environment=sandbox",
                "ra_live_", "ra_test_").doesNotContain(token);
    }

    @Test
    void anEuPublicApiTokenAgainstTheUsHostSaysSetRegionEu() throws Exception {
        String failure = failure("segment:getWorkspace?token=RAW(" + SandboxTokens.SEGMENT_EU_TOKEN + ")&baseUrl="
                + sandbox.segmentUs().baseUrl(), null);
        assertThat(failure).contains("HTTP 401", "This call used region=us", "app.eu.segment.com",
                "set region=eu").doesNotContain(SandboxTokens.SEGMENT_EU_TOKEN);
    }

    @Test
    void aUsPublicApiTokenAgainstTheEuHostSaysSetRegionUs() throws Exception {
        String failure = failure("segment:getWorkspace?region=eu&token=RAW(" + SandboxTokens.SEGMENT_US_TOKEN
                + ")&baseUrl=" + sandbox.segmentEu().baseUrl(), null);
        assertThat(failure).contains("HTTP 401", "This call used region=eu", "set region=us")
                .doesNotContain(SandboxTokens.SEGMENT_US_TOKEN);
    }

    @Test
    void aUsWriteKeyAgainstTheEuTrackingHostSaysSetRegionUs() throws Exception {
        String failure = failure("segment:identify?batchSize=1&region=eu&writeKey=RAW("
                + SandboxTokens.SEGMENT_WRITE_KEY + ")&baseUrl=" + sandbox.trackingEu().baseUrl(),
                Map.of("userId", "u1"));
        assertThat(failure).contains("HTTP 401", "Check option writeKey", "region=eu", "set region=us")
                .doesNotContain(SandboxTokens.SEGMENT_WRITE_KEY);
    }

    @Test
    void aConfigApiTokenOnThePublicApiNamesApiFamilyConfig() throws Exception {
        String failure = failure("segment:listSources?token=RAW(" + SandboxTokens.SEGMENT_CONFIG_API_TOKEN
                + ")&baseUrl=" + sandbox.segmentUs().baseUrl(), null);
        assertThat(failure).contains("HTTP 401", "Legacy Config API tokens do not work on the Public API",
                "apiFamily=config", "create a Public API token")
                .doesNotContain(SandboxTokens.SEGMENT_CONFIG_API_TOKEN);
    }

    @Test
    void aPublicApiTokenOnTheConfigApiNamesApiFamilyPublic() throws Exception {
        String failure = failure("segment:listWorkspaces?apiFamily=config&token=RAW(" + SandboxTokens.SEGMENT_US_TOKEN
                + ")&baseUrl=" + sandbox.configApi().baseUrl(), null);
        assertThat(failure).contains("HTTP 401", "takes only Config API access tokens", "apiFamily=public")
                .doesNotContain(SandboxTokens.SEGMENT_US_TOKEN);
    }

    /** The shipped sync route with a Remote token and environment that do not match: the start failure. */
    private String shippedRouteStartFailure(String environment, String token) throws Exception {
        sandbox.remote().resetStats();
        Properties properties = ShippedRoutes.properties(sandbox, dataDir, 3_600_000);
        properties.put("remote.environment", environment);
        properties.put("remote.token", token);
        try (CamelContext context = ShippedRoutes.context(properties, 5, 1, ShippedRoutes.SYNC_ROUTE)) {
            StringBuilder messages = new StringBuilder();
            assertThatThrownBy(context::start).satisfies(e -> {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    messages.append(t.getMessage()).append('\n');
                }
            });
            return messages.toString();
        }
    }

    /** Sends to an endpoint and returns the failure's messages, cause chain included. */
    private static String failure(String uri, Object body) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Exchange result = context.createProducerTemplate().send(uri, e -> e.getMessage().setBody(body));
            assertThat(result.getException()).as(uri).isNotNull();
            StringBuilder messages = new StringBuilder();
            for (Throwable t = result.getException(); t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            return messages.toString();
        }
    }
}
