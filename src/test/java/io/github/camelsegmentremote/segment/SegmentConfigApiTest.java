package io.github.camelsegmentremote.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentWorld;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The legacy Config API (apiFamily=config) with a Config API token: reads for migrating a workspace. */
class SegmentConfigApiTest extends CamelTestSupport {

    private static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().sourcesPerWorkspace(40).start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private static String config(String operation, String token, String options) {
        return "segment:" + operation + "?apiFamily=config&token=RAW(" + token + ")&baseUrl="
                + sandbox.configApi().baseUrl() + (options.isEmpty() ? "" : "&" + options);
    }

    private static String config(String operation, String options) {
        return config(operation, SandboxTokens.SEGMENT_CONFIG_API_TOKEN, options);
    }

    @Test
    void listsTheTokensWorkspaces() {
        List<JsonNode> workspaces = items(config("listWorkspaces", ""));
        assertThat(workspaces).hasSize(1);
        assertThat(workspaces.get(0).path("name").asText()).isEqualTo("workspaces/" + SegmentWorld.US_WORKSPACE);
    }

    @Test
    void pagesOverAllSourcesWithPageTokens() {
        int total = sandbox.segmentWorld().us().sourceCount();
        List<JsonNode> sources = items(config("listSources", "pageSize=10&workspace=" + SegmentWorld.US_WORKSPACE));
        assertThat(sources).hasSize(total);
        assertThat(sources).extracting(s -> s.path("name").asText()).doesNotHaveDuplicates()
                .contains("workspaces/sandbox-us/sources/remote-hr");
    }

    @Test
    void readsOnePageAndItsNextPageToken() {
        Exchange first = template.request(config("listSources", "pageSize=10&allPages=false"),
                e -> e.getIn().setHeader(SegmentConstants.WORKSPACE, SegmentWorld.US_WORKSPACE));
        assertThat(first.getException()).isNull();
        assertThat(first.getMessage().getBody(List.class)).hasSize(10);
        String next = first.getMessage().getHeader(SegmentConstants.NEXT_CURSOR, String.class);
        assertThat(next).isNotBlank();

        Map<String, Object> headers = new HashMap<>();
        headers.put(SegmentConstants.WORKSPACE, SegmentWorld.US_WORKSPACE);
        headers.put(SegmentConstants.CURSOR, next);
        Exchange second = template.request(config("listSources", "pageSize=10"), e -> e.getIn().setHeaders(headers));
        assertThat(second.getMessage().getBody(List.class)).hasSize(10)
                .doesNotContainAnyElementsOf(first.getMessage().getBody(List.class));
    }

    @Test
    void getsOneSourceBySlug() {
        JsonNode source = template.requestBody(config("getSource", "workspace=" + SegmentWorld.US_WORKSPACE
                + "&source=" + SegmentWorld.HR_SOURCE_SLUG), (Object) null, JsonNode.class);
        assertThat(source.path("write_keys").path(0).asText()).isEqualTo(SandboxTokens.SEGMENT_WRITE_KEY);
    }

    @Test
    void publicApiTokenIsRefusedWithAHint() {
        assertThatThrownBy(() -> template.requestBody(config("listWorkspaces", SandboxTokens.SEGMENT_US_TOKEN, ""),
                (Object) null))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOf(SegmentApiException.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("Config API access tokens")
                .hasMessageContaining("apiFamily=public")
                .hasMessageNotContaining(SandboxTokens.SEGMENT_US_TOKEN);
    }

    @Test
    void sendsNoPublicApiVersionHeader() {
        SegmentEndpoint endpoint = context.getEndpoint(config("listWorkspaces", ""), SegmentEndpoint.class);
        RecordingHttpClient wire = new RecordingHttpClient();
        endpoint.getConfiguration().setHttpClient(wire.client());
        template.requestBody(endpoint, (Object) null);
        assertThat(wire.last().accept()).isEqualTo("application/json");
        assertThat(wire.last().uri()).startsWith("/v1beta/workspaces?page_size=");
    }

    private List<JsonNode> items(String uri) {
        List<JsonNode> items = new ArrayList<>();
        template.requestBody(uri, (Object) null, Iterable.class).forEach(i -> items.add((JsonNode) i));
        return items;
    }
}
