package io.github.camelsegmentremote.segment;

import java.util.ArrayList;
import java.util.List;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.segment.model.Source;
import io.github.camelsegmentremote.segment.model.Workspace;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Workspaces with their own tokens and regions side by side in one CamelContext, and the wrong-region hint. */
class SegmentRegionsTest extends CamelTestSupport {

    private static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private static String segmentUri(String operation, String token, String region, String baseUrl) {
        return "segment:" + operation + "?token=RAW(" + token + ")&region=" + region + "&baseUrl=" + baseUrl;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:us").to(segmentUri("getWorkspace", SandboxTokens.SEGMENT_US_TOKEN, "us",
                        sandbox.segmentUs().baseUrl()));
                from("direct:staging").to(segmentUri("getWorkspace", SandboxTokens.SEGMENT_US_STAGING_TOKEN, "us",
                        sandbox.segmentUs().baseUrl()));
                from("direct:eu").to(segmentUri("getWorkspace", SandboxTokens.SEGMENT_EU_TOKEN, "eu",
                        sandbox.segmentEu().baseUrl()));
            }
        };
    }

    @Test
    void threeWorkspacesWithTheirOwnTokensInOneContext() {
        // Twice over, interleaved: no endpoint borrows another's token or host.
        for (int i = 0; i < 2; i++) {
            assertThat(template.requestBody("direct:us", null, Workspace.class).getSlug()).isEqualTo("sandbox-us");
            assertThat(template.requestBody("direct:eu", null, Workspace.class).getSlug()).isEqualTo("sandbox-eu");
            assertThat(template.requestBody("direct:staging", null, Workspace.class).getSlug())
                    .isEqualTo("sandbox-us-staging");
        }
    }

    @Test
    void sameOperationWithTwoTokensListsTwoWorkspaces() {
        List<String> us = slugs(segmentUri("listSources", SandboxTokens.SEGMENT_US_TOKEN, "us",
                sandbox.segmentUs().baseUrl()));
        List<String> eu = slugs(segmentUri("listSources", SandboxTokens.SEGMENT_EU_TOKEN, "eu",
                sandbox.segmentEu().baseUrl()));
        assertThat(us).contains("remote-hr", "web-app");
        assertThat(eu).containsExactly("remote-hr");
    }

    private List<String> slugs(String uri) {
        List<String> slugs = new ArrayList<>();
        template.requestBody(uri, (Object) null, Iterable.class).forEach(s -> slugs.add(((Source) s).getSlug()));
        return slugs;
    }

    @Test
    void euTokenOnTheUsHostGetsTheRegionHint() {
        String uri = segmentUri("getWorkspace", SandboxTokens.SEGMENT_EU_TOKEN, "us", sandbox.segmentUs().baseUrl());
        assertThatThrownBy(() -> template.requestBody(uri, (Object) null))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOf(SegmentApiException.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("region=us")
                .hasMessageContaining("set region=eu")
                .hasMessageContaining("app.eu.segment.com")
                .hasMessageNotContaining(SandboxTokens.SEGMENT_EU_TOKEN);
    }

    @Test
    void usTokenOnTheEuHostGetsTheRegionHint() {
        String uri = segmentUri("getWorkspace", SandboxTokens.SEGMENT_US_TOKEN, "eu", sandbox.segmentEu().baseUrl());
        assertThatThrownBy(() -> template.requestBody(uri, (Object) null))
                .cause()
                .isInstanceOf(SegmentApiException.class)
                .satisfies(e -> assertThat(((SegmentApiException) e).status()).isEqualTo(401))
                .hasMessageContaining("set region=us")
                .hasMessageNotContaining(SandboxTokens.SEGMENT_US_TOKEN);
    }

    @Test
    void configApiTokenOnThePublicApiIsRefusedWithAHint() {
        String uri = segmentUri("getWorkspace", SandboxTokens.SEGMENT_CONFIG_API_TOKEN, "us",
                sandbox.segmentUs().baseUrl());
        assertThatThrownBy(() -> template.requestBody(uri, (Object) null))
                .cause()
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("Legacy Config API tokens do not work on the Public API")
                .hasMessageNotContaining(SandboxTokens.SEGMENT_CONFIG_API_TOKEN);
    }

    @Test
    void regionDecidesTheHostWhenNoBaseUrlIsSet() {
        SegmentEndpoint eu = context.getEndpoint("segment:getWorkspace?token=RAW(x)&region=eu",
                SegmentEndpoint.class);
        SegmentEndpoint us = context.getEndpoint("segment:getWorkspace?token=RAW(x)", SegmentEndpoint.class);
        try (var euClient = eu.createPublicApiClient(); var usClient = us.createPublicApiClient()) {
            assertThat(euClient.baseUrl()).isEqualTo("https://eu1.api.segmentapis.com");
            assertThat(usClient.baseUrl()).isEqualTo("https://api.segmentapis.com");
        }
    }
}
