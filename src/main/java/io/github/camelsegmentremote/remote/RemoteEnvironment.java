package io.github.camelsegmentremote.remote;

import io.github.camelsegmentremote.client.BaseUrls;

/**
 * The Remote environment an endpoint talks to. Remote API tokens are bound to one environment and say which by
 * their prefix: {@code ra_live_} for production, {@code ra_test_} for sandbox.
 */
public enum RemoteEnvironment {

    production(BaseUrls.REMOTE_PRODUCTION, "ra_live_"),
    sandbox(BaseUrls.REMOTE_SANDBOX, "ra_test_");

    private final String baseUrl;
    private final String tokenPrefix;

    RemoteEnvironment(String baseUrl, String tokenPrefix) {
        this.baseUrl = baseUrl;
        this.tokenPrefix = tokenPrefix;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The prefix of this environment's API tokens. */
    public String tokenPrefix() {
        return tokenPrefix;
    }

    public RemoteEnvironment other() {
        return this == production ? sandbox : production;
    }
}
