package io.github.camelsegmentremote.copy;

import java.util.Objects;

/**
 * How sources are copied: which ones ({@link SourceSelection}), how they find their counterpart in the target
 * ({@link MatchBy}), whether their destinations are copied and their tracking plan connected, the mode, and the
 * client-side request rate per workspace (Segment's 429s are honoured in any case).
 *
 * @param selection            the sources to copy
 * @param matchBy              slug (default) or name
 * @param copyDestinations     also create or update the destinations connected to each source
 * @param connectTrackingPlans connect each copied source to the tracking plan of the same name in the target
 * @param mode                 plan (default) or apply, for {@link SourceCopier#run(CopyOptions)}
 * @param requestsPerSecond    client-side limit of Public API calls per second and workspace; 0 = none
 */
public record CopyOptions(SourceSelection selection, MatchBy matchBy, boolean copyDestinations,
        boolean connectTrackingPlans, CopyMode mode, int requestsPerSecond) {

    /** All sources by slug, tracking plans connected, destinations not copied, plan only, 10 requests/s. */
    public static final CopyOptions DEFAULTS = new CopyOptions(SourceSelection.ALL, MatchBy.slug, false, true,
            CopyMode.plan, 10);

    public CopyOptions {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(matchBy, "matchBy");
        Objects.requireNonNull(mode, "mode");
        if (requestsPerSecond < 0) {
            throw new IllegalArgumentException("requestsPerSecond must be 0 (no limit) or more, was "
                    + requestsPerSecond);
        }
    }

    public CopyOptions withSelection(SourceSelection newSelection) {
        return new CopyOptions(newSelection, matchBy, copyDestinations, connectTrackingPlans, mode,
                requestsPerSecond);
    }

    public CopyOptions withMatchBy(MatchBy newMatchBy) {
        return new CopyOptions(selection, newMatchBy, copyDestinations, connectTrackingPlans, mode,
                requestsPerSecond);
    }

    public CopyOptions withCopyDestinations(boolean copy) {
        return new CopyOptions(selection, matchBy, copy, connectTrackingPlans, mode, requestsPerSecond);
    }

    public CopyOptions withConnectTrackingPlans(boolean connect) {
        return new CopyOptions(selection, matchBy, copyDestinations, connect, mode, requestsPerSecond);
    }

    public CopyOptions withMode(CopyMode newMode) {
        return new CopyOptions(selection, matchBy, copyDestinations, connectTrackingPlans, newMode,
                requestsPerSecond);
    }

    public CopyOptions withRequestsPerSecond(int perSecond) {
        return new CopyOptions(selection, matchBy, copyDestinations, connectTrackingPlans, mode, perSecond);
    }

    /** One line for plans and logs. */
    public String describe() {
        return "selection " + selection + ", match by " + matchBy + ", tracking plans "
                + (connectTrackingPlans ? "connected" : "not connected") + ", destinations "
                + (copyDestinations ? "copied" : "not copied");
    }
}
