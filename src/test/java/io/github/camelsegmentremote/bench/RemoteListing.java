package io.github.camelsegmentremote.bench;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.sandbox.SandboxJson;

/**
 * Remote's employment list as the hand-written variants read it: {@code GET /v1/employments?page=&page_size=100}
 * with a bearer token, {@code data.employments} and {@code data.total_pages} from the answer.
 *
 * @param items      the page's employments
 * @param totalPages pages in the whole list
 */
record RemoteListing(JsonNode items, int totalPages) {

    static String url(BenchTarget target, int page) {
        return target.remoteBaseUrl() + "/v1/employments?page=" + page + "&page_size=" + BenchTarget.PAGE_SIZE;
    }

    static RemoteListing parse(InputStream body) throws IOException {
        JsonNode data = SandboxJson.MAPPER.readTree(body).path("data");
        return new RemoteListing(data.path("employments"), data.path("total_pages").asInt());
    }

    boolean hasMoreAfter(int page) {
        return page < totalPages;
    }
}
