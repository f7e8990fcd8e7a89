package io.github.camelsegmentremote.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** Placeholder replaced by the simulator's implementation. */
public final class RemoteSimulator implements Simulator {

    public RemoteSimulator(SandboxOptions options) {
    }

    @Override
    public String name() {
        return "RemoteSimulator";
    }

    @Override
    public void register(SandboxServer server) {
    }

    @Override
    public SandboxResponse error(int status, String type, String message) {
        return SandboxResponse.json(status, java.util.Map.of("message", message));
    }

    @Override
    public SandboxResponse rateLimited(long retryAfterMillis) {
        return error(429, "RateLimit", "Too many requests");
    }

    @Override
    public JsonNode inspect() {
        return SandboxJson.object();
    }

    @Override
    public void reset() {
    }
}
