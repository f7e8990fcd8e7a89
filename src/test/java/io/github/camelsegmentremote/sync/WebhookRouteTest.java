package io.github.camelsegmentremote.sync;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.sandbox.RemoteSimulator;
import io.github.camelsegmentremote.sandbox.RemoteWebhookDelivery;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shipped webhook route (with the sync route file whose beans it uses) against the sandbox, which delivers
 * signed webhooks when an employment changes, as Remote does. After the first poll no other poll runs (the next one
 * is an hour away): whatever reaches Segment after it came through the webhook route alone.
 */
class WebhookRouteTest {

    private static final int EMPLOYEES = 60;

    @TempDir
    static Path dataDir;

    private static Sandbox sandbox;
    private static CamelContext context;
    private static SyncLogCapture deliveryLog;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.builder().employees(EMPLOYEES).start();
        int port = freePort();
        Properties p = SyncRouteProperties.forSandbox(sandbox, dataDir);
        p.put("sync.webhook-auto-register", "true");
        p.put("sync.webhook-external-url", "http://127.0.0.1:" + port + "/remote/webhooks");
        p.put("sync.webhook-events", TraitEvents.defaultEventList());
        context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(p);
        for (String file : List.of("sync-remote-employees-to-segment", "remote-webhooks-to-segment")) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context,
                    "file:routes/" + file + ".camel.yaml"));
        }
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        deliveryLog = new SyncLogCapture(WebhookDeliveries.class);
        context.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> runs().lastRun() != null);
        assertThat(runs().lastRun().sentIdentifies()).isEqualTo(EMPLOYEES);
    }

    @AfterAll
    static void stop() throws Exception {
        deliveryLog.close();
        context.close();
        sandbox.close();
    }

    private static SyncRuns runs() {
        return context.getRegistry().lookupByNameAndType("syncRuns", SyncRuns.class);
    }

    private static RemoteSimulator remote() {
        return sandbox.remoteSimulator();
    }

    private static SegmentEventLog events() {
        return sandbox.segmentWorld().us().events();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** An active employee not used by another test (tests share the sandbox). */
    private static String activeEmployee(int skip) {
        return remote().employmentIds().filter(id -> "active".equals(remote().employment(id).orElseThrow()
                .path("status").asText())).skip(skip).findFirst().orElseThrow();
    }

    /** Waits until every delivery made so far has an answer, and returns them. */
    private static List<RemoteWebhookDelivery> settledDeliveries(int atLeast) {
        await().atMost(Duration.ofSeconds(30)).until(() -> remote().deliveries().size() >= atLeast
                && remote().deliveries().stream().allMatch(d -> d.status() != 0 || d.error() != null));
        return remote().deliveries();
    }

    @Test
    void everyTraitChangeReachesSegmentThroughTheWebhookRouteAlone() {
        String employee = activeEmployee(0);
        String other = activeEmployee(1);
        JsonNode otherRecord = remote().employment(other).orElseThrow();
        // Change, then the trait Segment must show and how to read the expected value from the full record.
        Map<Map<String, ?>, Map<String, Function<JsonNode, String>>> changes = new LinkedHashMap<>();
        changes.put(Map.of("job_title", "Head of Webhooks"), Map.of("title", r -> r.path("job_title").asText()));
        changes.put(Map.of("full_name", "Wanda Hook"), Map.of("name", r -> "Wanda Hook", "firstName", r -> "Wanda",
                "lastName", r -> "Hook"));
        changes.put(Map.of("work_email", "wanda.hook@example.com"), Map.of("email", r -> "wanda.hook@example.com"));
        changes.put(Map.of("department_id", otherRecord.path("department_id").asText()), Map.of("department",
                r -> otherRecord.path("department").asText()));
        changes.put(Map.of("manager_id", other), Map.of("managerId", r -> other));
        changes.put(Map.of("provisional_start_date", "2031-02-03"), Map.of("startDate", r -> "2031-02-03"));
        changes.put(Map.of("external_id", "HRIS-4242"), Map.of("externalId", r -> "HRIS-4242"));
        long polls = runs().runsStarted();
        changes.forEach((change, expected) -> {
            remote().updateEmployment(employee, change);
            JsonNode record = remote().employment(employee).orElseThrow();
            await(change + " reaches Segment").atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode traits = events().latestTraits(employee).orElseThrow();
                expected.forEach((trait, value) -> assertThat(traits.path(trait).asText()).as(trait)
                        .isEqualTo(value.apply(record)));
            });
        });
        assertThat(runs().runsStarted()).as("no poll ran: the webhook route alone").isEqualTo(polls);
        assertThat(settledDeliveries(changes.size())).allSatisfy(d -> assertThat(d.delivered()).as(d.eventType())
                .isTrue());
    }

    @Test
    void aLeaverThroughTheWebhookGetsExactlyOneOffboardingEvent() {
        String leaver = activeEmployee(5);
        long tracksBefore = events().accepted("track");
        int deliveriesBefore = remote().deliveries().size();
        remote().offboard(leaver);
        await().atMost(Duration.ofSeconds(20)).until(() -> "offboarding".equals(events().latestTraits(leaver)
                .map(t -> t.path("status").asText()).orElse("")));
        // Both of the offboarding's events (offboarding.submitted, employment.status.updated) are answered.
        settledDeliveries(deliveriesBefore + 2);
        assertThat(events().accepted("track")).as("one Employee Offboarded track").isEqualTo(tracksBefore + 1);
        assertThat(events().recent()).filteredOn(m -> "track".equals(m.path("type").asText())
                && leaver.equals(m.path("userId").asText())).singleElement().satisfies(track -> {
                    assertThat(track.path("event").asText()).isEqualTo("Employee Offboarded");
                    assertThat(track.at("/properties/status").asText()).isEqualTo("offboarding");
                });
        // The state says so: the next poll sends no second event.
        assertThat(context.getRegistry().lookupByNameAndType("syncStateStore", SyncStateStore.class).get(leaver))
                .hasValueSatisfying(s -> assertThat(s.offboardingSent()).isTrue());
    }

    @Test
    void aDeliveryAboutAnEmploymentRemoteNoLongerHasIsAcknowledgedAndLogged() {
        String gone = activeEmployee(9);
        assertThat(remote().removeEmployment(gone)).isTrue();
        int before = remote().deliveries().size();
        remote().triggerWebhook("employment.updated", gone);
        RemoteWebhookDelivery delivery = settledDeliveries(before + 1).get(before);
        assertThat(delivery.status()).as("acknowledged, so Remote does not re-deliver it forever").isBetween(200,
                299);
        assertThat(deliveryLog.at(ch.qos.logback.classic.Level.INFO)).anySatisfy(line -> assertThat(line).isEqualTo(
                "Remote webhook employment.updated for employment " + gone + ": employment not found at Remote "
                        + "(deleted?): acknowledged, nothing sent"));
    }

    @Test
    void eachDeliveryLeavesOneInfoLineWithoutBodyOrSecret() {
        String employee = activeEmployee(12);
        // Remote delivers what a callback subscribed to: one more callback, for an event the sync does not act on.
        remote().registerWebhook(remote().webhooks().get(0).url(), List.of("timeoff.approved"));
        int before = remote().deliveries().size();
        remote().updateEmployment(employee, Map.of("job_title", "Log Keeper"));
        remote().triggerWebhook("timeoff.approved", employee);
        List<RemoteWebhookDelivery> deliveries = settledDeliveries(before + 2).subList(before, before + 2);
        List<String> lines = deliveryLog.at(ch.qos.logback.classic.Level.INFO).stream()
                .filter(l -> l.contains(employee)).toList();
        assertThat(lines).containsExactlyInAnyOrder(
                "Remote webhook employment_basic_information.updated for employment " + employee + ": identify sent",
                "Remote webhook timeoff.approved for employment " + employee + ": ignored (not an event that changes "
                        + "a sent trait)");
        assertThat(deliveries).allSatisfy(d -> assertThat(d.delivered()).isTrue());
        assertThat(String.join("\n", lines)).doesNotContain(SandboxTokens.REMOTE_SIGNING_KEY)
                .doesNotContain(SandboxTokens.REMOTE_TOKEN).doesNotContain("Log Keeper").doesNotContain("{");
    }
}
