package io.github.camelsegmentremote.segment;

import io.github.camelsegmentremote.client.BaseUrls;

/**
 * Where a Segment workspace lives. The region decides the host of both the Public API and the Tracking API; a
 * token or write key only works against its own region's host.
 */
public enum SegmentRegion {

    us(BaseUrls.SEGMENT_PUBLIC_API_US, BaseUrls.SEGMENT_TRACKING_US),
    eu(BaseUrls.SEGMENT_PUBLIC_API_EU, BaseUrls.SEGMENT_TRACKING_EU);

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
