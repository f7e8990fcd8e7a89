package io.github.camelsegmentremote.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.remote.RemotePageNumberPagination;
import io.github.camelsegmentremote.sandbox.SandboxResponse;
import io.github.camelsegmentremote.segment.ConfigApiTokenPagination;
import io.github.camelsegmentremote.segment.SegmentCursorPagination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client's lazy paging with each API's strategy (the strategies live in their components). */
class PaginationTest {

    private static final int ITEMS = 95;

    private TestApi api;
    private ApiClient client;

    @BeforeEach
    void start() {
        api = TestApi.start();
        client = ApiClient.builder().baseUrl(api.baseUrl()).errorHandler(new TestErrors()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        api.stop();
    }

    private static List<Map<String, Object>> items(int from, int to) {
        List<Map<String, Object>> items = new ArrayList<>();
        IntStream.range(from, Math.min(to, ITEMS)).forEach(i -> items.add(Map.of("id", "item-" + i)));
        return items;
    }

    @Test
    void segmentCursorPagesLazilyThroughEveryItem() {
        api.on("GET", "/sources", r -> {
            int count = r.queryInt("pagination.count", 10);
            int offset = r.query("pagination.cursor") == null ? 0 : Integer.parseInt(r.query("pagination.cursor"));
            Map<String, Object> pagination = new java.util.HashMap<>(Map.of("current", String.valueOf(offset),
                    "totalEntries", ITEMS));
            if (offset + count < ITEMS) {
                pagination.put("next", String.valueOf(offset + count));
            }
            return SandboxResponse.json(200, Map.of("data", Map.of("sources", items(offset, offset + count),
                    "pagination", pagination)));
        });
        PagedIterable sources = client.paginate(ApiRequest.get("/sources"), new SegmentCursorPagination(null), 20);

        Iterator<JsonNode> it = sources.iterator();
        assertThat(it.next().path("id").asText()).isEqualTo("item-0");
        assertThat(api.received).as("only the first page is fetched for the first item").hasSize(1);

        List<String> ids = sources.stream().map(n -> n.path("id").asText()).toList();
        assertThat(ids).hasSize(ITEMS).doesNotHaveDuplicates().endsWith("item-94");
        assertThat(api.received).hasSize(1 + 5);
        assertThat(api.received.get(2).query("pagination.cursor")).isEqualTo("20");
        assertThat(api.received.get(2).query("pagination.count")).isEqualTo("20");
        assertThat(sources.firstPage().totalCount()).isEqualTo(ITEMS);
    }

    @Test
    void remotePageNumbersUntilTotalPages() {
        api.on("GET", "/v1/employments", r -> {
            int size = r.queryInt("page_size", 20);
            int page = r.queryInt("page", 1);
            int totalPages = (ITEMS + size - 1) / size;
            return SandboxResponse.json(200, Map.of("data", Map.of("employments",
                    items((page - 1) * size, page * size), "current_page", page, "total_pages", totalPages,
                    "total_count", ITEMS)));
        });
        PagedIterable employments = client.paginate(ApiRequest.builder("GET", "/v1/employments")
                .query("status", "active").build(), new RemotePageNumberPagination("employments"), 100);
        assertThat(employments).hasSize(ITEMS);

        List<Page> pages = new ArrayList<>();
        client.paginate(ApiRequest.get("/v1/employments"), new RemotePageNumberPagination(null), 30).pages()
                .forEach(pages::add);
        assertThat(pages).extracting(Page::number).containsExactly(1, 2, 3, 4);
        assertThat(pages.get(3).items()).hasSize(5);
        assertThat(pages.get(0).totalPages()).isEqualTo(4);
        assertThat(api.received.get(0).query("status")).isEqualTo("active");
    }

    @Test
    void remotePagesAreCountedHereNotTakenFromTheAnswer() {
        // The spec lets current_page be any integer; page 2 must follow page 1 whatever it says.
        api.on("GET", "/v1/timeoffs", r -> {
            int page = r.queryInt("page", 1);
            return SandboxResponse.json(200, Map.of("data", Map.of("timeoffs", items((page - 1) * 10, page * 10),
                    "current_page", 7, "total_pages", 3)));
        });
        List<Page> pages = new ArrayList<>();
        client.paginate(ApiRequest.get("/v1/timeoffs"), new RemotePageNumberPagination(null), 10).pages()
                .forEach(pages::add);
        assertThat(pages).extracting(Page::number).containsExactly(1, 2, 3);
        assertThat(api.received).extracting(r -> r.query("page")).containsExactly("1", "2", "3");
    }

    @Test
    void remotePagingStopsOnAnEmptyPageWithoutTotals() {
        api.on("GET", "/v1/incentives", r -> SandboxResponse.json(200, Map.of("data", Map.of("incentives",
                items((r.queryInt("page", 1) - 1) * 40, r.queryInt("page", 1) * 40)))));
        assertThat(client.paginate(ApiRequest.get("/v1/incentives"), new RemotePageNumberPagination(null), 40))
                .hasSize(ITEMS);
        assertThat(api.received).hasSize(4);
    }

    @Test
    void remoteEnvelopeWithImpossiblePageNumbersIsMalformed() {
        api.on("GET", "/v1/expenses", r -> SandboxResponse.json(200, Map.of("data", Map.of("expenses",
                items(0, 5), "current_page", -26953696, "total_pages", 4))));
        assertThatThrownBy(() -> client.paginate(ApiRequest.get("/v1/expenses"),
                new RemotePageNumberPagination(null), 5).firstPage())
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("current_page is -26953696");
        assertThat(api.received).hasSize(1);
    }

    @Test
    void configApiPageTokens() {
        api.on("GET", "/v1beta/workspaces/ws/sources", r -> {
            int size = r.queryInt("page_size", 10);
            int offset = r.query("page_token") == null ? 0 : Integer.parseInt(r.query("page_token"));
            String next = offset + size < ITEMS ? String.valueOf(offset + size) : "";
            return SandboxResponse.json(200, Map.of("sources", items(offset, offset + size),
                    "next_page_token", next));
        });
        assertThat(client.paginate(ApiRequest.get("/v1beta/workspaces/ws/sources"),
                new ConfigApiTokenPagination("sources"), 50)).hasSize(ITEMS);
        assertThat(api.received).hasSize(2);
    }
}
