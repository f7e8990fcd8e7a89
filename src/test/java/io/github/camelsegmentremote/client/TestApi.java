package io.github.camelsegmentremote.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.sandbox.SandboxJson;
import io.github.camelsegmentremote.sandbox.SandboxRequest;
import io.github.camelsegmentremote.sandbox.SandboxResponse;
import io.github.camelsegmentremote.sandbox.SandboxServer;
import io.github.camelsegmentremote.sandbox.Simulator;

/**
 * A small API for the client core's tests, served over real HTTP by the sandbox server: routes are added per
 * test, every received request is recorded, errors use Segment's envelope.
 */
final class TestApi implements Simulator {

    final List<SandboxRequest> received = new CopyOnWriteArrayList<>();
    private SandboxServer server;

    static TestApi start() {
        TestApi api = new TestApi();
        api.server = new SandboxServer(api, 7).start(0);
        return api;
    }

    SandboxServer server() {
        return server;
    }

    String baseUrl() {
        return server.baseUrl();
    }

    TestApi on(String method, String path, io.github.camelsegmentremote.sandbox.SandboxHandler handler) {
        server.route(method, path, request -> {
            received.add(request);
            return handler.handle(request);
        });
        return this;
    }

    void stop() {
        server.close();
    }

    @Override
    public String name() {
        return "test-api";
    }

    @Override
    public void register(SandboxServer server) {
    }

    @Override
    public SandboxResponse error(int status, String type, String message) {
        return SandboxResponse.json(status, Map.of("errors", List.of(Map.of("type",
                type == null ? "error" : type, "message", message))));
    }

    @Override
    public SandboxResponse rateLimited(long retryAfterMillis) {
        return error(429, "RequestError", "Too many requests")
                .header("Retry-After", String.valueOf(Math.max(1, retryAfterMillis / 1000)));
    }

    @Override
    public JsonNode inspect() {
        return SandboxJson.object().put("received", received.size());
    }

    @Override
    public void reset() {
        received.clear();
    }
}
