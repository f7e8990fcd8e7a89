package io.github.camelsegmentremote.copy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.sandbox.SandboxJson;
import io.github.camelsegmentremote.sandbox.SegmentCopyFixtures;
import io.github.camelsegmentremote.sandbox.SegmentSource;
import io.github.camelsegmentremote.sandbox.SegmentWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip over a workspace configured like a production one (Actions destinations with subscriptions,
 * filters, transformations, insert functions, tracking plans with rules, a warehouse): after an apply, a new plan is
 * all unchanged; copying A (sandbox-us) to B (sandbox-us-staging) to C (sandbox-eu) leaves C equal to A in
 * everything copyable, checked field by field by {@link CopyableView}.
 */
class CopyRoundTripTest extends CopyTestSupport {

    /** Zendesk sources exist in the US only, so the round trip through the EU leaves them out. */
    static final SourceSelection COPYABLE_TO_EU = SourceSelection.parse("slug:(?!support-zendesk).*");

    static CopyOptions everything() {
        return options().withSelection(COPYABLE_TO_EU).withCopyDestinations(true)
                .with(CopyItem.trackingPlans, true).with(CopyItem.trackingPlanRules, true);
    }

    @BeforeEach
    void seedBreadth() {
        SegmentCopyFixtures.breadth(sandbox.segmentWorld());
    }

    @Test
    void thePlanCoversEveryItemFieldByField() {
        CopyPlan plan = usToStaging().plan(everything());

        SourcePlan web = planOf(plan, "web-app");
        assertThat(web.items()).extracting(i -> i.kind() + " " + i.name() + " " + i.action()).contains(
                "subscription Track calls create", "subscription Identify calls create",
                "subscription Purchases create",
                "filter Drop test events create", "filter Drop e-mail create", "filter Drop debug events create",
                "transformation Rename sign-up create", "transformation Redact phone for Amplitude create",
                "insertFunction " + SegmentCopyFixtures.SOURCE_FUNCTION + " create",
                "insertFunction " + SegmentCopyFixtures.DESTINATION_FUNCTION + " create",
                "warehouseConnection analytics (Snowflake) create");
        ItemPlan purchases = web.items().stream().filter(i -> i.name().equals("Purchases")).findFirst().orElseThrow();
        assertThat(purchases.destination()).isEqualTo(SegmentCopyFixtures.ACTIONS_DESTINATION);
        assertThat(purchases.changes()).extracting(FieldChange::field)
                .containsExactly("name", "actionId", "trigger", "enabled", "settings");
        assertThat(web.items()).filteredOn(i -> i.kind() == ItemKind.warehouseConnection
                && i.action() == PlanAction.skip).singleElement().extracting(ItemPlan::reason).asString()
                .contains("has no name");
        ItemPlan scrubber = web.items().stream().filter(i -> i.name().equals(SegmentCopyFixtures.DESTINATION_FUNCTION))
                .findFirst().orElseThrow();
        assertThat(scrubber.missingSecrets()).containsExactly("encryptedSettings.hashSalt");
        assertThat(plan.trackingPlans()).extracting(p -> p.name() + " " + p.action())
                .containsExactlyInAnyOrder("Product Events update", SegmentCopyFixtures.MOBILE_PLAN + " create");
        assertThat(plan.trackingPlans().get(0).changes()).extracting(FieldChange::field)
                .contains("rules[TRACK Order Completed]", "rules[IDENTIFY]");
        assertThat(planOf(plan, "ios-app").trackingPlan().name()).isEqualTo(SegmentCopyFixtures.MOBILE_PLAN);
        assertThat(plan.toText()).contains("subscription 'Purchases' of destination 'Amplitude Actions (prod)': create",
                "encryptedSettings.hashSalt");
        assertThat(plan.toMarkdown()).contains("| create | subscription 'Purchases' of destination "
                + "'Amplitude Actions (prod)' | `trigger` | (none) | `\"type = \\\"track\\\" and event = "
                + "\\\"Order Completed\\\"\"` |");
        assertThat(staging().delivery().transformations()).as("planning writes nothing").isEmpty();

        CopyRun run = usToStaging().run(everything().withMode(CopyMode.apply));
        for (String output : List.of(run.toText(), run.toJson(), run.toMarkdown())) {
            assertThat(output).as("secret values never in a plan or report").doesNotContain("sandbox-fake-salt",
                    "sandbox-fake-snowflake-password", "sandbox-fake-secret", "sandbox-fake-amplitude-secret");
        }
        assertThat(staging().delivery().insertFunctionInstances()).allSatisfy(i -> assertThat(
                i.encryptedSettings().toString()).doesNotContain("sandbox-fake-salt"));
    }

