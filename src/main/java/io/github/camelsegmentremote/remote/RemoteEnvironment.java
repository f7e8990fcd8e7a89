package io.github.camelsegmentremote.remote;

/**
 * The Remote environment an endpoint talks to. Remote API tokens are bound to one environment and say which by
 * their prefix: {@code ra_live_} for production, {@code ra_test_} for sandbox. Every endpoint also takes a
 * {@code baseUrl} option that overrides the environment's host (proxies, the project's sandbox).
 */
public enum RemoteEnvironment {

    production("https://gateway.remote.com", "ra_live_"),
    sandbox("https://gateway.remote-sandbox.com", "ra_test_");

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
