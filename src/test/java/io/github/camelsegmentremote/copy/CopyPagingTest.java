package io.github.camelsegmentremote.copy;

import io.github.camelsegmentremote.sandbox.SegmentSource;
import io.github.camelsegmentremote.segment.SegmentComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Hundreds of sources: every page is read on both sides, and a second run finds all of them. */
class CopyPagingTest extends CopyTestSupport {

    private static final int PAGE_SIZE = 50;

    @BeforeEach
    void smallPages() {
        context.getComponent("segment", SegmentComponent.class).getConfiguration().setPageSize(PAGE_SIZE);
    }

    @AfterEach
    void defaultPages() {
        context.getComponent("segment", SegmentComponent.class).getConfiguration().setPageSize(200);
    }

    @Test
    void copiesThreeHundredSourcesAcrossSeveralPagesAndFindsThemAllAgain() {
        us().addSources(300, "bulk");
        int total = us().sourceCount();
        SourceCopier copier = new SourceCopier(context, usRef(), stagingRef());
        CopyOptions bulkOnly = options().withSelection(SourceSelection.parse("slug:bulk-.*"));

        long before = calls("listSources");
        CopyPlan plan = copier.plan(bulkOnly);
        assertThat(calls("listSources") - before).as("source pages, then the empty target's one page")
                .isEqualTo((total + PAGE_SIZE - 1) / PAGE_SIZE + 1);
        assertThat(plan.count(PlanAction.create)).isEqualTo(300);

        CopyReport report = copier.apply(plan);
        assertThat(report.hasFailures()).as(report.toText()).isFalse();
        assertThat(report.count(Outcome.created)).isEqualTo(300);
        assertThat(staging().sourceCount()).isEqualTo(300);

        CopyPlan again = copier.plan(bulkOnly);
        assertThat(again.sources()).hasSize(300);
        assertThat(again.sources()).extracting(SourcePlan::action).containsOnly(PlanAction.unchanged);
        assertThat(again.sources()).extracting(SourcePlan::targetSourceId)
                .containsExactlyInAnyOrderElementsOf(staging().sources().stream().map(SegmentSource::id).toList());
    }
}
