package io.github.camelsegmentremote.copy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelsegmentremote.sandbox.SegmentCopyFixtures;
import io.github.camelsegmentremote.sandbox.SegmentDestination;
import io.github.camelsegmentremote.sandbox.SegmentRequestRecord;
import io.github.camelsegmentremote.sandbox.SegmentWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the target refuses (an FQL filter, an action) fails that item with Segment's message while the rest goes on;
 * running again completes it without duplicates; a cross-region copy skips what the region's catalog lacks; a run
 * sends no request twice; nothing is deleted.
 */
class CopyBreadthFailuresTest extends CopyTestSupport {

    @BeforeEach
    void seedBreadth() {
        SegmentCopyFixtures.breadth(sandbox.segmentWorld());
    }

    @Test
    void anFqlFilterTheTargetRefusesFailsThatFilterOnlyAndARerunCompletesWithoutDuplicates() {
        String actions = actionsDestination(us());
        SegmentCopyFixtures.filterAsIs(us(), actions, "Broken", "event = \"Signed Up\" and (");
        SourceCopier copier = usToStaging();

        CopyReport first = copier.apply(copier.plan(CopyRoundTripTest.everything()));

        SourceResult web = resultOf(first, "web-app");
        assertThat(web.outcome()).isEqualTo(Outcome.failed);
        ItemResult broken = web.items().stream().filter(i -> i.name().equals("Broken")).findFirst().orElseThrow();
        assertThat(broken.outcome()).isEqualTo(Outcome.failed);
        assertThat(broken.error()).contains("createFilterForDestination", "HTTP 422",
                "\"if\" is not valid FQL (unbalanced parentheses)");
        assertThat(web.items()).filteredOn(i -> i != broken && i.kind() != ItemKind.warehouseConnection)
                .extracting(ItemResult::outcome).containsOnly(Outcome.created);
        assertThat(first.hasFailures()).isTrue();
        assertThat(first.toText()).contains("filter 'Broken' of destination 'Amplitude Actions (prod)': failed",
                "Run the copy again");
        assertThat(first.toMarkdown()).contains("| filter 'Broken' of destination 'Amplitude Actions (prod)' | "
                + "failed |");

        SegmentCopyFixtures.filterAsIs(us(), actions, "Broken", "event = \"Signed Up\"");
        CopyPlan second = copier.plan(CopyRoundTripTest.everything());
        assertThat(planOf(second, "web-app").items()).filteredOn(i -> i.action() == PlanAction.create)
                .extracting(ItemPlan::name).containsExactly("Broken");
        CopyReport completed = copier.apply(second);
        assertThat(completed.hasFailures()).as(completed.toText()).isFalse();

        String stagingActions = actionsDestination(staging());
        assertThat(staging().filtersOf(stagingActions)).extracting(f -> f.title())
                .containsExactlyInAnyOrderElementsOf(us().filtersOf(actions).stream().map(f -> f.title()).toList());
        assertThat(staging().delivery().subscriptionsOf(stagingActions)).hasSize(3);
        assertThat(staging().delivery().transformations()).hasSize(2);
        assertThat(staging().delivery().insertFunctionInstances()).hasSize(2);
    }

