package io.github.camelsegmentremote.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Builds the initial workspaces of {@link SegmentWorld}. Deterministic: ids come from the seeded generator and
 * timestamps from a fixed date, so two worlds with the same options are identical.
 */
final class SegmentWorldSeed {

    /** When the seeded resources were created. */
    static final Instant SEEDED_AT = Instant.parse("2024-01-15T09:00:00Z");
    private static final String PRODUCT_EVENTS_PLAN = "Product Events";

    private static final SegmentLabel PROD = new SegmentLabel("environment", "prod", "Production traffic");
    private static final SegmentLabel STAGING = new SegmentLabel("environment", "staging", "Pre-production");
    private static final SegmentLabel PEOPLE = SegmentLabel.of("team", "people");
    private static final SegmentLabel GROWTH = SegmentLabel.of("team", "growth");
    private static final SegmentLabel CRITICAL = new SegmentLabel("tier", "critical", "Pages on-call");
    private static final List<SegmentLabel> LABELS = List.of(PROD, STAGING, PEOPLE, GROWTH, CRITICAL);

    /** The varied sources added after the HR source; beyond these, backend services repeat. */
    private static final List<Template> TEMPLATES = List.of(
            new Template("web-app", "Marketing Website", SegmentCatalog.JAVASCRIPT_SOURCE_ID, true,
                    List.of(PROD, GROWTH), settings("website", "https://www.example.com")),
            new Template("ios-app", "iOS App", SegmentCatalog.IOS_SOURCE_ID, true, List.of(PROD), settings()),
            new Template("android-app", "Android App", SegmentCatalog.ANDROID_SOURCE_ID, false, List.of(STAGING),
                    settings()),
            new Template("billing-stripe", "Stripe Billing", SegmentCatalog.STRIPE_SOURCE_ID, true,
                    List.of(GROWTH, CRITICAL), settings("apiKey", "rk_test_sandbox_fake_stripe_key")),
            new Template("support-zendesk", "Zendesk Support", SegmentCatalog.ZENDESK_SOURCE_ID, true,
                    List.of(PROD), settings("subdomain", "sandbox", "apiToken", "sandbox-fake-zendesk-token")));

    private final SandboxOptions options;
    private final SegmentCatalog catalog;
    private final SegmentIds ids;
    private int clock;

    private record Template(String slug, String name, String metadataId, boolean enabled, List<SegmentLabel> labels,
            ObjectNode settings) {
    }

    SegmentWorldSeed(SandboxOptions options, SegmentCatalog catalog, SegmentIds ids) {
        this.options = options;
        this.catalog = catalog;
        this.ids = ids;
    }

    Map<String, SegmentWorkspace> workspaces() {
        Map<String, SegmentWorkspace> workspaces = new LinkedHashMap<>();
        for (SegmentWorkspace workspace : List.of(us(), usStaging(), eu())) {
            workspaces.put(workspace.slug(), workspace);
        }
        return workspaces;
    }

    private SegmentWorkspace us() {
        SegmentWorkspace ws = workspace(SegmentWorld.US_WORKSPACE, "Sandbox US", "us",
                SandboxTokens.SEGMENT_US_TOKEN);
        SegmentSource hr = source(SegmentWorld.HR_SOURCE_SLUG, "Remote HR", SegmentCatalog.HTTP_API_SOURCE_ID, true,
                SandboxTokens.SEGMENT_WRITE_KEY, List.of(PROD, PEOPLE), settings());
        ws.seedSource(hr);
        ws.seedDestination(new SegmentDestination(ids.resourceId(), "HR events webhook", true,
                SegmentCatalog.WEBHOOKS_DESTINATION_ID, hr.id(),
                settings("url", "https://hooks.example.com/hr", "sharedSecret", "sandbox-fake-webhook-secret")));

        List<SegmentSource> extra = new ArrayList<>();
        for (int i = 0; i < options.sourcesPerWorkspace(); i++) {
            SegmentSource source = extraSource(i);
            extra.add(source);
            ws.seedSource(source);
        }
        SegmentTrackingPlan productEvents = plan(PRODUCT_EVENTS_PLAN, "LIVE");
        ws.seedTrackingPlan(plan("Common Properties", "PROPERTY_LIBRARY"), List.of());
        if (extra.isEmpty()) {
            ws.seedTrackingPlan(productEvents, List.of());
        } else {
            connectWebSource(ws, extra, hr, productEvents);
        }
        if (extra.size() > 1) {
            ws.seedDestination(new SegmentDestination(ids.resourceId(), "Mixpanel", true,
                    SegmentCatalog.MIXPANEL_DESTINATION_ID, extra.get(1).id(),
                    settings("token", "sandbox-mixpanel-token", "apiSecret", "sandbox-fake-mixpanel-secret")));
        }
        if (extra.size() > 4) {
            ws.seedDestination(new SegmentDestination(ids.resourceId(), "Intercom", false,
                    SegmentCatalog.INTERCOM_DESTINATION_ID, extra.get(4).id(),
                    settings("accessToken", "sandbox-fake-intercom-token")));
        }
        ws.seedFunction(new SegmentFunction(ids.resourceId(), "SOURCE", "Remote webhook relay",
                "Turns Remote webhooks into identify calls.", "admin@example.com", next()));
        ws.seedFunction(new SegmentFunction(ids.resourceId(), "DESTINATION", "Slack notifier",
                "Posts new hires to Slack.", "admin@example.com", next()));
        return ws;
    }

