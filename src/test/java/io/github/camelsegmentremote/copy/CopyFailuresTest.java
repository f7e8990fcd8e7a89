package io.github.camelsegmentremote.copy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelsegmentremote.sandbox.Fault;
import io.github.camelsegmentremote.sandbox.FaultPlan;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentSource;
import io.github.camelsegmentremote.segment.SegmentEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Failures: server errors mid-apply and the re-run, rate limits, and the errors that stop a copy before it starts. */
class CopyFailuresTest extends CopyTestSupport {

    @Test
    void serverErrorsMidApplyLeaveAReportAndTheNextRunCompletesWithoutDuplicates() {
        SourceCopier copier = usToStaging();
        CopyOptions withDestinations = options().withCopyDestinations(true);
        // Reads are retried through the errors; writes (POST, PATCH) are not, so some steps fail.
        sandbox.segmentUs().faults().plan(FaultPlan.NONE.withServerErrors(0.25, 500));
        CopyPlan plan = copier.plan(withDestinations);
        CopyReport first = copier.apply(plan);
        sandbox.segmentUs().faults().plan(FaultPlan.NONE);

        assertThat(first.hasFailures()).as(first.toText()).isTrue();
        assertThat(first.toText()).contains("Run the copy again");
        List<SourceResult> createdThenFailed = first.sources().stream()
                .filter(r -> r.outcome() == Outcome.failed && r.targetSourceId() != null).toList();
        assertThat(createdThenFailed).as("a source created before a later step failed").isNotEmpty();
        for (SourceResult result : first.sources()) {
            if (result.targetSourceId() != null) {
                assertThat(source(staging(), result.slug()).id()).isEqualTo(result.targetSourceId());
            }
        }

        CopyPlan resume = copier.plan(withDestinations);
        for (SourceResult failed : createdThenFailed) {
            SourcePlan again = planOf(resume, failed.slug());
            assertThat(again.action()).as(failed.slug()).isEqualTo(PlanAction.update);
            assertThat(again.targetSourceId()).isEqualTo(failed.targetSourceId());
        }
        CopyReport second = copier.apply(resume);
        assertThat(second.hasFailures()).as(second.toText()).isFalse();

        assertThat(staging().sources()).extracting(SegmentSource::slug)
                .containsExactlyInAnyOrderElementsOf(SEEDED_SLUGS);
        Map<String, Long> destinationsPerSlug = staging().destinations().stream().collect(Collectors.groupingBy(
                d -> source(staging(), d.sourceId()).slug(), Collectors.counting()));
        Map<String, Long> expected = us().destinations().stream().collect(Collectors.groupingBy(
                d -> source(us(), d.sourceId()).slug(), Collectors.counting()));
        assertThat(destinationsPerSlug).isEqualTo(expected);
        assertThat(copier.plan(withDestinations).sources()).extracting(SourcePlan::action)
                .containsOnly(PlanAction.unchanged);
    }

    @Test
    void rateLimitAnswersAreWaitedOutAndTheCopyGoesOn() {
        sandbox.segmentUs().faults().failNext(Fault.RATE_LIMIT, 2);
        CopyPlan plan = usToStaging().plan(options());

        assertThat(sandbox.segmentUs().answered(429)).isEqualTo(2);
        assertThat(plan.count(PlanAction.create)).isEqualTo(6);
    }

    @Test
    void eachWorkspaceGetsOneEndpointPerApiVersionAndOneClientSideRateLimitAcrossThem() {
        // The endpoints are listed with the context's while the copy runs (and removed after it).
        List<SegmentEndpoint> endpoints = new java.util.concurrent.CopyOnWriteArrayList<>();
        context.addLifecycleStrategy(new org.apache.camel.support.LifecycleStrategySupport() {
            @Override
            public void onEndpointAdd(org.apache.camel.Endpoint endpoint) {
                if (endpoint instanceof SegmentEndpoint segment) {
                    endpoints.add(segment);
                }
            }
        });
        long started = System.nanoTime();
        usToStaging().plan(options().withRequestsPerSecond(20));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(endpoints).extracting(e -> e.getConfiguration().getToken() + " " + e.getConfiguration()
                .getApiVersion()).as("listTransformations is beta; the empty target has no source to read them for")
                .contains(SandboxTokens.SEGMENT_US_TOKEN + " v1", SandboxTokens.SEGMENT_US_TOKEN + " v1beta",
                        SandboxTokens.SEGMENT_US_STAGING_TOKEN + " v1");
        assertThat(endpoints).extracting(e -> e.getConfiguration().getRequestsPerSecond()).containsOnly(0);
        assertThat(endpoints).extracting(SegmentEndpoint::getEndpointUri)
                .allSatisfy(uri -> assertThat(uri).doesNotContain("sgp_"));
        long sourceRequests = requestLog().stream().filter(r -> r.workspace().equals("sandbox-us")).count();
        assertThat(sourceRequests).as("stable and beta calls").isGreaterThan(10);
        assertThat(elapsedMillis).as("%s requests to the source workspace at 20/s, one limiter for all versions",
                sourceRequests).isGreaterThanOrEqualTo((sourceRequests - 1) * 50 * 9 / 10);
    }

    @Test
    void sameWorkspaceAsSourceAndTargetIsRefused() {
        SourceCopier copier = new SourceCopier(context, usRef(), usRef());

        assertThatThrownBy(() -> copier.plan(options()))
                .isInstanceOf(CopyException.class)
                .hasMessageStartingWith("Source and target are the same workspace, sandbox-us (us, id ")
                .hasMessageEndingWith("give the target workspace's own Public API token");
        assertThat(calls("listSources")).isZero();
    }

    @Test
    void aTokenOfTheOtherRegionFailsWithTheRegionHint() {
        WorkspaceRef euTokenOnUsHost = WorkspaceRef.of(SandboxTokens.SEGMENT_EU_TOKEN, "us",
                sandbox.segmentUs().baseUrl());
        SourceCopier copier = new SourceCopier(context, usRef(), euTokenOnUsHost);

        assertThatThrownBy(() -> copier.plan(options()))
                .isInstanceOf(CopyException.class)
                .hasMessageStartingWith("The target workspace cannot be read with its token (region us, ")
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("set region=eu")
                .hasMessageNotContaining(SandboxTokens.SEGMENT_EU_TOKEN);
    }

    @Test
    void aPlanIsOnlyAppliedToTheWorkspaceItWasMadeFor() {
        CopyPlan plan = usToStaging().plan(options());
        SourceCopier otherTarget = new SourceCopier(context, usRef(), euRef());

        assertThatThrownBy(() -> otherTarget.apply(plan))
                .isInstanceOf(CopyException.class)
                .hasMessageContaining("The plan was made for target workspace sandbox-us-staging")
                .hasMessageContaining("but the target token belongs to sandbox-eu");
        assertThat(eu().sourceCount()).isEqualTo(1);
        SourceCopier otherSource = new SourceCopier(context, euRef(), stagingRef());
        assertThatThrownBy(() -> otherSource.apply(plan))
                .isInstanceOf(CopyException.class)
                .hasMessageContaining("The plan was made from source workspace sandbox-us")
                .hasMessageContaining("but the source token belongs to sandbox-eu");
        assertThat(staging().sourceCount()).isZero();
    }

    @Test
    void aBadSelectionIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> SourceSelection.parse("slug:[unclosed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid source selection 'slug:[unclosed': not a regular expression");
    }
}
