package io.github.camelsegmentremote.remote;

import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the remote producer refuses before anything is sent, each with a message naming the option and the fix:
 * nothing listens on the base URL these endpoints use, so a call that went out would fail differently.
 */
class RemoteRequestChecksTest {

    /** A loopback port nothing listens on (the discard port). */
    private static final String NOWHERE = "http://127.0.0.1:9";

    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void start() {
        camel = new DefaultCamelContext();
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void theWrongEnvironmentMessageNamesTheUrlActuallyCalled() {
        assertThatThrownBy(() -> template.send("remote:listEmployments?environment=production&baseUrl=" + NOWHERE
                + "&token=RAW(" + SandboxTokens.REMOTE_TOKEN + ")", e -> {
                }))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("option environment is production (calls go to " + NOWHERE + ")")
                .hasMessageNotContaining("gateway.remote.com")
                .hasMessageNotContaining(SandboxTokens.REMOTE_TOKEN);
    }

    @Test
    void aPageBelowOneIsRefusedBeforeTheCall() {
        Exchange exchange = template.send("remote:listEmployments?environment=sandbox&baseUrl=" + NOWHERE
                + "&token=RAW(" + SandboxTokens.REMOTE_TOKEN + ")&allPages=false",
                e -> e.getMessage().setHeader(RemoteConstants.PARAMETERS, java.util.Map.of("page", 0)));
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Option page (or parameter 'page') must be a whole number of at least 1, was 0");
    }

    @Test
    void theTokenEndpointNeedsTheOAuth2ClientNotTheApiToken() {
        Exchange exchange = template.send("remote:createAuthOauth2Token?environment=sandbox&baseUrl=" + NOWHERE
                + "&token=RAW(" + SandboxTokens.REMOTE_TOKEN + ")", e -> e.getMessage().setBody("{}"));
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HTTP Basic").hasMessageContaining("set options clientId and clientSecret");
    }

    @Test
    void anUploadWithoutAFileIsRefusedNamingTheWaysToSendOne() {
        Exchange exchange = template.send("remote:createDocument?environment=sandbox&baseUrl=" + NOWHERE
                + "&token=RAW(" + SandboxTokens.REMOTE_TOKEN + ")", e -> e.getMessage().setBody(
                        java.util.Map.of("employment_id", "e1", "type", "contract")));
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uploads a file (multipart/form-data)")
                .hasMessageContaining(RemoteConstants.FORM_FIELDS);
    }
}
