package io.github.camelsegmentremote.copy;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.github.camelsegmentremote.client.Secret;
import io.github.camelsegmentremote.segment.SegmentComponent;
import io.github.camelsegmentremote.segment.SegmentConfiguration;
import io.github.camelsegmentremote.segment.SegmentRegion;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;

/**
 * How to reach one workspace: its Public API token (never shown), its region, and optionally a base URL that
 * overrides the region's host (a proxy, the sandbox). A workspace can also be a named {@code segment} component
 * instance configured with that workspace's token, region and host ({@link #ofComponent}): the calls then go to
 * that component's endpoints, as the shipped copy route does with {@code segment-source} and {@code segment-target}.
 *
 * @param component the name of the segment component instance to call; null for a workspace given by its token
 */
public record WorkspaceRef(Secret token, SegmentRegion region, String baseUrl, String component) {

    public WorkspaceRef {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(region, "region");
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.trim();
    }

    /** A workspace given by its token, called through the context's default {@code segment} component. */
    public WorkspaceRef(Secret token, SegmentRegion region, String baseUrl) {
        this(token, region, baseUrl, null);
    }

    /**
     * The workspace of a named {@code segment} component instance (a bean of type {@link SegmentComponent}, e.g.
     * {@code segment-source}): its token, region and base URL are the component's.
     *
     * @return empty when the component has no token (the workspace is not configured)
     * @throws IllegalArgumentException when the context has no such component, or it is not a segment component
     */
    public static Optional<WorkspaceRef> ofComponent(CamelContext context, String name) {
        Component component = context.getComponent(name);
        if (!(component instanceof SegmentComponent segment)) {
            throw new IllegalArgumentException("There is no segment component named '" + name + "'"
                    + (component == null ? "" : " (it is a " + component.getClass().getName() + ")")
                    + ": declare a bean of type " + SegmentComponent.class.getName() + " named '" + name
                    + "' with the workspace's token and region, as routes/copy-segment-sources.camel.yaml does");
        }
        SegmentConfiguration configuration = segment.getConfiguration();
        Secret token = Secret.ofNullable(configuration.getToken());
        if (token == null) {
            return Optional.empty();
        }
        SegmentRegion region = configuration.getRegion() == null ? SegmentRegion.us : configuration.getRegion();
        return Optional.of(new WorkspaceRef(token, region, configuration.getBaseUrl(), name));
    }

    /**
     * @param token   the workspace's Public API token
     * @param region  {@code us} or {@code eu}; blank reads as {@code us}
     * @param baseUrl blank for the region's own host
     */
    public static WorkspaceRef of(String token, String region, String baseUrl) {
        return of(Secret.ofNullable(token), region, baseUrl);
    }

    /** As {@link #of(String, String, String)}, with the token already wrapped. */
    public static WorkspaceRef of(Secret token, String region, String baseUrl) {
        if (token == null) {
            throw new IllegalArgumentException("A workspace needs its Public API token (Segment app: Settings > "
                    + "Workspace settings > Access Management > Tokens)");
        }
        return new WorkspaceRef(token, region(region), baseUrl);
    }

    private static SegmentRegion region(String region) {
        if (region == null || region.isBlank()) {
            return SegmentRegion.us;
        }
        try {
            return SegmentRegion.valueOf(region.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Region must be us or eu, was '" + region + "'", e);
        }
    }

    /** The host the calls go to. */
    public String host() {
        return baseUrl != null ? baseUrl : region.publicApiUrl();
    }

    @Override
    public String toString() {
        return "WorkspaceRef[" + (component == null ? "" : "component=" + component + ", ") + "region=" + region
                + ", host=" + host() + ", token=" + token + "]";
    }
}
