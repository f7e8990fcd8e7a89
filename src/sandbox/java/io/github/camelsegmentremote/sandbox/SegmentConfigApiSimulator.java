package io.github.camelsegmentremote.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Segment's legacy Config API ({@code https://platform.segmentapis.com}), read-only, over the shared
 * {@link SegmentWorld}: {@code GET /v1beta/workspaces}, {@code GET /v1beta/workspaces/{workspace}},
 * {@code GET /v1beta/workspaces/{workspace}/sources} (paged with {@code page_size}, default 10, at most 100, and the
 * opaque {@code page_token}; answers {@code next_page_token}, empty on the last page) and
 * {@code GET /v1beta/workspaces/{workspace}/sources/{source}}. Resources are named
 * {@code workspaces/<slug>/sources/<slug>}.
 * <p>
 * {@code Authorization: Bearer} {@link SandboxTokens#SEGMENT_CONFIG_API_TOKEN} reads {@value SegmentWorld#US_WORKSPACE};
 * a Public API token gets 401 with a message saying so. Errors are {@code {"error": "...", "code": N}} with the
 * Config API's gRPC-style codes (3 invalid argument, 5 not found, 8 resource exhausted, 16 unauthenticated, ...).
 */
public final class SegmentConfigApiSimulator implements Simulator {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 100;
    private static final String TOKEN_PREFIX = "offset:";

    private final SegmentWorld world;
    private final LongAdder unauthorized = new LongAdder();

    public SegmentConfigApiSimulator(SegmentWorld world) {
        this.world = world;
        world.onReset(unauthorized::reset);
    }

    @Override
    public String name() {
        return "segment-config-api";
    }

    @Override
    public void register(SandboxServer server) {
        server.route("GET", "/v1beta/workspaces", this::listWorkspaces);
        server.route("GET", "/v1beta/workspaces/{workspace}", request -> {
            SegmentWorkspace workspace = authorizedWorkspace(request, request.pathParam("workspace"));
            return SandboxResponse.json(200, workspaceJson(workspace));
        });
        server.route("GET", "/v1beta/workspaces/{workspace}/sources", this::listSources);
        server.route("GET", "/v1beta/workspaces/{workspace}/sources/{source}", request -> {
            SegmentWorkspace workspace = authorizedWorkspace(request, request.pathParam("workspace"));
            String slug = request.pathParam("source");
            SegmentSource source = workspace.source(slug).filter(s -> s.slug().equals(slug)).orElseThrow(
                    () -> new SandboxException(404, "source workspaces/" + workspace.slug() + "/sources/" + slug
                            + " not found"));
            return SandboxResponse.json(200, sourceJson(workspace, source));
        });
    }

    private SandboxResponse listWorkspaces(SandboxRequest request) {
        SegmentWorkspace workspace = workspaceOf(request);
        ObjectNode body = SandboxJson.object();
        body.putArray("workspaces").add(workspaceJson(workspace));
        body.put("next_page_token", "");
        return SandboxResponse.json(200, body);
    }

    private SandboxResponse listSources(SandboxRequest request) {
        SegmentWorkspace workspace = authorizedWorkspace(request, request.pathParam("workspace"));
        int pageSize = Math.min(MAX_PAGE_SIZE, pageSize(request));
        int offset = offset(request.query("page_token"));
        List<SegmentSource> sources = workspace.sources();
        ObjectNode body = SandboxJson.object();
        ArrayNode items = body.putArray("sources");
        sources.stream().skip(offset).limit(pageSize).forEach(s -> items.add(sourceJson(workspace, s)));
        int next = offset + pageSize;
        body.put("next_page_token", next < sources.size() ? token(next) : "");
        return SandboxResponse.json(200, body);
    }

    private SegmentWorkspace authorizedWorkspace(SandboxRequest request, String slug) {
        SegmentWorkspace workspace = workspaceOf(request);
        if (!workspace.slug().equals(slug)) {
            throw new SandboxException(404, "workspace workspaces/" + slug + " not found");
        }
        return workspace;
    }

    private SegmentWorkspace workspaceOf(SandboxRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            unauthorized.increment();
            throw new SandboxException(401, "the access token is missing");
        }
        String token = authorization.substring(7).trim();
        return world.workspaceByConfigApiToken(token).orElseThrow(() -> {
            unauthorized.increment();
            return new SandboxException(401, world.workspaceByToken(token).isPresent()
                    ? "the access token is invalid: this is a Public API token, the Config API needs a Config API "
                            + "access token"
                    : "the access token is invalid");
        });
    }

    private static int pageSize(SandboxRequest request) {
        String value = request.query("page_size");
        if (value == null || value.isBlank()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(value.trim());
            if (size < 1) {
                throw new NumberFormatException("not positive");
            }
            return size;
        } catch (NumberFormatException e) {
            throw new SandboxException(400, "page_size must be a positive integer, was '" + value + "'");
        }
    }

    private static int offset(String pageToken) {
        if (pageToken == null || pageToken.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(pageToken), StandardCharsets.UTF_8);
            if (!decoded.startsWith(TOKEN_PREFIX)) {
                throw new IllegalArgumentException("not a page token");
            }
            return Integer.parseUnsignedInt(decoded.substring(TOKEN_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new SandboxException(400, "page_token is invalid");
        }
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode workspaceJson(SegmentWorkspace workspace) {
        ObjectNode node = SandboxJson.object();
        node.put("name", "workspaces/" + workspace.slug());
        node.put("display_name", workspace.name());
        node.put("id", workspace.id());
        node.put("create_time", SegmentWorldSeed.SEEDED_AT.toString());
        return node;
    }

    private ObjectNode sourceJson(SegmentWorkspace workspace, SegmentSource source) {
        SegmentSourceMetadata metadata = world.catalog().source(source.metadataId()).orElseThrow();
        ObjectNode node = SandboxJson.object();
        node.put("name", "workspaces/" + workspace.slug() + "/sources/" + source.slug());
        node.put("parent", "workspaces/" + workspace.slug());
        node.put("display_name", source.name());
        node.put("catalog_name", "catalog/sources/" + metadata.slug());
        node.put("catalog_id", metadata.id());
        source.writeKeys().forEach(node.putArray("write_keys")::add);
        node.putObject("library_config");
        node.put("create_time", source.createdAt().toString());
        return node;
    }

    @Override
    public SandboxResponse error(int status, String type, String message) {
        ObjectNode body = SandboxJson.object();
        body.put("error", message);
        body.put("code", grpcCode(status));
        return SandboxResponse.json(status, body);
    }

    /** The Config API's error codes by HTTP status (its documented table). */
    static int grpcCode(int status) {
        return switch (status) {
            case 400 -> 3;
            case 401 -> 16;
            case 403 -> 7;
            case 404 -> 5;
            case 405, 501 -> 12;
            case 409 -> 6;
            case 429 -> 8;
            case 503 -> 14;
            default -> status >= 500 ? 13 : 2;
        };
    }

    @Override
    public SandboxResponse rateLimited(long retryAfterMillis) {
        return error(429, null, "rate limit exceeded")
                .header("Retry-After", String.valueOf(SegmentRateLimiter.retryAfterSeconds(retryAfterMillis)));
    }

    @Override
    public JsonNode inspect() {
        SegmentWorkspace workspace = world.us();
        ObjectNode node = SandboxJson.object();
        node.put("workspace", "workspaces/" + workspace.slug());
        node.put("sources", workspace.sourceCount());
        node.put("unauthorized", unauthorized.sum());
        return node;
    }

    /** Re-seeds the shared Segment world. */
    @Override
    public void reset() {
        world.reset();
    }
}
