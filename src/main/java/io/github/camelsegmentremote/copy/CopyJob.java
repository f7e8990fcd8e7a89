package io.github.camelsegmentremote.copy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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
    private boolean copyDestinations = CopyOptions.DEFAULTS.copyDestinations();
    private boolean connectTrackingPlans = CopyOptions.DEFAULTS.connectTrackingPlans();

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
                copyDestinations, connectTrackingPlans, parse(CopyMode.class, "mode", mode),
                CopyOptions.DEFAULTS.requestsPerSecond());
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

    public void setCopyDestinations(boolean copyDestinations) {
        this.copyDestinations = copyDestinations;
    }

    public void setConnectTrackingPlans(boolean connectTrackingPlans) {
        this.connectTrackingPlans = connectTrackingPlans;
    }

    @Override
    public String toString() {
        return "CopyJob[mode=" + mode + ", selection=" + selection + ", source=" + sourceComponent + ", target="
                + targetComponent + "]";
    }
}
