package io.github.camelsegmentremote.remote;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelsegmentremote.sandbox.RemoteOAuth;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer readiness check, and credentials kept out of endpoint descriptions and logs. */
class RemoteHealthAndSecretsTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.defaults();

    private static final String WRONG_TOKEN = "ra_test_revoked-token-000000000";
    private static final List<String> SECRETS = List.of(SandboxTokens.REMOTE_TOKEN, WRONG_TOKEN,
            RemoteOAuth.CLIENT_SECRET, RemoteOAuth.REFRESH_TOKEN, SandboxTokens.REMOTE_SIGNING_KEY);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RemoteTesting.useSandbox(context, SANDBOX.sandbox());
        context.getComponent("remote", RemoteComponent.class).getConfiguration().setToken(null);
        RemoteTesting.platformHttp(context);
        return context;
    }

    @AfterEach
    void resetSandbox() {
        SANDBOX.sandbox().reset();
    }

    private void route(String id, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + id).routeId(id).to(uri);
            }
        });
    }

    private Optional<HealthCheck.Result> readiness(String endpointId) {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals("producer:remote-" + endpointId)).findFirst();
    }

    /** The id of the remote: endpoint whose URI carries {@code resourceId=<marker>}. */
    private String endpointId(String marker) {
        return context.getEndpoints().stream().filter(e -> e instanceof RemoteEndpoint)
                .filter(e -> e.getEndpointUri().contains("resourceId=" + marker)).findFirst().map(e -> ((RemoteEndpoint) e).getId())
                .orElseThrow();
    }

    @Test
    void readinessIsUpWithWorkingCredentialsAndDownWithRefusedOnes() throws Exception {
        // Producer health checks are off in Camel unless enabled (camel.health.producersEnabled=true); checks
        // that are up are listed one by one at exposure level full only.
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        HealthCheckHelper.getHealthCheckRegistry(context).setExposureLevel("full");
        route("good", "remote:listEmployments?token=RAW(" + SandboxTokens.REMOTE_TOKEN + ")&resourceId=good");
        route("bad", "remote:listEmployments?token=RAW(" + WRONG_TOKEN + ")&resourceId=bad");

        HealthCheck.Result good = readiness(endpointId("good")).orElseThrow();
        assertThat(good.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(good.getDetails()).containsEntry("environment", "sandbox")
                .containsEntry("baseUrl", SANDBOX.sandbox().remote().baseUrl());

        HealthCheck.Result bad = readiness(endpointId("bad")).orElseThrow();
        assertThat(bad.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(bad.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 401);
        assertThat(bad.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("401")
                .doesNotContain(WRONG_TOKEN));
        assertThat(String.valueOf(bad.getDetails())).doesNotContain(WRONG_TOKEN);
    }

    @Test
    void endpointDescriptionsMaskEveryCredential() throws Exception {
        List<String> uris = List.of(
                "remote:listEmployments?token=RAW(" + SandboxTokens.REMOTE_TOKEN + ")",
                "remote:getEmployment?clientId=" + RemoteOAuth.CLIENT_ID + "&clientSecret=RAW("
                        + RemoteOAuth.CLIENT_SECRET + ")&refreshToken=RAW(" + RemoteOAuth.REFRESH_TOKEN + ")",
                "remote:webhook?signingKey=RAW(" + SandboxTokens.REMOTE_SIGNING_KEY + ")",
                "remote:webhook?signingKey=" + SandboxTokens.REMOTE_SIGNING_KEY + "&webhookPath=/other");
        for (String uri : uris) {
            Endpoint endpoint = context.getEndpoint(uri);
            // getEndpointUri() is the endpoint's identity in Camel (two tokens, two endpoints) and keeps the
            // values; every description Camel logs or exposes over JMX is the sanitized form.
            for (String shown : List.of(endpoint.toString(), URISupport.sanitizeUri(endpoint.getEndpointUri()),
                    String.valueOf(((RemoteEndpoint) endpoint).getServiceMetadata()))) {
                SECRETS.forEach(secret -> assertThat(shown).as(uri).doesNotContain(secret));
            }
        }
    }

    @Test
    void credentialsNeverReachTheLogs() throws Exception {
        String id = SANDBOX.sandbox().remoteSimulator().seededEmploymentId(1);
        try (LogCapture logs = LogCapture.root()) {
            route("token", "remote:getEmployment?token=RAW(" + SandboxTokens.REMOTE_TOKEN + ")");
            route("wrong", "remote:getEmployment?token=RAW(" + WRONG_TOKEN + ")");
            route("oauth", "remote:getEmployment?clientId=" + RemoteOAuth.CLIENT_ID + "&clientSecret=RAW("
                    + RemoteOAuth.CLIENT_SECRET + ")&refreshToken=RAW(" + RemoteOAuth.REFRESH_TOKEN + ")");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("remote:webhook?webhookAutoRegister=true&webhookExternalUrl=http://127.0.0.1:9/h&token=RAW("
                            + SandboxTokens.REMOTE_TOKEN + ")").routeId("hook").to("log:hook");
                }
            });
            Map<String, Object> headers = Map.of(RemoteConstants.EMPLOYMENT_ID, id);
            template.requestBodyAndHeaders("direct:token", null, headers);
            template.request("direct:wrong", e -> e.getMessage().setHeaders(new java.util.HashMap<>(headers)));
            template.requestBodyAndHeaders("direct:oauth", null, headers);
            context.getRouteController().stopRoute("hook");
            HealthCheckHelper.invokeReadiness(context);

            List<String> logged = logs.all();
            assertThat(logged).isNotEmpty().anyMatch(m -> m.contains("401"));
            for (String secret : SECRETS) {
                assertThat(logged).as("logs").noneMatch(m -> m.contains(secret));
            }
        }
    }
}
