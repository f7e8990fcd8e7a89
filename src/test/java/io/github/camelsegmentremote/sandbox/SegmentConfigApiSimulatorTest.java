package io.github.camelsegmentremote.sandbox;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.camelsegmentremote.sandbox.SegmentHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

class SegmentConfigApiSimulatorTest {

    private static final String TOKEN = bearer(SandboxTokens.SEGMENT_CONFIG_API_TOKEN);

    private static Sandbox sandbox;
    private static SegmentHttp config;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().sourcesPerWorkspace(30).start();
        config = new SegmentHttp(sandbox.configApi().baseUrl());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void listsTheTokensWorkspace() {
        SegmentHttp.Answer answer = config.get("/v1beta/workspaces", TOKEN);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("workspaces")).hasSize(1);
        assertThat(answer.json().path("workspaces").path(0).path("name").asText())
                .isEqualTo("workspaces/sandbox-us");
        assertThat(config.get("/v1beta/workspaces/sandbox-us", TOKEN).json().path("display_name").asText())
                .isEqualTo("Sandbox US");
    }

    @Test
    void pagesSourcesWithNextPageToken() {
        List<String> names = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            SegmentHttp.Answer page = config.get("/v1beta/workspaces/sandbox-us/sources?page_size=7"
                    + (token.isEmpty() ? "" : "&page_token=" + token), TOKEN);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("sources").size()).isLessThanOrEqualTo(7);
            page.json().path("sources").forEach(s -> names.add(s.path("name").asText()));
            token = page.json().path("next_page_token").asText();
            pages++;
        } while (!token.isEmpty());

        assertThat(pages).isEqualTo(5);
        assertThat(names).hasSize(31).doesNotHaveDuplicates()
                .contains("workspaces/sandbox-us/sources/remote-hr", "workspaces/sandbox-us/sources/backend-30");
    }

    @Test
    void sourcesCarryCatalogAndWriteKeys() {
        JsonNode hr = config.get("/v1beta/workspaces/sandbox-us/sources/remote-hr", TOKEN).json();

        assertThat(hr.path("parent").asText()).isEqualTo("workspaces/sandbox-us");
        assertThat(hr.path("catalog_name").asText()).isEqualTo("catalog/sources/http-api");
        assertThat(hr.path("catalog_id").asText()).isEqualTo(SegmentCatalog.HTTP_API_SOURCE_ID);
        assertThat(hr.path("write_keys").path(0).asText()).isEqualTo(SandboxTokens.SEGMENT_WRITE_KEY);
        assertThat(config.get("/v1beta/workspaces/sandbox-us/sources", TOKEN).json().path("sources")).hasSize(10);
    }

    @Test
    void publicApiTokensAndUnknownTokensAreUnauthenticated() {
        SegmentHttp.Answer publicToken = config.get("/v1beta/workspaces", bearer(SandboxTokens.SEGMENT_US_TOKEN));
        SegmentHttp.Answer unknown = config.get("/v1beta/workspaces", bearer("nope"));

        assertThat(publicToken.status()).isEqualTo(401);
        assertThat(publicToken.json().path("code").asInt()).isEqualTo(16);
        assertThat(publicToken.json().path("error").asText()).contains("Public API token");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(config.get("/v1beta/workspaces", null).status()).isEqualTo(401);
    }

    @Test
    void errorsUseTheLegacyShape() {
        SegmentHttp.Answer otherWorkspace = config.get("/v1beta/workspaces/sandbox-eu/sources", TOKEN);
        SegmentHttp.Answer badToken = config.get("/v1beta/workspaces/sandbox-us/sources?page_token=%21", TOKEN);
        SegmentHttp.Answer badSize = config.get("/v1beta/workspaces/sandbox-us/sources?page_size=-1", TOKEN);

        assertThat(otherWorkspace.status()).isEqualTo(404);
        assertThat(otherWorkspace.json().path("code").asInt()).isEqualTo(5);
        assertThat(badToken.status()).isEqualTo(400);
        assertThat(badToken.json().path("code").asInt()).isEqualTo(3);
        assertThat(badSize.status()).isEqualTo(400);
    }
}
