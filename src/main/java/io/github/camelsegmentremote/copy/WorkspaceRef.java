package io.github.camelsegmentremote.copy;

import java.util.Locale;
import java.util.Objects;

import io.github.camelsegmentremote.client.Secret;
import io.github.camelsegmentremote.segment.SegmentRegion;

/**
 * How to reach one workspace: its Public API token (never shown), its region, and optionally a base URL that
 * overrides the region's host (a proxy, the sandbox).
 */
public record WorkspaceRef(Secret token, SegmentRegion region, String baseUrl) {

    public WorkspaceRef {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(region, "region");
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.trim();
    }

    /**
     * @param token   the workspace's Public API token
     * @param region  {@code us} or {@code eu}; blank reads as {@code us}
     * @param baseUrl blank for the region's own host
     */
    public static WorkspaceRef of(String token, String region, String baseUrl) {
        return of(Secret.ofNullable(token), region, baseUrl);
    }

    /** As {@link #of(String, String, String)}, with the token already wrapped. */
    public static WorkspaceRef of(Secret token, String region, String baseUrl) {
        if (token == null) {
            throw new IllegalArgumentException("A workspace needs its Public API token (Segment app: Settings > "
                    + "Workspace settings > Access Management > Tokens)");
        }
        return new WorkspaceRef(token, region(region), baseUrl);
    }

    private static SegmentRegion region(String region) {
        if (region == null || region.isBlank()) {
            return SegmentRegion.us;
        }
        try {
            return SegmentRegion.valueOf(region.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Region must be us or eu, was '" + region + "'", e);
        }
    }

    /** The host the calls go to. */
    public String host() {
        return baseUrl != null ? baseUrl : region.publicApiUrl();
    }

    @Override
    public String toString() {
        return "WorkspaceRef[region=" + region + ", host=" + host() + ", token=" + token + "]";
    }
}
