package io.github.camelsegmentremote.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Extra Segment configuration for tests of the copy, on top of the seeded world: what Segment's config-as-code tool
 * manages around a source. {@link #breadth(SegmentWorld)} gives sandbox-us's {@code web-app} an Actions destination
 * with three subscriptions, two filters and a destination insert function, a source insert function, two
 * transformations, rules in its tracking plan, and a named warehouse; {@code ios-app} joins a second tracking plan
 * the other workspaces lack. The other two workspaces get insert functions and a warehouse of the same names, as a
 * copy needs. {@link #scale} adds many sources with Actions destinations, for benchmarks.
 */
public final class SegmentCopyFixtures {

    public static final String ACTIONS_DESTINATION = "Amplitude Actions (prod)";
    public static final String SOURCE_FUNCTION = "Geo enricher";
    public static final String DESTINATION_FUNCTION = "PII scrubber";
    public static final String WAREHOUSE_NAME = "analytics";
    public static final String MOBILE_PLAN = "Mobile Events";
    private static final Instant AT = Instant.parse("2024-02-01T09:00:00Z");

    private SegmentCopyFixtures() {
    }

    /** Seeds the breadth configuration (see the class comment); call it after a reset. */
    public static void breadth(SegmentWorld world) {
        SegmentWorkspace us = world.us();
        SegmentIds ids = new SegmentIds(42);
        for (SegmentWorkspace ws : List.of(us, world.usStaging(), world.eu())) {
            ws.seedFunction(new SegmentFunction(ids.resourceId(), "INSERT_SOURCE", SOURCE_FUNCTION,
                    "Adds the country to every event.", "admin@example.com", AT));
            ws.seedFunction(new SegmentFunction(ids.resourceId(), "INSERT_DESTINATION", DESTINATION_FUNCTION,
                    "Drops e-mail addresses.", "admin@example.com", AT));
            ws.seedWarehouse(new SegmentWarehouse(ids.resourceId(), SegmentCatalog.SNOWFLAKE_WAREHOUSE_ID, true,
                    settings("name", WAREHOUSE_NAME, "hostname", "acme.snowflakecomputing.invalid",
                            "username", "segment", "password", "sandbox-fake-snowflake-password"), Set.of()));
        }
        SegmentSource web = us.source("web-app").orElseThrow();
        SegmentDestination actions = actionsDestination(us, ids, web, ACTIONS_DESTINATION,
                SegmentCatalog.AMPLITUDE_ACTIONS_DESTINATION_ID);
        SegmentDeliveryStore delivery = us.delivery();
        delivery.seedSubscription(subscription(ids, actions, "Track calls", SegmentCatalog.LOG_EVENT_ACTION_ID,
                "logEventV2", "type = \"track\"", true, settings("use_batch_endpoint", "true")));
        delivery.seedSubscription(subscription(ids, actions, "Identify calls", SegmentCatalog.IDENTIFY_USER_ACTION_ID,
                "identifyUser", "type = \"identify\"", true, settings()));
        delivery.seedSubscription(subscription(ids, actions, "Purchases", SegmentCatalog.LOG_PURCHASE_ACTION_ID,
                "logPurchase", "type = \"track\" and event = \"Order Completed\"", false, settings("currency", "EUR")));
        us.seedFilter(new SegmentDestinationFilter(ids.resourceId(), web.id(), actions.id(),
                "event = \"Test Event\"", "DROP", "Drop test events", "No test traffic.", true, AT));
        ArrayNode dropEmail = SandboxJson.array();
        dropEmail.addObject().put("type", "DROP_PROPERTIES").putObject("fields").putArray("properties").add("email");
        us.seedFilter(new SegmentDestinationFilter(ids.resourceId(), web.id(), actions.id(),
                "type = \"identify\"", dropEmail, "Drop e-mail", null, true, AT, AT));
        String sourceFunction = functionId(us, SOURCE_FUNCTION);
        String destinationFunction = functionId(us, DESTINATION_FUNCTION);
        delivery.seedInsertFunctionInstance(new SegmentInsertFunctionInstance(ids.resourceId(), SOURCE_FUNCTION,
                sourceFunction, web.id(), true, settings("defaultCountry", "DE"), settings(), AT, AT));
        delivery.seedInsertFunctionInstance(new SegmentInsertFunctionInstance(ids.resourceId(), DESTINATION_FUNCTION,
                destinationFunction, actions.id(), true, settings("mode", "strict"),
                settings("hashSalt", "sandbox-fake-salt"), AT, AT));
        ArrayNode renames = SandboxJson.array();
        renames.addObject().put("oldName", "user_email").put("newName", "email");
        delivery.seedTransformation(new SegmentTransformation(ids.resourceId(), "Rename sign-up", web.id(), null,
                true, "event = \"Sign Up\"", "Signed Up", renames, null));
        ArrayNode values = SandboxJson.array();
        values.addObject().put("propertyValue", "redacted").putArray("propertyPaths").add("properties.phone");
        delivery.seedTransformation(new SegmentTransformation(ids.resourceId(), "Redact phone for Amplitude",
                web.id(), SegmentCatalog.AMPLITUDE_ACTIONS_DESTINATION_ID, false, "type = \"track\"", null, null,
                values));
        SegmentTrackingPlan product = us.trackingPlans().stream().filter(p -> p.name().equals("Product Events"))
                .findFirst().orElseThrow();
        delivery.seedRules(product.id(), rules("Order Completed", "Signed Up"));
        SegmentSource ios = us.source("ios-app").orElseThrow();
        SegmentTrackingPlan mobile = new SegmentTrackingPlan(ids.trackingPlanId(), MOBILE_PLAN, "mobile-events",
                "Events of the mobile apps", "LIVE", AT);
        us.seedTrackingPlan(mobile, List.of(ios.id()));
        delivery.seedRules(mobile.id(), rules("Screen Viewed"));
        SegmentWarehouse warehouse = us.warehouses().stream()
                .filter(w -> w.settings().path("name").asText().equals(WAREHOUSE_NAME)).findFirst().orElseThrow();
        us.connectWarehouse(warehouse.id(), web.id());
        us.connectWarehouse(warehouse.id(), ios.id());
    }

    /**
     * Adds {@code sources} HTTP API sources ({@code svc-0001}, ...), each with {@code destinations} Actions
     * destinations of {@code subscriptions} subscriptions and one filter.
     */
    public static void scale(SegmentWorkspace ws, int sources, int destinations, int subscriptions) {
        SegmentIds ids = new SegmentIds(7);
        for (SegmentSource source : ws.addSources(sources, "svc")) {
            for (int d = 1; d <= destinations; d++) {
                SegmentDestination destination = actionsDestination(ws, ids, source, "Amplitude " + d,
                        SegmentCatalog.AMPLITUDE_ACTIONS_DESTINATION_ID);
                for (int s = 1; s <= subscriptions; s++) {
                    ws.delivery().seedSubscription(subscription(ids, destination, "Events " + s,
                            SegmentCatalog.LOG_EVENT_ACTION_ID, "logEventV2", "event = \"Event " + s + "\"", true,
                            settings()));
                }
                ws.seedFilter(new SegmentDestinationFilter(ids.resourceId(), source.id(), destination.id(),
                        "event = \"Debug\"", "DROP", "Drop debug", null, true, AT));
            }
        }
    }

    /**
     * Gives {@code web-app} a Webhooks (Actions) destination with a subscription to an action only the US catalog
     * lists, which a copy to an EU workspace has to skip.
     */
    public static SegmentDestination usOnlyAction(SegmentWorld world) {
        SegmentWorkspace us = world.us();
        SegmentIds ids = new SegmentIds(43);
        SegmentDestination webhooks = actionsDestination(us, ids, us.source("web-app").orElseThrow(),
                "Order webhook", SegmentCatalog.WEBHOOKS_ACTIONS_DESTINATION_ID);
        us.delivery().seedSubscription(subscription(ids, webhooks, "Orders", SegmentCatalog.SEND_ACTION_ID, "send",
                "event = \"Order Completed\"", true, settings()));
        us.delivery().seedSubscription(subscription(ids, webhooks, "Order batches",
                SegmentCatalog.WEBHOOK_BATCH_ACTION_ID, "sendBatch", "event = \"Order Completed\"", true,
                settings()));
        return webhooks;
    }

    /**
     * Puts a filter with this condition on a destination as it is, unchecked: how a filter the API accepted once,
     * or accepts in one workspace only, looks to a copy.
     */
    public static void filterAsIs(SegmentWorkspace ws, String destinationId, String title, String condition) {
        SegmentDestination destination = ws.destination(destinationId).orElseThrow();
        SegmentDestinationFilter existing = ws.filtersOf(destinationId).stream()
                .filter(f -> f.title().equals(title)).findFirst().orElse(null);
        ws.seedFilter(new SegmentDestinationFilter(existing == null ? new SegmentIds(44).resourceId() : existing.id(),
                destination.sourceId(), destinationId, condition, "DROP", title, null, true, AT));
    }

    /** Changes a subscription's trigger as it is, as an admin editing it in the app would. */
    public static void changeTrigger(SegmentWorkspace ws, String subscriptionId, String trigger) {
        SegmentSubscription current = ws.delivery().subscriptionById(subscriptionId).orElseThrow();
        ws.delivery().seedSubscription(current.with(null, trigger, null, null));
    }

    private static SegmentDestination actionsDestination(SegmentWorkspace ws, SegmentIds ids, SegmentSource source,
            String name, String metadataId) {
        SegmentDestination destination = new SegmentDestination(ids.resourceId(), name, true, metadataId,
                source.id(), settings("apiKey", "sandbox-amplitude-key", "secretKey", "sandbox-fake-secret"));
        ws.seedDestination(destination);
        return destination;
    }

    private static SegmentSubscription subscription(SegmentIds ids, SegmentDestination destination, String name,
            String actionId, String actionSlug, String trigger, boolean enabled, ObjectNode settings) {
        return new SegmentSubscription(ids.resourceId(), name, actionId, actionSlug, destination.id(), enabled,
                settings, trigger);
    }

    private static String functionId(SegmentWorkspace ws, String name) {
        return ws.functions().stream().filter(f -> f.displayName().equals(name)).findFirst().orElseThrow().id();
    }

    private static ArrayNode rules(String... events) {
        ArrayNode rules = SandboxJson.array();
        for (String event : events) {
            ObjectNode rule = rules.addObject().put("type", "TRACK").put("key", event);
            rule.putObject("jsonSchema").put("$schema", "http://json-schema.org/draft-07/schema#")
                    .putObject("properties").putObject("properties").put("type", "object");
            rule.put("version", 1);
            rule.put("createdAt", AT.toString()).put("updatedAt", AT.toString());
        }
        ObjectNode identify = rules.addObject().put("type", "IDENTIFY");
        identify.putObject("jsonSchema").putObject("properties").putObject("traits").put("type", "object");
        identify.put("version", 1).put("createdAt", AT.toString()).put("updatedAt", AT.toString());
        return rules;
    }

    private static ObjectNode settings(String... keyValues) {
        return SegmentWorldSeed.settings(keyValues);
    }
}
