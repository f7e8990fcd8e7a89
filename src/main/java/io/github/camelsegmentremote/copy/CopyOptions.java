package io.github.camelsegmentremote.copy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How sources are copied: which ones ({@link SourceSelection}), how they find their counterpart in the target
 * ({@link MatchBy}), what is copied besides the sources ({@link CopyItem}, each with its default), the mode, and
 * the client-side request rate per workspace (Segment's 429s are honoured in any case).
 *
 * @param selection         the sources to copy
 * @param matchBy           slug (default) or name
 * @param items             what is copied besides the sources themselves
 * @param mode              plan (default) or apply, for {@link SourceCopier#run(CopyOptions)}
 * @param requestsPerSecond client-side limit of Public API calls per second and workspace; 0 = none
 */
public record CopyOptions(SourceSelection selection, MatchBy matchBy, Set<CopyItem> items, CopyMode mode,
        int requestsPerSecond) {

    /** All sources by slug, the {@link CopyItem#defaults() default items}, plan only, 10 requests/s. */
    public static final CopyOptions DEFAULTS = new CopyOptions(SourceSelection.ALL, MatchBy.slug, CopyItem.defaults(),
            CopyMode.plan, 10);

    public CopyOptions {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(matchBy, "matchBy");
        Objects.requireNonNull(mode, "mode");
        // An EnumSet keeps the declaration order, so plans list the items the same way in every run.
        items = Collections.unmodifiableSet(items.isEmpty() ? EnumSet.noneOf(CopyItem.class) : EnumSet.copyOf(items));
        if (requestsPerSecond < 0) {
            throw new IllegalArgumentException("requestsPerSecond must be 0 (no limit) or more, was "
                    + requestsPerSecond);
        }
    }

    /** Whether {@code item} is copied. */
    public boolean copies(CopyItem item) {
        return items.contains(item);
    }

    public boolean copyDestinations() {
        return copies(CopyItem.destinations);
    }

    public boolean connectTrackingPlans() {
        return copies(CopyItem.trackingPlanConnections);
    }

    /** These options with {@code item} copied or not. */
    public CopyOptions with(CopyItem item, boolean copied) {
        Set<CopyItem> changed = EnumSet.noneOf(CopyItem.class);
        changed.addAll(items);
        if (copied) {
            changed.add(item);
        } else {
            changed.remove(item);
        }
        return new CopyOptions(selection, matchBy, changed, mode, requestsPerSecond);
    }

    public CopyOptions withSelection(SourceSelection newSelection) {
        return new CopyOptions(newSelection, matchBy, items, mode, requestsPerSecond);
    }

    public CopyOptions withMatchBy(MatchBy newMatchBy) {
        return new CopyOptions(selection, newMatchBy, items, mode, requestsPerSecond);
    }

    public CopyOptions withCopyDestinations(boolean copy) {
        return with(CopyItem.destinations, copy);
    }

    public CopyOptions withConnectTrackingPlans(boolean connect) {
        return with(CopyItem.trackingPlanConnections, connect);
    }

    public CopyOptions withMode(CopyMode newMode) {
        return new CopyOptions(selection, matchBy, items, newMode, requestsPerSecond);
    }

    public CopyOptions withRequestsPerSecond(int perSecond) {
        return new CopyOptions(selection, matchBy, items, mode, perSecond);
    }

    /** One line for plans and logs. */
    public String describe() {
        return "selection " + selection + ", match by " + matchBy + ", copying "
                + (items.isEmpty() ? "sources only" : "sources, " + items.stream().map(Enum::name)
                        .collect(Collectors.joining(", ")));
    }
}
