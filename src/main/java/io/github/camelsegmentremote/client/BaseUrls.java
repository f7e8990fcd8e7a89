package io.github.camelsegmentremote.client;

/**
 * The APIs' production hosts, in one place. Every component also takes a {@code baseUrl} option that overrides
 * these (sandbox, proxies).
 */
public final class BaseUrls {

    public static final String SEGMENT_PUBLIC_API_US = "https://api.segmentapis.com";
    public static final String SEGMENT_PUBLIC_API_EU = "https://eu1.api.segmentapis.com";
    public static final String SEGMENT_TRACKING_US = "https://api.segment.io";
    public static final String SEGMENT_TRACKING_EU = "https://events.eu1.segmentapis.com";
    public static final String SEGMENT_CONFIG_API = "https://platform.segmentapis.com";
    public static final String REMOTE_PRODUCTION = "https://gateway.remote.com";
    public static final String REMOTE_SANDBOX = "https://gateway.remote-sandbox.com";

    private BaseUrls() {
    }
}
