package io.github.camelsegmentremote.copy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy as a bean for routes ({@code routes/copy-segment-sources.camel.yaml}), configured by its properties:
 * {@link #run()} plans, in apply mode applies, and returns the {@link CopyRun}. The two workspaces are two named
 * {@code segment} component instances ({@code segment-source} and {@code segment-target} by default), each configured
 * with its workspace's token, region, host and rate limit; this bean never holds a token. When a component has no
 * token it does nothing and returns null, so an app that does not use the copy starts all the same.
 */
public class CopyJob implements CamelContextAware {

    private static final Logger LOG = LoggerFactory.getLogger(CopyJob.class);

    private CamelContext camelContext;
    private String sourceComponent = "segment-source";
    private String targetComponent = "segment-target";
    private String mode = CopyOptions.DEFAULTS.mode().name();
    private String selection = CopyOptions.DEFAULTS.selection().toString();
    private String matchBy = CopyOptions.DEFAULTS.matchBy().name();
    private final Set<CopyItem> items = EnumSet.copyOf(CopyItem.defaults());

    /**
     * Plans the copy and in apply mode applies it.
     *
     * @return the plan and, in apply mode, the report; null when a token is not configured
     * @throws CopyException when the configuration is invalid or the copy cannot start (see {@link SourceCopier})
     */
    public CopyRun run() {
        Optional<WorkspaceRef> source;
        Optional<WorkspaceRef> target;
        try {
            source = WorkspaceRef.ofComponent(camelContext, sourceComponent);
            target = WorkspaceRef.ofComponent(camelContext, targetComponent);
        } catch (IllegalArgumentException e) {
            throw new CopyException("Invalid configuration of the copy: " + e.getMessage(), e);
        }
        if (source.isEmpty() || target.isEmpty()) {
            LOG.info("Copying Segment sources is not configured ({} missing): skipped. Set "
                    + "SEGMENT_SOURCE_WORKSPACE_TOKEN and SEGMENT_TARGET_WORKSPACE_TOKEN to run it.",
                    source.isEmpty() && target.isEmpty() ? "both workspace tokens are"
                            : source.isEmpty() ? "the source workspace token is" : "the target workspace token is");
            return null;
        }
        CopyOptions options;
        SourceCopier copier;
        try {
            options = options();
            copier = new SourceCopier(camelContext, source.get(), target.get());
        } catch (IllegalArgumentException e) {
            throw new CopyException("Invalid configuration of the copy: " + e.getMessage(), e);
        }
        return copier.run(options);
    }

    CopyOptions options() {
        return new CopyOptions(SourceSelection.parse(selection), parse(MatchBy.class, "matchBy", matchBy),
                items, parse(CopyMode.class, "mode", mode), CopyOptions.DEFAULTS.requestsPerSecond());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
        String name = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(option + " must be one of " + Arrays.toString(type.getEnumConstants())
                + ", was '" + value + "'");
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /** The name of the segment component instance of the source workspace; default segment-source. */
    public void setSourceComponent(String sourceComponent) {
        this.sourceComponent = sourceComponent;
    }

    /** The name of the segment component instance of the target workspace; default segment-target. */
    public void setTargetComponent(String targetComponent) {
        this.targetComponent = targetComponent;
    }

    /** plan (default) or apply. */
    public void setMode(String mode) {
        this.mode = mode;
    }

    /** all (default), slug:REGEX, name:REGEX or label:KEY:VALUE, see {@link SourceSelection}. */
    public void setSelection(String selection) {
        this.selection = selection;
    }

    /** slug (default) or name. */
    public void setMatchBy(String matchBy) {
        this.matchBy = matchBy;
    }

    /** Also create or update the destinations of each source (default off), see {@link CopyItem#destinations}. */
    public void setCopyDestinations(boolean copy) {
        set(CopyItem.destinations, copy);
    }

    /** Connect sources to the tracking plan of the same name (default on). */
    public void setConnectTrackingPlans(boolean connect) {
        set(CopyItem.trackingPlanConnections, connect);
    }

    /** Create tracking plans the target lacks, with their rules (default off). */
    public void setCreateTrackingPlans(boolean create) {
        set(CopyItem.trackingPlans, create);
    }

    /** Replace the rules of target tracking plans that differ, keeping rules only the target has (default off). */
    public void setUpdateTrackingPlanRules(boolean update) {
        set(CopyItem.trackingPlanRules, update);
    }

    /** Copy the subscriptions of Actions destinations (default on, with destinations). */
    public void setCopySubscriptions(boolean copy) {
        set(CopyItem.subscriptions, copy);
    }

    /** Copy destination filters (default on, with destinations). */
    public void setCopyFilters(boolean copy) {
        set(CopyItem.filters, copy);
    }

    /** Copy transformations (default on). */
    public void setCopyTransformations(boolean copy) {
        set(CopyItem.transformations, copy);
    }

    /** Copy insert function instances, connected to the function of the same name in the target (default on). */
    public void setCopyInsertFunctions(boolean copy) {
        set(CopyItem.insertFunctions, copy);
    }

    /** Connect sources to the target's warehouse of the same name and type (default on). */
    public void setConnectWarehouses(boolean connect) {
        set(CopyItem.warehouseConnections, connect);
    }

    private void set(CopyItem item, boolean copied) {
        if (copied) {
            items.add(item);
        } else {
            items.remove(item);
        }
    }

    @Override
    public String toString() {
        return "CopyJob[mode=" + mode + ", selection=" + selection + ", source=" + sourceComponent + ", target="
                + targetComponent + "]";
    }
}