    /** The first extra source: Protocols on, violations forwarded, two destinations, a filter and a warehouse. */
    private void connectWebSource(SegmentWorkspace ws, List<SegmentSource> extra, SegmentSource hr,
            SegmentTrackingPlan productEvents) {
        SegmentSource web = extra.get(0);
        String forwardTo = extra.size() > 1 ? extra.get(1).id() : hr.id();
        ws.seedTrackingPlan(productEvents, List.of(web.id()));
        ws.seedSource(web.withSchemaSettings(SegmentSchemaSettings.DEFAULTS
                .withTrack("allowUnplannedEvents", BooleanNode.FALSE)
                .withTrack("commonEventOnViolations", TextNode.valueOf("BLOCK"))
                .withForwarding(forwardTo, forwardTo)));
        SegmentDestination amplitude = new SegmentDestination(ids.resourceId(), "Amplitude (prod)", true,
                SegmentCatalog.AMPLITUDE_DESTINATION_ID, web.id(),
                settings("apiKey", "sandbox-amplitude-api-key", "secretKey", "sandbox-fake-amplitude-secret"));
        ws.seedDestination(amplitude);
        ws.seedDestination(new SegmentDestination(ids.resourceId(), "Google Analytics", false,
                SegmentCatalog.GOOGLE_ANALYTICS_DESTINATION_ID, web.id(), settings("trackingId", "UA-000000-1")));
        ws.seedFilter(new SegmentDestinationFilter(ids.resourceId(), web.id(), amplitude.id(),
                "event = \"Debug Event\"", "DROP", "Drop debug events", "Keeps test traffic out of Amplitude.",
                true, next()));
        ws.seedWarehouse(new SegmentWarehouse(ids.resourceId(), SegmentCatalog.POSTGRES_WAREHOUSE_ID, true,
                settings("hostname", "db.sandbox.invalid", "username", "segment",
                        "password", "sandbox-fake-db-password"),
                Set.of(web.id())));
    }

    private SegmentSource extraSource(int index) {
        if (index < TEMPLATES.size()) {
            Template t = TEMPLATES.get(index);
            return source(t.slug(), t.name(), t.metadataId(), t.enabled(), ids.writeKey(), t.labels(), t.settings());
        }
        int number = index + 1;
        boolean node = number % 2 == 0;
        return source("backend-" + number, "Backend Service " + number,
                node ? SegmentCatalog.NODE_SOURCE_ID : SegmentCatalog.JAVA_SOURCE_ID, number % 3 != 0,
                ids.writeKey(), number % 2 == 0 ? List.of(PROD) : List.of(STAGING, GROWTH), settings());
    }

    private SegmentWorkspace usStaging() {
        SegmentWorkspace ws = workspace(SegmentWorld.US_STAGING_WORKSPACE, "Sandbox US Staging", "us",
                SandboxTokens.SEGMENT_US_STAGING_TOKEN);
        ws.seedTrackingPlan(plan(PRODUCT_EVENTS_PLAN, "LIVE"), List.of());
        return ws;
    }

    private SegmentWorkspace eu() {
        SegmentWorkspace ws = workspace(SegmentWorld.EU_WORKSPACE, "Sandbox EU", "eu",
                SandboxTokens.SEGMENT_EU_TOKEN);
        ws.seedSource(source(SegmentWorld.HR_SOURCE_SLUG, "Remote HR (EU)", SegmentCatalog.HTTP_API_SOURCE_ID, true,
                SandboxTokens.SEGMENT_EU_WRITE_KEY, List.of(PROD), settings()));
        return ws;
    }

    private SegmentWorkspace workspace(String slug, String name, String region, String token) {
        SegmentWorkspace ws = new SegmentWorkspace(ids.resourceId(), slug, name, region, token, catalog, ids);
        LABELS.forEach(ws::seedLabel);
        ws.seedUser(new SegmentUser(ids.resourceId(), "Sandbox Owner", "owner@example.com", "1", "Workspace Owner"));
        ws.seedUser(new SegmentUser(ids.resourceId(), "Sandbox Reader", "reader@example.com", "2",
                "Workspace Member"));
        return ws;
    }

    private SegmentSource source(String slug, String name, String metadataId, boolean enabled, String writeKey,
            List<SegmentLabel> labels, ObjectNode settings) {
        return new SegmentSource(ids.resourceId(), slug, name, metadataId, enabled, List.of(writeKey), settings,
                labels, SegmentSchemaSettings.DEFAULTS, next());
    }

    private SegmentTrackingPlan plan(String name, String type) {
        return new SegmentTrackingPlan(ids.trackingPlanId(), name, name.toLowerCase().replace(' ', '-'),
                name + " of the sandbox", type, next());
    }

    private Instant next() {
        return SEEDED_AT.plusSeconds(60L * clock++);
    }

    /** Settings from key/value pairs (also used by {@link SegmentCopyFixtures}). */
    static ObjectNode settings(String... keyValues) {
        ObjectNode node = SandboxJson.object();
        for (int i = 0; i < keyValues.length; i += 2) {
            node.put(keyValues[i], keyValues[i + 1]);
        }
        return node;
    }
}
