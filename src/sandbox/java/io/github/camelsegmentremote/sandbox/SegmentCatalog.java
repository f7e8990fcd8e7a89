package io.github.camelsegmentremote.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The integration catalog every workspace shares: source, destination and warehouse types with their settings.
 * A small fixed set; the ids of HTTP API, Javascript, iOS and Amplitude are Segment's real catalog ids, the others
 * are sandbox inventions in the same format.
 * <p>
 * Region availability: {@link #ZENDESK_SOURCE_ID} (a cloud source) and {@link #INTERCOM_DESTINATION_ID} exist only in
 * the US region, so creating them in the EU workspace fails like a copy of a US-only integration to an EU workspace
 * does.
 */
public final class SegmentCatalog {

    public static final String HTTP_API_SOURCE_ID = "iUM16Md8P2";
    public static final String JAVASCRIPT_SOURCE_ID = "IqDTy1TpoU";
    public static final String IOS_SOURCE_ID = "UBrsG9RVzw";
    public static final String ANDROID_SOURCE_ID = "wXNairW5xX";
    public static final String NODE_SOURCE_ID = "yMu7LL8pE6";
    public static final String JAVA_SOURCE_ID = "sezgRqYtSn";
    public static final String STRIPE_SOURCE_ID = "1bow82lmk8";
    /** A cloud source available in the US region only. */
    public static final String ZENDESK_SOURCE_ID = "f4h3Rj9UvK";

    public static final String AMPLITUDE_DESTINATION_ID = "54521fd525e721e32a72ee91";
    public static final String GOOGLE_ANALYTICS_DESTINATION_ID = "54521fd525e721e32a72ee8f";
    public static final String WEBHOOKS_DESTINATION_ID = "5d2d8f56f159f30001b3c3a9";
    public static final String MIXPANEL_DESTINATION_ID = "54521fd925e721e32a72eee1";
    /** A destination available in the US region only. */
    public static final String INTERCOM_DESTINATION_ID = "54521fd725e721e32a72eec6";

    /** An Actions destination: its subscriptions say what it sends. */
    public static final String AMPLITUDE_ACTIONS_DESTINATION_ID = "5f7dd6d21ad74f3842b1fc47";
    /** An Actions destination with one action the EU catalog lacks ({@link #WEBHOOK_BATCH_ACTION_ID}). */
    public static final String WEBHOOKS_ACTIONS_DESTINATION_ID = "614a3c7d791c91c41bae7599";
    public static final String LOG_EVENT_ACTION_ID = "dEyuHmTvXkC4DjYhgKSwFc";
    public static final String IDENTIFY_USER_ACTION_ID = "7SXzlZzAUGQhWWxJhALUmD";
    public static final String LOG_PURCHASE_ACTION_ID = "bMJVE2pqe7LtbFNqCd3RTd";
    public static final String SEND_ACTION_ID = "1NtqGhWZzqrRkShAQxoUXu";
    /** An action of {@link #WEBHOOKS_ACTIONS_DESTINATION_ID} listed in the US catalog only. */
    public static final String WEBHOOK_BATCH_ACTION_ID = "wBTeLqG3Y8mkPwZk3vA9sd";

    public static final String POSTGRES_WAREHOUSE_ID = "aea3c55dsz";
    public static final String SNOWFLAKE_WAREHOUSE_ID = "NoDHZ2Hzug";

    private static final Set<String> ALL_REGIONS = Set.of("us", "eu");
    private static final Set<String> US_ONLY = Set.of("us");

    private final Map<String, SegmentSourceMetadata> sources = new LinkedHashMap<>();
    private final Map<String, SegmentDestinationMetadata> destinations = new LinkedHashMap<>();
    private final Map<String, SegmentWarehouseMetadata> warehouses = new LinkedHashMap<>();

    SegmentCatalog() {
        source(HTTP_API_SOURCE_ID, "HTTP API", "http-api", "Send data from any server or device over HTTP.",
                List.of("Server"), false, List.of());
        source(JAVASCRIPT_SOURCE_ID, "Javascript", "javascript", "Track website visitors with analytics.js.",
                List.of("Website"), false, List.of());
        source(IOS_SOURCE_ID, "iOS", "ios", "Track iOS app users.", List.of("Mobile"), false, List.of());
        source(ANDROID_SOURCE_ID, "Android", "android", "Track Android app users.", List.of("Mobile"), false,
                List.of());
        source(NODE_SOURCE_ID, "Node.js", "node-js", "Send server-side events from Node.js.", List.of("Server"),
                false, List.of());
        source(JAVA_SOURCE_ID, "Java", "java", "Send server-side events from Java.", List.of("Server"), false,
                List.of());
        source(STRIPE_SOURCE_ID, "Stripe", "stripe", "Sync Stripe payment objects.", List.of("Payments"), false,
                List.of(SegmentIntegrationOption.secret("apiKey", "Restricted API key", true)));
        sources.put(ZENDESK_SOURCE_ID, new SegmentSourceMetadata(ZENDESK_SOURCE_ID, "Zendesk", "zendesk",
                "Collect Zendesk ticket events (US region only).", List.of("Helpdesk"), true,
                List.of(SegmentIntegrationOption.text("subdomain", "Zendesk subdomain", true),
                        SegmentIntegrationOption.secret("apiToken", "API token", true)),
                US_ONLY));

        destination(AMPLITUDE_DESTINATION_ID, "Amplitude", "amplitude", List.of("Analytics"),
                "https://amplitude.com", List.of(SegmentIntegrationOption.text("apiKey", "API key", true),
                        SegmentIntegrationOption.secret("secretKey", "Secret key", false)),
                ALL_REGIONS);
        destination(GOOGLE_ANALYTICS_DESTINATION_ID, "Google Analytics", "google-analytics", List.of("Analytics"),
                "https://marketingplatform.google.com",
                List.of(SegmentIntegrationOption.text("trackingId", "Website tracking ID", true)), ALL_REGIONS);
        destination(WEBHOOKS_DESTINATION_ID, "Webhooks", "webhooks", List.of("Raw Data"), "https://segment.com",
                List.of(SegmentIntegrationOption.text("url", "Webhook URL", true),
                        SegmentIntegrationOption.secret("sharedSecret", "Shared secret", false)),
                ALL_REGIONS);
        destination(MIXPANEL_DESTINATION_ID, "Mixpanel", "mixpanel", List.of("Analytics"), "https://mixpanel.com",
                List.of(SegmentIntegrationOption.text("token", "Project token", true),
                        SegmentIntegrationOption.secret("apiSecret", "API secret", false)),
                ALL_REGIONS);
        destination(INTERCOM_DESTINATION_ID, "Intercom Cloud Mode", "intercom-cloud-mode", List.of("Helpdesk"),
                "https://intercom.com", List.of(SegmentIntegrationOption.secret("accessToken", "Access token", true)),
                US_ONLY);

        destinations.put(AMPLITUDE_ACTIONS_DESTINATION_ID, new SegmentDestinationMetadata(
                AMPLITUDE_ACTIONS_DESTINATION_ID, "Amplitude (Actions)", "actions-amplitude",
                "Send data to Amplitude with Actions.", List.of("Analytics"), "https://amplitude.com",
                List.of(SegmentIntegrationOption.text("apiKey", "API key", true),
                        SegmentIntegrationOption.secret("secretKey", "Secret key", true)),
                ALL_REGIONS, List.of(
                        new SegmentDestinationAction(LOG_EVENT_ACTION_ID, "logEventV2", "Log Event",
                                "type = \"track\"", ALL_REGIONS),
                        new SegmentDestinationAction(IDENTIFY_USER_ACTION_ID, "identifyUser", "Identify User",
                                "type = \"identify\"", ALL_REGIONS),
                        new SegmentDestinationAction(LOG_PURCHASE_ACTION_ID, "logPurchase", "Log Purchase",
                                "type = \"track\" and event = \"Order Completed\"", ALL_REGIONS))));
        destinations.put(WEBHOOKS_ACTIONS_DESTINATION_ID, new SegmentDestinationMetadata(
                WEBHOOKS_ACTIONS_DESTINATION_ID, "Webhooks (Actions)", "actions-webhook",
                "Send events to a webhook with Actions.", List.of("Raw Data"), "https://segment.com",
                List.of(SegmentIntegrationOption.secret("sharedSecret", "Shared secret", false)), ALL_REGIONS,
                List.of(new SegmentDestinationAction(SEND_ACTION_ID, "send", "Send", "type = \"track\"",
                                ALL_REGIONS),
                        new SegmentDestinationAction(WEBHOOK_BATCH_ACTION_ID, "sendBatch", "Send Batch",
                                "type = \"track\"", US_ONLY))));

        warehouse(POSTGRES_WAREHOUSE_ID, "Postgres", "postgres");
        warehouse(SNOWFLAKE_WAREHOUSE_ID, "Snowflake", "snowflake");
    }

    public List<SegmentSourceMetadata> sources() {
        return List.copyOf(sources.values());
    }

    public Optional<SegmentSourceMetadata> source(String metadataId) {
        return Optional.ofNullable(sources.get(metadataId));
    }

    public List<SegmentDestinationMetadata> destinations() {
        return List.copyOf(destinations.values());
    }

    public Optional<SegmentDestinationMetadata> destination(String metadataId) {
        return Optional.ofNullable(destinations.get(metadataId));
    }

    public List<SegmentWarehouseMetadata> warehouses() {
        return List.copyOf(warehouses.values());
    }

    public Optional<SegmentWarehouseMetadata> warehouse(String metadataId) {
        return Optional.ofNullable(warehouses.get(metadataId));
    }

    static String logoUrl(String slug) {
        return "https://logos.sandbox.invalid/" + slug + ".svg";
    }

    /** The AWS region name Segment uses for a workspace region ({@code supportedRegions}). */
    static String awsRegion(String region) {
        return "eu".equals(region) ? "eu-west-1" : "us-west-2";
    }

    private void source(String id, String name, String slug, String description, List<String> categories,
            boolean cloudEvents, List<SegmentIntegrationOption> options) {
        sources.put(id, new SegmentSourceMetadata(id, name, slug, description, categories, cloudEvents, options,
                ALL_REGIONS));
    }

    private void destination(String id, String name, String slug, List<String> categories, String website,
            List<SegmentIntegrationOption> options, Set<String> regions) {
        destinations.put(id, new SegmentDestinationMetadata(id, name, slug, "Send data to " + name + ".",
                categories, website, options, regions, List.of()));
    }

    private void warehouse(String id, String name, String slug) {
        warehouses.put(id, new SegmentWarehouseMetadata(id, name, slug, "Load data into " + name + ".",
                List.of(SegmentIntegrationOption.text("hostname", "Hostname", true),
                        SegmentIntegrationOption.text("username", "Username", true),
                        SegmentIntegrationOption.secret("password", "Password", true))));
    }
}
