package io.github.camelsegmentremote.segment;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.ApiError;
import io.github.camelsegmentremote.client.ApiErrorHandler;
import io.github.camelsegmentremote.client.ApiException;

/**
 * Reads Segment's error envelope {@code {"errors":[{"type","message"}]}} (Tracking API answers may carry a plain
 * {@code message}) and adds the likely fix: above all, a 401/403 from one region's host usually means the
 * workspace lives in the other region.
 */
final class SegmentErrorHandler implements ApiErrorHandler {

    private final SegmentRegion region;
    private final String credentialOption;
    private final boolean configApi;

    /**
     * @param region           the region the endpoint calls, for the region hint
     * @param credentialOption the option holding the credential ({@code token} or {@code writeKey})
     */
    SegmentErrorHandler(SegmentRegion region, String credentialOption) {
        this(region, credentialOption, false);
    }

    private SegmentErrorHandler(SegmentRegion region, String credentialOption, boolean configApi) {
        this.region = region;
        this.credentialOption = credentialOption;
        this.configApi = configApi;
    }

    /** For the legacy Config API: one host, and its own tokens. */
    static SegmentErrorHandler forConfigApi() {
        return new SegmentErrorHandler(SegmentRegion.us, "token", true);
    }

    @Override
    public String[] typeAndMessage(JsonNode body) {
        JsonNode first = body.path("errors").path(0);
        if (first.isObject()) {
            return new String[] { text(first.get("type")), text(first.get("message")) };
        }
        return new String[] { text(body.get("type")), text(body.has("message") ? body.get("message")
                : body.get("error")) };
    }

    @Override
    public String hint(ApiError error) {
        if (configApi && (error.status() == 401 || error.status() == 403)) {
            return "Check option token: the legacy Config API (apiFamily=config) takes only Config API access "
                    + "tokens; a Public API token works with apiFamily=public (the default), which offers the same "
                    + "reads and more";
        }
        return switch (error.status()) {
            case 401, 403 -> "Check option " + credentialOption + ": it may be revoked, lack the permission, or "
                    + "belong to a workspace in the other region. This call used region=" + region + " ("
                    + (tracking() ? region.trackingUrl() : region.publicApiUrl()) + "); if the workspace is in the "
                    + region.other().name().toUpperCase() + " (its app URL starts with "
                    + (region.other() == SegmentRegion.eu ? "app.eu.segment.com" : "app.segment.com")
                    + "), set region=" + region.other()
                    + (tracking() ? "" : ". Legacy Config API tokens do not work on the Public API: use such a "
                            + "token with apiFamily=config, or create a Public API token");
            case 404 -> "Check the ids in the path: the resource does not exist in this token's workspace";
            case 429 -> "Segment's rate limit: lower requestsPerSecond or spread the calls";
            default -> null;
        };
    }

    /** Whether the handler serves the Tracking API (write key) rather than the Public API (token). */
    private boolean tracking() {
        return "writeKey".equals(credentialOption);
    }

    @Override
    public ApiException create(ApiError error, Throwable cause) {
        return new SegmentApiException(error, cause);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
