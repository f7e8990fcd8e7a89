package io.github.camelsegmentremote.remote;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.Secret;
import io.github.camelsegmentremote.sandbox.RemoteSimulator;
import io.github.camelsegmentremote.sandbox.RemoteWebhookDelivery;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The webhook consumer over camel-platform-http (Vert.x engine on a loopback port): deliveries from the Remote
 * simulator, and crafted ones that must be refused.
 */
class RemoteWebhookTest extends CamelTestSupport {

    private static final String KEY = SandboxTokens.REMOTE_SIGNING_KEY;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.defaults();

    private int port;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RemoteTesting.useSandbox(context, SANDBOX.sandbox());
        port = RemoteTesting.platformHttp(context);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("remote:webhook?signingKey=RAW(" + KEY + ")&webhookMaxBodySize=2000").routeId("hooks")
                        .filter(header(RemoteConstants.EMPLOYMENT_ID).isEqualTo("fail-me"))
                            .throwException(new IllegalStateException("downstream failed"))
                        .end()
                        .to("mock:event");
            }
        };
    }

    @AfterEach
    void resetSandbox() {
        SANDBOX.sandbox().reset();
    }

    private RemoteSimulator simulator() {
        return SANDBOX.sandbox().remoteSimulator();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private HttpResponse<String> post(String path, String body, String timestamp, String signature)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header(RemoteWebhookSignature.TIMESTAMP_HEADER, timestamp);
        }
        if (signature != null) {
            request.header(RemoteWebhookSignature.SIGNATURE_HEADER, signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postSigned(String body, long timestamp) throws Exception {
        String ts = Long.toString(timestamp);
        return post("/remote/webhooks", body, ts, RemoteWebhookSignature.sign(Secret.of(KEY),
                body.getBytes(StandardCharsets.UTF_8), ts));
    }

    private static String event(String employmentId) {
        return "{\"company_id\":\"c-1\",\"employment_id\":\"" + employmentId
                + "\",\"event_type\":\"employment.details.updated\"}";
    }

    @Test
    void aDeliveryFromRemoteIsRoutedWithItsHeadersAndAnswered200() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:event");
        mock.expectedMessageCount(1);
        String id = simulator().seededEmploymentId(3);
        simulator().registerWebhook(url("/remote/webhooks"), List.of());
        assertThat(simulator().triggerWebhook("employment.onboarding.completed", id)).isEqualTo(1);
        mock.assertIsSatisfied();
        var message = mock.getExchanges().get(0).getMessage();
        assertThat(message.getHeader(RemoteConstants.EVENT_TYPE)).isEqualTo("employment.onboarding.completed");
        assertThat(message.getHeader(RemoteConstants.EMPLOYMENT_ID)).isEqualTo(id);
        assertThat(message.getHeader(RemoteConstants.WEBHOOK_TIMESTAMP, Long.class)).isPositive();
        assertThat(message.getBody(JsonNode.class).path("company_id").asText()).isEqualTo(simulator().companyId());
        await().atMost(Duration.ofSeconds(5)).until(() -> !simulator().deliveries().isEmpty());
        assertThat(simulator().deliveries()).extracting(RemoteWebhookDelivery::status).containsExactly(200);
    }

    @Test
    void missingForgedAndReplayedSignaturesAreRefused() throws Exception {
        long now = System.currentTimeMillis();
        String body = event("e-1");
        String ts = Long.toString(now);
        assertThat(post("/remote/webhooks", body, ts, null).statusCode()).isEqualTo(401);
        assertThat(post("/remote/webhooks", body, ts, "00" + RemoteWebhookSignature.sign(Secret.of(KEY),
                body.getBytes(StandardCharsets.UTF_8), ts).substring(2)).statusCode()).isEqualTo(401);
        assertThat(post("/remote/webhooks", body, ts, RemoteWebhookSignature.sign(Secret.of("another-key"),
                body.getBytes(StandardCharsets.UTF_8), ts)).statusCode()).isEqualTo(401);
        HttpResponse<String> stale = postSigned(body, now - Duration.ofMinutes(10).toMillis());
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(stale.body()).contains("tolerance").doesNotContain(KEY);
        assertThat(postSigned(body, now + Duration.ofMinutes(10).toMillis()).statusCode()).isEqualTo(401);
        assertThat(post("/remote/webhooks", body, "yesterday", "ab").statusCode()).isEqualTo(400);
        assertThat(post("/remote/webhooks", body, null, "ab").statusCode()).isEqualTo(400);
        getMockEndpoint("mock:event").expectedMessageCount(0);
        getMockEndpoint("mock:event").assertIsSatisfied();
    }

    @Test
    void oversizedAndNonJsonBodiesAreRefused() throws Exception {
        long now = System.currentTimeMillis();
        String oversized = "{\"event_type\":\"x.y\",\"pad\":\"" + "x".repeat(2500) + "\"}";
        assertThat(postSigned(oversized, now).statusCode()).isEqualTo(413);
        assertThat(postSigned("event_type=x.y", now).statusCode()).isEqualTo(400);
        assertThat(postSigned("[1,2]", now).statusCode()).isEqualTo(400);
        getMockEndpoint("mock:event").expectedMessageCount(0);
        getMockEndpoint("mock:event").assertIsSatisfied();
    }

    @Test
    void aRepeatedDeliveryIsAnsweredButRoutedOnce() throws Exception {
        long now = System.currentTimeMillis();
        String body = event("e-2");
        assertThat(postSigned(body, now).statusCode()).isEqualTo(200);
        assertThat(postSigned(body, now).statusCode()).isEqualTo(200);
        assertThat(postSigned(body, now + 1).statusCode()).as("a new delivery of the same event").isEqualTo(200);
        getMockEndpoint("mock:event").expectedMessageCount(2);
        getMockEndpoint("mock:event").assertIsSatisfied();
    }

    @Test
    void aDeliveryIsAnswered2xxOnlyWhenTheRouteSucceeded() throws Exception {
        long now = System.currentTimeMillis();
        HttpResponse<String> failed = postSigned(event("fail-me"), now);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("deliver again").doesNotContain("downstream failed");
        // Remote delivers it again; a failed delivery was not remembered, so the same one is routed again.
        assertThat(postSigned(event("fail-me"), now).statusCode()).isEqualTo(500);
        assertThat(postSigned(event("e-3"), now).statusCode()).isEqualTo(200);
        getMockEndpoint("mock:event").expectedMessageCount(1);
        getMockEndpoint("mock:event").assertIsSatisfied();
    }

    @Test
    void autoRegistrationUsesTheReturnedSigningKeyAndDeletesTheCallbackAtStop() throws Exception {
        String path = "/hooks/auto";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("remote:webhook?webhookAutoRegister=true&webhookPath=" + path + "&webhookExternalUrl="
                        + url(path) + "&webhookEvents=employment.details.updated,employment.status.updated")
                        .routeId("auto").to("mock:auto");
            }
        });
        assertThat(simulator().webhooks()).singleElement().satisfies(callback -> {
            assertThat(callback.url()).isEqualTo(url(path));
            assertThat(callback.subscribedEvents()).containsExactly("employment.details.updated",
                    "employment.status.updated");
        });
        MockEndpoint mock = getMockEndpoint("mock:auto");
        mock.expectedHeaderReceived(RemoteConstants.EVENT_TYPE, "employment.details.updated");
        simulator().triggerWebhook("employment.details.updated", simulator().seededEmploymentId(1));
        mock.assertIsSatisfied();

        context.getRouteController().stopRoute("auto");
        assertThat(simulator().webhooks()).isEmpty();
    }
}