    @Test
    void copyingAtoBtoCLeavesCEqualToAInEverythingCopyable() {
        SourceCopier aToB = usToStaging();
        completeCopy(aToB, staging());
        assertThat(aToB.plan(everything()).sources()).extracting(SourcePlan::action)
                .containsOnly(PlanAction.unchanged);
        assertThat(aToB.plan(everything()).trackingPlans()).extracting(TrackingPlanPlan::action)
                .containsOnly(PlanAction.unchanged);

        SourceCopier bToC = new SourceCopier(context, stagingRef(), euRef());
        completeCopy(bToC, eu());
        CopyPlan again = bToC.plan(everything());
        assertThat(again.sources()).extracting(SourcePlan::action).containsOnly(PlanAction.unchanged);
        assertThat(again.hasChanges()).isFalse();

        Set<String> slugs = new LinkedHashSet<>();
        us().sources().stream().map(SegmentSource::slug).filter(s -> !s.equals("support-zendesk"))
                .forEach(slugs::add);
        Map<String, Object> a = CopyableView.of(us(), sandbox.segmentWorld().catalog(), slugs);
        Map<String, Object> c = CopyableView.of(eu(), sandbox.segmentWorld().catalog(), slugs);
        assertThat(a.toString()).as("the view holds the breadth, so comparing it means something").contains(
                "Track calls", "Identify calls", "Purchases", "Drop e-mail", "DROP_PROPERTIES", "Rename sign-up",
                "Redact phone", SegmentCopyFixtures.SOURCE_FUNCTION, SegmentCopyFixtures.DESTINATION_FUNCTION,
                "[analytics]", "trackingPlan " + SegmentCopyFixtures.MOBILE_PLAN, "Screen Viewed",
                "forwardingViolationsTo\":\"ios-app");
        assertThat(c).as("C = A, field by field").isEqualTo(a);

        String euWeb = source(eu(), "web-app").id();
        String euActions = eu().destinationsOf(euWeb).stream()
                .filter(d -> d.name().equals(SegmentCopyFixtures.ACTIONS_DESTINATION)).findFirst().orElseThrow().id();
        String usActions = us().destinationsOf(source(us(), "web-app").id()).stream()
                .filter(d -> d.name().equals(SegmentCopyFixtures.ACTIONS_DESTINATION)).findFirst().orElseThrow().id();
        assertThat(eu().delivery().subscriptionsOf(euActions)).as("ids remapped: C's own destination")
                .hasSize(3).allSatisfy(s -> assertThat(s.destinationId()).isEqualTo(euActions));
        assertThat(eu().filtersOf(euActions)).allSatisfy(f -> assertThat(f.sourceId()).isEqualTo(euWeb));
        assertThat(eu().delivery().transformations()).allSatisfy(t -> assertThat(t.sourceId())
                .isNotEqualTo(source(us(), "web-app").id()));
        assertThat(eu().delivery().insertFunctionInstances()).extracting(i -> i.integrationId())
                .containsExactlyInAnyOrder(euWeb, euActions).doesNotContain(usActions);
        assertThat(eu().delivery().insertFunctionInstances()).extracting(i -> i.functionId())
                .allSatisfy(id -> assertThat(eu().functions()).anyMatch(f -> f.id().equals(id)));
    }

    /**
     * Plans and applies, enters the secrets the report asks for by hand (as an admin would), and applies again,
     * which turns on what was held off for its missing secrets.
     */
    private static void completeCopy(SourceCopier copier, SegmentWorkspace target) {
        CopyReport first = copier.apply(copier.plan(everything()));
        assertThat(first.hasFailures()).as(first.toText()).isFalse();
        for (SourceResult result : first.sources()) {
            fillSecrets(target, result.targetSourceId(), result.needsManualInput(), true);
            result.destinations().forEach(d -> fillSecrets(target, d.targetDestinationId(), d.needsManualInput(),
                    false));
        }
        CopyReport second = copier.apply(copier.plan(everything()));
        assertThat(second.hasFailures()).as(second.toText()).isFalse();
    }

    private static void fillSecrets(SegmentWorkspace ws, String id, Collection<String> secrets, boolean source) {
        if (id == null || secrets.isEmpty()) {
            return;
        }
        ObjectNode settings = SandboxJson.object();
        secrets.stream().filter(s -> s.startsWith("settings."))
                .forEach(s -> settings.put(s.substring("settings.".length()), "entered-by-hand"));
        if (source) {
            ws.updateSource(id, new SegmentSource.Update(null, null, null, settings));
        } else {
            ws.updateDestination(id, null, null, settings);
        }
    }

    static List<String> kinds(Stream<ItemResult> items) {
        return items.map(i -> i.kind() + " " + i.outcome()).toList();
    }
}
