package io.github.camelsegmentremote.segment;

/**
 * Where a Segment workspace lives. The region decides the host of both the Public API and the Tracking API; a
 * token or write key only works against its own region's host. Every endpoint also takes a {@code baseUrl} option
 * that overrides these (sandbox, proxies).
 */
public enum SegmentRegion {

    us("https://api.segmentapis.com", "https://api.segment.io"),
    eu("https://eu1.api.segmentapis.com", "https://events.eu1.segmentapis.com");

    private final String publicApiUrl;
    private final String trackingUrl;

    SegmentRegion(String publicApiUrl, String trackingUrl) {
        this.publicApiUrl = publicApiUrl;
        this.trackingUrl = trackingUrl;
    }

    public String publicApiUrl() {
        return publicApiUrl;
    }

    public String trackingUrl() {
        return trackingUrl;
    }

    public SegmentRegion other() {
        return this == us ? eu : us;
    }
}
