package io.github.camelsegmentremote.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Segment state every Segment simulator shares: the catalog, three workspaces and what the Tracking API hosts
 * received. Seeded from {@link SandboxOptions} (same options, same ids):
 * <ul>
 * <li>{@value #US_WORKSPACE} (region us, {@link SandboxTokens#SEGMENT_US_TOKEN}, also readable with
 * {@link SandboxTokens#SEGMENT_CONFIG_API_TOKEN} on the Config API): the HR source {@value #HR_SOURCE_SLUG} (write
 * key {@link SandboxTokens#SEGMENT_WRITE_KEY}) plus {@code sourcesPerWorkspace} sources of varied types, settings,
 * labels, enabled flags and schema settings (one with forwarding targets and a tracking plan), destinations, a
 * destination filter and a warehouse;</li>
 * <li>{@value #US_STAGING_WORKSPACE} (region us, {@link SandboxTokens#SEGMENT_US_STAGING_TOKEN}): no sources, but
 * the same labels and a tracking plan of the same name, as a copy target;</li>
 * <li>{@value #EU_WORKSPACE} (region eu, {@link SandboxTokens#SEGMENT_EU_TOKEN}): one HR source with write key
 * {@link SandboxTokens#SEGMENT_EU_WRITE_KEY}.</li>
 * </ul>
 * Thread-safe. {@link #reset()} swaps in a freshly seeded state: fetch workspaces again after a reset.
 */
public final class SegmentWorld {

    public static final String US_WORKSPACE = "sandbox-us";
    public static final String US_STAGING_WORKSPACE = "sandbox-us-staging";
    public static final String EU_WORKSPACE = "sandbox-eu";
    public static final String HR_SOURCE_SLUG = "remote-hr";

    private final SandboxOptions options;
    private final SegmentCatalog catalog = new SegmentCatalog();
    private final List<Runnable> resetListeners = new CopyOnWriteArrayList<>();
    private volatile State state;

    /** A source and the workspace that owns it. */
    public record SourceOwner(SegmentWorkspace workspace, SegmentSource source) {
    }

    private record State(Map<String, SegmentWorkspace> workspaces, Map<String, SegmentTrackingTraffic> traffic) {
    }

    public SegmentWorld(SandboxOptions options) {
        this.options = options;
        this.state = seed();
    }

    public SandboxOptions options() {
        return options;
    }

    public SegmentCatalog catalog() {
        return catalog;
    }

    public List<SegmentWorkspace> workspaces() {
        return List.copyOf(state.workspaces.values());
    }

    /** A workspace by slug or id; unknown ones are a mistake of the caller. */
    public SegmentWorkspace workspace(String slugOrId) {
        for (SegmentWorkspace workspace : state.workspaces.values()) {
            if (workspace.slug().equals(slugOrId) || workspace.id().equals(slugOrId)) {
                return workspace;
            }
        }
        throw new IllegalArgumentException("no Segment workspace '" + slugOrId + "' in the sandbox");
    }

    public SegmentWorkspace us() {
        return workspace(US_WORKSPACE);
    }

    public SegmentWorkspace usStaging() {
        return workspace(US_STAGING_WORKSPACE);
    }

    public SegmentWorkspace eu() {
        return workspace(EU_WORKSPACE);
    }

    /** The workspace a Public API token belongs to, whatever its region. */
    public Optional<SegmentWorkspace> workspaceByToken(String token) {
        return state.workspaces.values().stream().filter(w -> w.token().equals(token)).findFirst();
    }

    /** The workspace a legacy Config API token reads. */
    public Optional<SegmentWorkspace> workspaceByConfigApiToken(String token) {
        return SandboxTokens.SEGMENT_CONFIG_API_TOKEN.equals(token) ? Optional.of(us()) : Optional.empty();
    }

    /** The source a write key belongs to, in any workspace of any region. */
    public Optional<SourceOwner> writeKeyOwner(String writeKey) {
        for (SegmentWorkspace workspace : state.workspaces.values()) {
            Optional<SegmentSource> source = workspace.sourceByWriteKey(writeKey);
            if (source.isPresent()) {
                return Optional.of(new SourceOwner(workspace, source.get()));
            }
        }
        return Optional.empty();
    }

    /** What the Tracking API host of a region ({@code us} or {@code eu}) received. */
    public SegmentTrackingTraffic tracking(String region) {
        SegmentTrackingTraffic traffic = state.traffic.get(region);
        if (traffic == null) {
            throw new IllegalArgumentException("no Segment region '" + region + "': use us or eu");
        }
        return traffic;
    }

    /** Forgets every change and everything received, and re-seeds; simulators drop their own state too. */
    public void reset() {
        state = seed();
        resetListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} after every reset (a simulator's rate-limit windows and counters). */
    void onReset(Runnable listener) {
        resetListeners.add(listener);
    }

    ObjectNode inspectWorkspaces(String region) {
        ObjectNode node = SandboxJson.object();
        state.workspaces.values().stream().filter(w -> w.region().equals(region))
                .forEach(w -> node.set(w.slug(), w.inspect()));
        return node;
    }

    private State seed() {
        SegmentIds ids = new SegmentIds(options.seed());
        return new State(new SegmentWorldSeed(options, catalog, ids).workspaces(),
                Map.of("us", new SegmentTrackingTraffic("us"), "eu", new SegmentTrackingTraffic("eu")));
    }
}
