package io.github.camelsegmentremote.segment;

import java.time.Duration;

import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.client.ApiEndpointSupport;
import io.github.camelsegmentremote.client.Authentication;
import io.github.camelsegmentremote.client.Secret;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Calls Segment's Public API (workspace configuration: sources, destinations, schema settings, tracking plans,
 * labels, catalog, ...) by operationId, polls its list operations, and sends Tracking API calls (identify, track,
 * group, page, screen, alias, batch) in batches that lose nothing.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "segment", title = "Segment", syntax = "segment:operation",
             category = { Category.CLOUD, Category.API }, headersClass = SegmentConstants.class)
public class SegmentEndpoint extends ApiEndpointSupport {

    @UriParam
    private final SegmentConfiguration configuration;

    public SegmentEndpoint(String uri, SegmentComponent component, SegmentConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    public SegmentConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public SegmentComponent getComponent() {
        return (SegmentComponent) super.getComponent();
    }

    /** Whether this endpoint's operation is a Tracking API call. */
    public boolean isTracking() {
        return TrackingCall.of(configuration.getOperation()).isPresent();
    }

    /** Checks options that can be checked before start, with messages that name the option and the fix. */
    void validate() {
        if (configuration.getRegion() == null) {
            throw new IllegalArgumentException("Option region must be us or eu");
        }
        if (isTracking()) {
            return;
        }
        if (configuration.getApiFamily() == null) {
            throw new IllegalArgumentException("Option apiFamily must be public or config");
        }
        operation();
        int pageSize = configuration.getPageSize();
        if (pageSize < 1 || pageSize > SegmentConfiguration.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Option pageSize must be 1 to " + SegmentConfiguration.MAX_PAGE_SIZE
                    + " (Segment's largest page), was " + pageSize);
        }
        if (configuration.getMaxMessagesPerPoll() < 0) {
            throw new IllegalArgumentException("Option maxMessagesPerPoll must be 0 (all) or more, was "
                    + configuration.getMaxMessagesPerPoll());
        }
    }

    /** This endpoint's Public API or Config API operation; fails with the closest names for an unknown one. */
    SegmentOperation operation() {
        return configuration.getApiFamily().catalog().require(configuration.getOperation());
    }

    @Override
    public Producer createProducer() throws Exception {
        return isTracking() ? new SegmentTrackingProducer(this) : new SegmentProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (isTracking()) {
            throw new IllegalArgumentException("Operation " + configuration.getOperation() + " is a Tracking API "
                    + "call and can only be sent (to:), not consumed (from:)");
        }
        SegmentOperation operation = operation();
        if (!operation.isList()) {
            throw new IllegalArgumentException("Operation " + operation.operationId() + " returns no list: a "
                    + "segment: consumer (from) polls a list operation such as listSources, listDestinations or "
                    + "listTrackingPlans; call " + operation.operationId() + " with to(...)");
        }
        SegmentConsumer consumer = new SegmentConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /**
     * A Public API client for this endpoint's token, region and version, or with apiFamily=config a legacy Config
     * API client for its token.
     */
    ApiClient createPublicApiClient() {
        String token = configuration.getToken();
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("Option token is required for Public API operation "
                    + configuration.getOperation() + ": set token=RAW(your Public API token) (Segment app: "
                    + "Settings > Workspace settings > Access Management > Tokens)");
        }
        SegmentRegion region = configuration.getRegion();
        SegmentApiFamily family = configuration.getApiFamily();
        ApiClient.Builder builder = withRateLimit(configuration.clientBuilder(getCamelContext(),
                family.baseUrl(region)), family.baseUrl(region), token)
                .authentication(Authentication.bearer(Secret.of(token)));
        if (family == SegmentApiFamily.CONFIG) {
            return builder.header("Accept", "application/json")
                    .errorHandler(SegmentErrorHandler.forConfigApi())
                    .build();
        }
        return builder.header("Accept", configuration.getApiVersion().mediaType())
                .errorHandler(new SegmentErrorHandler(region, "token"))
                .build();
    }

    /** A Tracking API client for this endpoint's write key and region. */
    ApiClient createTrackingClient() {
        String writeKey = configuration.getWriteKey();
        if (writeKey == null || writeKey.isBlank()) {
            throw new IllegalArgumentException("Option writeKey is required for Tracking API call "
                    + configuration.getOperation() + ": set writeKey=RAW(the source's write key) (Segment app: "
                    + "Connections > Sources > your source > Settings > API Keys)");
        }
        SegmentRegion region = configuration.getRegion();
        return withRateLimit(configuration.clientBuilder(getCamelContext(), region.trackingUrl()),
                region.trackingUrl(), writeKey)
                .authentication(Authentication.basicUser(Secret.of(writeKey)))
                .errorHandler(new SegmentErrorHandler(region, "writeKey"))
                .build();
    }

    /** The component's limiter for this endpoint's host and credential (shared with endpoints using both). */
    private ApiClient.Builder withRateLimit(ApiClient.Builder builder, String defaultBaseUrl, String credential) {
        int perSecond = configuration.getRequestsPerSecond();
        if (perSecond < 0) {
            throw new IllegalArgumentException("Option requestsPerSecond must be 0 (no limit) or more, was "
                    + perSecond);
        }
        return perSecond == 0 ? builder : builder.rateLimiter(getComponent().rateLimiter(
                configuration.baseUrlOr(defaultBaseUrl), credential, perSecond, Duration.ofSeconds(1)));
    }
}
