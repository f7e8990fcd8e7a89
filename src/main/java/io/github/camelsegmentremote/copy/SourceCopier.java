package io.github.camelsegmentremote.copy;

import io.github.camelsegmentremote.client.ApiException;
import io.github.camelsegmentremote.segment.model.Workspace;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies source configurations from one Segment workspace to another through the {@code segment:} component: each
 * workspace gets its own endpoint (token, region, rate limit), so both live in one CamelContext.
 *
 * <pre>
 * SourceCopier copier = new SourceCopier(context, WorkspaceRef.of(prodToken, "us", null),
 *         WorkspaceRef.of(stagingToken, "eu", null));
 * CopyPlan plan = copier.plan(CopyOptions.DEFAULTS.withSelection(SourceSelection.parse("label:team:growth")));
 * System.out.println(plan.toText());
 * CopyReport report = copier.apply(plan);
 * </pre>
 *
 * {@link #plan(CopyOptions)} only reads: the sources, and as {@link CopyOptions#items()} say their destinations,
 * subscriptions, filters, transformations, insert functions, warehouse connections and tracking plans with their
 * rules. {@link #apply(CopyPlan)} makes the plan's changes in the target in dependency order and never deletes
 * anything; a second plan after it shows every source unchanged. When a call fails, its source is reported
 * failed and the others go on; planning and applying again completes the rest without duplicates (the sources
 * created before the failure are found by their slug).
 */
public final class SourceCopier {

    private static final Logger LOG = LoggerFactory.getLogger(SourceCopier.class);

    private final CamelContext context;
    private final WorkspaceRef source;
    private final WorkspaceRef target;

    public SourceCopier(CamelContext context, WorkspaceRef source, WorkspaceRef target) {
        this.context = context;
        this.source = source;
        this.target = target;
    }

    /**
     * Reads the selected sources of the source workspace and the target workspace, and compares them.
     *
     * @throws CopyException when source and target are the same workspace, a token is refused or a workspace
     *                       cannot be read
     */
    public CopyPlan plan(CopyOptions options) {
        try (WorkspaceApi sourceApi = new WorkspaceApi(context, "source", source, options.requestsPerSecond());
             WorkspaceApi targetApi = new WorkspaceApi(context, "target", target, options.requestsPerSecond())) {
            WorkspaceInfo sourceInfo = identify(sourceApi, source);
            WorkspaceInfo targetInfo = identify(targetApi, target);
            if (sourceInfo.id().equals(targetInfo.id())) {
                throw new CopyException("Source and target are the same workspace, " + sourceInfo + ": give the "
                        + "target workspace's own Public API token");
            }
            LOG.info("Planning the copy of sources from {} to {} ({})", sourceInfo, targetInfo, options.describe());
            CopyPlan plan;
            try {
                plan = new CopyPlanner(options,
                        WorkspaceSnapshot.read(sourceApi, sourceInfo, options.copyDestinations()),
                        WorkspaceSnapshot.read(targetApi, targetInfo, options.copyDestinations()),
                        TargetCatalog.of(targetApi, target.region())).plan();
            } catch (ApiException e) {
                throw new CopyException("Planning the copy from " + sourceInfo.slug() + " to " + targetInfo.slug()
                        + " failed: " + e.getMessage(), e);
            }
            LOG.info("Copy plan {} -> {}: {}", sourceInfo.slug(), targetInfo.slug(), plan.summary());
            return plan;
        }
    }

    /**
     * Makes the plan's changes in the target workspace.
     *
     * @throws CopyException when the target token is refused or belongs to another workspace than the plan's
     *                       target; failures of single sources are in the report instead
     */
    public CopyReport apply(CopyPlan plan) {
        return apply(plan, true);
    }

    /**
     * @param checkTarget whether to check that the target token belongs to the plan's target; {@link #run} just made
     *                    the plan with the same token, so it does not ask again (no request is repeated in a run)
     */
    private CopyReport apply(CopyPlan plan, boolean checkTarget) {
        try (WorkspaceApi targetApi = new WorkspaceApi(context, "target", target,
                plan.options().requestsPerSecond())) {
            WorkspaceInfo targetInfo = checkTarget ? identify(targetApi, target) : plan.target();
            if (!targetInfo.id().equals(plan.target().id())) {
                throw new CopyException("The plan was made for target workspace " + plan.target() + ", but the "
                        + "target token belongs to " + targetInfo + ": plan again");
            }
            if (checkTarget) {
                checkSource(plan);
            }
            CopyReport report = new CopyApplier(targetApi).apply(plan);
            if (report.hasFailures()) {
                LOG.warn("Copy {} -> {} applied with failures: {}. Run it again to complete it.",
                        plan.source().slug(), targetInfo.slug(), report.summary());
            } else {
                LOG.info("Copy {} -> {} applied: {}", plan.source().slug(), targetInfo.slug(), report.summary());
            }
            return report;
        }
    }

    /** A plan is for one pair of workspaces: this copier's source must be the plan's too. */
    private void checkSource(CopyPlan plan) {
        try (WorkspaceApi sourceApi = new WorkspaceApi(context, "source", source,
                plan.options().requestsPerSecond())) {
            WorkspaceInfo sourceInfo = identify(sourceApi, source);
            if (!sourceInfo.id().equals(plan.source().id())) {
                throw new CopyException("The plan was made from source workspace " + plan.source() + ", but the "
                        + "source token belongs to " + sourceInfo + ": plan again");
            }
        }
    }

    /** Plans, and in {@link CopyMode#apply} mode applies the plan. */
    public CopyRun run(CopyOptions options) {
        CopyPlan plan = plan(options);
        return new CopyRun(plan, options.mode() == CopyMode.apply ? apply(plan, false) : null);
    }

    /** The workspace a token belongs to; a refused token fails with the region hint of the component. */
    private static WorkspaceInfo identify(WorkspaceApi api, WorkspaceRef ref) {
        try {
            Workspace workspace = api.workspace();
            return WorkspaceInfo.of(workspace, ref.region());
        } catch (ApiException e) {
            throw new CopyException("The " + api.role() + " workspace cannot be read with its token (region "
                    + ref.region() + ", " + ref.host() + "): " + e.getMessage(), e);
        }
    }
}