    @Test
    void anActionTheTargetRefusesFailsThatSubscriptionWithSegmentsMessage() throws Exception {
        SegmentCopyFixtures.usOnlyAction(sandbox.segmentWorld());
        CopyOptions options = CopyRoundTripTest.everything().withSelection(SourceSelection.parse("slug:web-app"));
        try (WorkspaceApi sourceApi = new WorkspaceApi(context, "source", usRef(), 0);
             WorkspaceApi targetApi = new WorkspaceApi(context, "target", euRef(), 0)) {
            TargetCatalog real = TargetCatalog.of(targetApi, euRef().region());
            // A catalog answer that lists every action, as a stale or cached one could.
            TargetCatalog allActions = new TargetCatalog() {
                @Override
                public boolean hasSource(String metadataId) {
                    return real.hasSource(metadataId);
                }

                @Override
                public boolean hasDestination(String metadataId) {
                    return real.hasDestination(metadataId);
                }

                @Override
                public Set<String> actions(String metadataId) {
                    return us().destinationsOf(source(us(), "web-app").id()).stream()
                            .filter(d -> d.metadataId().equals(metadataId)).flatMap(d -> us().delivery()
                                    .subscriptionsOf(d.id()).stream()).map(s -> s.actionId())
                            .collect(Collectors.toSet());
                }
            };
            WorkspaceSnapshot from = WorkspaceSnapshot.read(sourceApi, WorkspaceInfo.of(sourceApi.workspace(),
                    usRef().region()), true);
            WorkspaceSnapshot to = WorkspaceSnapshot.read(targetApi, WorkspaceInfo.of(targetApi.workspace(),
                    euRef().region()), true);
            CopyPlan plan = new CopyPlanner(options, from, to, allActions).plan();
            CopyReport report = new CopyApplier(targetApi).apply(plan);

            ItemResult batches = resultOf(report, "web-app").items().stream()
                    .filter(i -> i.name().equals("Order batches")).findFirst().orElseThrow();
            assertThat(batches.outcome()).isEqualTo(Outcome.failed);
            assertThat(batches.error()).contains("createDestinationSubscription", "HTTP 422",
                    "is not an action of Webhooks (Actions) in region eu");
            assertThat(resultOf(report, "web-app").items()).filteredOn(i -> i.name().equals("Orders"))
                    .extracting(ItemResult::outcome).containsExactly(Outcome.created);
        }
    }

    @Test
    void aCrossRegionCopySkipsTheActionsTheTargetRegionsCatalogLacks() {
        SegmentCopyFixtures.usOnlyAction(sandbox.segmentWorld());
        CopyPlan plan = new SourceCopier(context, usRef(), euRef()).plan(CopyRoundTripTest.everything()
                .withSelection(SourceSelection.ALL));

        ItemPlan batches = planOf(plan, "web-app").items().stream().filter(i -> i.name().equals("Order batches"))
                .findFirst().orElseThrow();
        assertThat(batches.action()).isEqualTo(PlanAction.skip);
        assertThat(batches.reason()).isEqualTo("its action sendBatch (" + "wBTeLqG3Y8mkPwZk3vA9sd"
                + ") of Webhooks (Actions) is not in the catalog of the target's region (eu)");
        assertThat(planOf(plan, "web-app").items()).filteredOn(i -> i.name().equals("Orders"))
                .extracting(ItemPlan::action).containsExactly(PlanAction.create);
        DestinationPlan intercom = planOf(plan, "support-zendesk").destinations().get(0);
        assertThat(intercom.action()).as("a US-only destination type").isEqualTo(PlanAction.skip);
        assertThat(intercom.reason()).contains("is not in the catalog of the target's region (eu)");
    }

    @Test
    void aRunSendsNoRequestTwiceAndDeletesNothing() {
        SourceCopier copier = usToStaging();
        CopyRun run = copier.run(CopyRoundTripTest.everything().withSelection(SourceSelection.ALL)
                .withMode(CopyMode.apply));
        assertThat(run.report()).isNotNull();

        List<SegmentRequestRecord> log = requestLog();
        Map<SegmentRequestRecord, Long> counts = log.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(counts.entrySet()).filteredOn(e -> e.getValue() > 1).as("requests sent more than once")
                .isEmpty();
        assertThat(log).extracting(SegmentRequestRecord::method).doesNotContain("DELETE");
        assertThat(log).extracting(SegmentRequestRecord::operationId).contains("listSubscriptionsFromDestination",
                "createDestinationSubscription", "listTransformations", "createTransformation",
                "listInsertFunctionInstances", "createInsertFunctionInstance", "createFilterForDestination",
                "createTrackingPlan", "replaceRulesInTrackingPlan", "addConnectionFromSourceToWarehouse");
        assertThat(sandbox.segmentUs().answered(406)).as("beta and alpha calls sent with their version").isZero();
    }

    private static String actionsDestination(SegmentWorkspace ws) {
        return ws.destinations().stream().filter(d -> d.name().equals(SegmentCopyFixtures.ACTIONS_DESTINATION))
                .map(SegmentDestination::id).findFirst().orElseThrow();
    }
}
