package io.github.camelsegmentremote.copy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request budget of the copy, on a small workspace (10 sources x 5 Actions destinations x 3 subscriptions with
 * a filter each): reads batched where the API allows (one transformations list per workspace, warehouses per
 * warehouse rather than per source), per-destination reads only where the API has no other way, no request twice.
 */
class CopyScaleTest {

    @Test
    void planAndApplyStayWithinTheirRequestBudget() throws Exception {
        CopyScale.Result result = CopyScale.run(10, 5, 3, 0);

        assertThat(result.report().hasFailures()).as(result.report().toText()).isFalse();
        CopyScale.Phase plan = result.plan();
        assertThat(plan.repeated()).isZero();
        assertThat(plan.byOperation()).containsEntry("listSubscriptionsFromDestination", 50L)
                .containsEntry("listFiltersFromDestination", 50L)
                .containsEntry("listSchemaSettingsInSource", 10L)
                .containsEntry("listTransformations", 1L)
                .doesNotContainKey("listConnectedWarehousesFromSource")
                .doesNotContainKey("getSource");
        assertThat(plan.requests()).as("%s", plan.byOperation()).isLessThanOrEqualTo(50 + 50 + 10 + 20);

        CopyScale.Phase apply = result.apply();
        assertThat(apply.repeated()).isZero();
        assertThat(apply.byOperation()).containsEntry("createSource", 10L).containsEntry("createDestination", 50L)
                .containsEntry("createDestinationSubscription", 150L).containsEntry("createFilterForDestination", 50L)
                .containsEntry("getWorkspace", 2L).as("apply(plan) checks the plan's two workspaces; run() does not")
                .hasSize(6);

        assertThat(result.again().sources()).extracting(SourcePlan::action).containsOnly(PlanAction.unchanged);
        assertThat(result.replan().repeated()).isZero();
        assertThat(result.replan().byOperation()).as("both workspaces read per destination now")
                .containsEntry("listSubscriptionsFromDestination", 100L)
                .containsEntry("listFiltersFromDestination", 100L);
    }
}
