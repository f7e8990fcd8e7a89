package io.github.camelsegmentremote.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Segment's Public API for the workspaces of one region ({@code us}: {@code https://api.segmentapis.com},
 * {@code eu}: {@code https://eu1.api.segmentapis.com}), over the shared {@link SegmentWorld}.
 * <p>
 * Requests: {@code Authorization: Bearer <token>}; a token of a workspace of the other region gets 401 like the
 * real wrong-host case, as do unknown tokens and legacy Config API tokens. {@code Accept} may be
 * {@code application/vnd.segment.v1+json}, {@code v1beta}, {@code v1alpha} (also the documented
 * {@code stable}/{@code beta}/{@code alpha} spellings), {@code application/json}, {@code *}{@code /*} or absent;
 * any other, e.g. an unknown version {@code application/vnd.segment.v2+json}, gets 406 Not Acceptable (the request
 * is fine, the representation asked for does not exist). The answer's {@code Content-Type} is the negotiated type.
 * Lists take {@code pagination.count} (1 to 200, required where the API requires it) and the opaque
 * {@code pagination.cursor} (Base64 of the offset) and answer {@code data.pagination} = {current, next, previous,
 * totalEntries}.
 * <p>
 * Answers: {@code {"data": ...}}; errors {@code {"errors":[{"type","message","field"?,"data"?}]}}
 * ({@code RequestErrorEnvelope}) with types {@code unauthorized}, {@code not-found}, {@code input-validation}
 * (422, with {@code field}), {@code conflict} (409, duplicate slug or label), {@code bad-request} (400, refused
 * change such as a forwarding target that does not exist, Protocols settings without a tracking plan, a US-only
 * integration in the EU), {@code not-acceptable} (406) and {@code RequestError} (429). {@code createSource} and
 * {@code createLabel} answer 201 like the current API (the 32.0.5 OpenAPI file says 200). Secret settings come back
 * masked with "•".
 * <p>
 * Rate limit: with {@link SandboxOptions#segmentRequestsPerSecond()} &gt; 0, a one-second window per token; every
 * answer then carries {@code X-RateLimit-Limit/Consumed/Remaining/Reset} (reset as an RFC 5322 date, as documented),
 * and a request over the limit gets 429 with {@code Retry-After} (whole seconds, at least 1) and the documented body
 * {@code {"errors":[{"type":"RequestError","message":"Too many requests","data":{"msBeforeNext",...}}]}}. Injected
 * 429s (fault plan) answer the same way.
 * <p>
 * Simulated operations (paths exactly as in the operations table): getWorkspace; listSources, getSource,
 * createSource, updateSource, deleteSource, listSchemaSettingsInSource, updateSchemaSettingsInSource,
 * listConnectedDestinationsFromSource, listConnectedWarehousesFromSource, addLabelsToSource, replaceLabelsInSource;
 * listDestinations, getDestination, createDestination, updateDestination, deleteDestination,
 * listFiltersFromDestination; listTrackingPlans, getTrackingPlan, listSourcesFromTrackingPlan,
 * addSourceToTrackingPlan, removeSourceFromTrackingPlan; listLabels, createLabel; getSourcesCatalog,
 * getSourceMetadata, getDestinationsCatalog, getDestinationMetadata, getWarehousesCatalog, getWarehouseMetadata;
 * listWarehouses, getWarehouse, listConnectedSourcesFromWarehouse, addConnectionFromSourceToWarehouse, listFunctions,
 * listUsers, getEventsVolumeFromWorkspace; createFilterForDestination, updateFilterForDestination; createTrackingPlan,
 * listRulesFromTrackingPlan, replaceRulesInTrackingPlan; and only in their beta version (406 for any other
 * {@code Accept}) listSubscriptionsFromDestination, createDestinationSubscription, updateSubscriptionForDestination,
 * listTransformations, createTransformation, updateTransformation; only in their alpha version
 * listInsertFunctionInstances, createInsertFunctionInstance, updateInsertFunctionInstance. Every other operation of
 * the table answers 501 {@code not-implemented} "operation X is not simulated by the sandbox".
 */
public final class SegmentPublicApiSimulator implements Simulator {

    static final String DEFAULT_MEDIA_TYPE = "application/vnd.segment.v1+json";
    private static final List<String> VERSIONS = List.of("v1", "v1beta", "v1alpha");
    private static final Map<String, String> DOCUMENTED_ALIASES = Map.of("stable", "v1", "beta", "v1beta", "alpha",
            "v1alpha");

    private final SegmentWorld world;
    private final String region;
    private final SegmentRateLimiter rateLimiter;
    private final Map<String, LongAdder> callsByOperation = new ConcurrentHashMap<>();
    private final List<SegmentRequestRecord> requestLog = Collections.synchronizedList(new ArrayList<>());

    public SegmentPublicApiSimulator(SegmentWorld world, String region) {
        this.world = world;
        this.region = region;
        this.rateLimiter = new SegmentRateLimiter(world.options().segmentRequestsPerSecond());
        world.onReset(this::clearCounters);
    }

    @Override
    public String name() {
        return "segment-public-api-" + region;
    }

    public String region() {
        return region;
    }

    /** Requests that reached an operation (authenticated or not), by operationId. */
    public long calls(String operationId) {
        LongAdder adder = callsByOperation.get(operationId);
        return adder == null ? 0 : adder.sum();
    }

    /** Every request received since the last reset, in order (tokens are not kept, only their workspace). */
    public List<SegmentRequestRecord> requestLog() {
        synchronized (requestLog) {
            return List.copyOf(requestLog);
        }
    }

    /** Requests refused with 429 by the configured rate limit (injected 429s not included). */
    public long refusedByRateLimit() {
        return rateLimiter.refused();
    }

    @Override
    public void register(SandboxServer server) {
        SegmentApiHandlers handlers = new SegmentApiHandlers();
        SegmentWorkspaceApi.register(handlers);
        SegmentSourcesApi.register(handlers);
        SegmentDestinationsApi.register(handlers);
        SegmentTrackingPlansApi.register(handlers);
        SegmentCatalogApi.register(handlers);
        SegmentFiltersApi.register(handlers);
        SegmentDeliveryApi.register(handlers);
        for (SegmentPublicApiOperations.Operation operation : SegmentPublicApiOperations.all()) {
            SegmentApiHandler handler = handlers.take(operation.operationId());
            SegmentApiHandler answer = handler != null ? handler : call -> {
                // 501, not 404: a client must be able to tell "the sandbox lacks this operation" from "no such
                // resource", which a 404 means on every simulated operation.
                throw new SandboxException(501, "operation " + operation.operationId() + " ("
                        + operation.method() + " " + operation.path() + ") is not simulated by the sandbox");
            };
            server.route(operation.method(), operation.path(), request -> serve(operation, request, answer));
        }
        if (!handlers.remaining().isEmpty()) {
            throw new IllegalStateException("handlers for operations the Public API does not have: "
                    + handlers.remaining().keySet());
        }
    }

    private SandboxResponse serve(SegmentPublicApiOperations.Operation operation, SandboxRequest request,
            SegmentApiHandler handler) {
        callsByOperation.computeIfAbsent(operation.operationId(), k -> new LongAdder()).increment();
        SegmentRateLimiter.Decision decision = null;
        SandboxResponse response;
        try {
            String token = bearerToken(request);
            SegmentWorkspace workspace = workspaceOf(token);
            requestLog.add(SegmentRequestRecord.of(workspace.slug(), operation.operationId(), request));
            String mediaType = negotiate(request.header("Accept"));
            if (rateLimiter.enabled()) {
                long now = System.currentTimeMillis();
                decision = rateLimiter.acquire(token, now);
                if (!decision.allowed()) {
                    return tooManyRequests(decision.millisBeforeNext(now), decision.consumed(), decision);
                }
            }
            response = handler.handle(new SegmentApiCall(request, workspace, world.catalog(), mediaType));
        } catch (SegmentInput.SegmentFieldException e) {
            response = error(e.status(), e.type(), e.getMessage(), e.field());
        } catch (SandboxException e) {
            response = error(e.status(), e.type(), e.getMessage());
        }
        if (decision != null) {
            SegmentRateLimiter.addHeaders(response, decision);
        }
        return response;
    }

    private static String bearerToken(SandboxRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            throw new SandboxException(401, "Unauthorized: send 'Authorization: Bearer <token>'");
        }
        return authorization.substring(7).trim();
    }

    /** The token's workspace, which must live in this simulator's region. */
    private SegmentWorkspace workspaceOf(String token) {
        Optional<SegmentWorkspace> workspace = world.workspaceByToken(token);
        if (workspace.isEmpty() || !workspace.get().region().equals(region)) {
            throw new SandboxException(401, "Unauthorized: the token is invalid, revoked or not valid on this host");
        }
        return workspace.get();
    }

    /** The media type answered for an Accept header; 406 when none of its types is served. */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return DEFAULT_MEDIA_TYPE;
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (type.equals("application/json")) {
                return type;
            }
            if (type.equals("*/*") || type.equals("application/*")) {
                return DEFAULT_MEDIA_TYPE;
            }
            if (type.startsWith("application/vnd.segment.") && type.endsWith("+json")) {
                String version = type.substring("application/vnd.segment.".length(), type.length() - 5);
                String known = DOCUMENTED_ALIASES.getOrDefault(version, version);
                if (VERSIONS.contains(known)) {
                    return "application/vnd.segment." + known + "+json";
                }
            }
        }
        throw new SandboxException(406, "Not acceptable: '" + accept + "'. Use application/vnd.segment.v1+json, "
                + "application/vnd.segment.v1beta+json, application/vnd.segment.v1alpha+json or application/json");
    }

    @Override
    public SandboxResponse error(int status, String type, String message) {
        return error(status, type, message, null);
    }

    private static SandboxResponse error(int status, String type, String message, String field) {
        ObjectNode error = SandboxJson.object();
        error.put("type", errorType(status, type));
        error.put("message", message);
        if (field != null) {
            error.put("field", field);
        }
        return envelope(status, error);
    }

    /**
     * Segment's error types are kebab-case words ({@code input-validation}); the sandbox server's generic errors
     * ({@code NotFound}, {@code InternalServerError}) are translated by status.
     */
    static String errorType(int status, String type) {
        if (type != null && !Character.isUpperCase(type.charAt(0))) {
            return type;
        }
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 422 -> SegmentInput.VALIDATION;
            case 429 -> "RequestError";
            case 501 -> "not-implemented";
            default -> status >= 500 ? "server-error" : "request-error";
        };
    }

    @Override
    public SandboxResponse rateLimited(long retryAfterMillis) {
        return tooManyRequests(retryAfterMillis, 0, null);
    }

    private SandboxResponse tooManyRequests(long millisBeforeNext, int consumed, SegmentRateLimiter.Decision decision) {
        ObjectNode error = SandboxJson.object();
        error.put("type", "RequestError");
        error.put("message", "Too many requests");
        error.putObject("data").put("remainingPoints", 0).put("msBeforeNext", millisBeforeNext)
                .put("consumedPoints", consumed);
        SandboxResponse response = envelope(429, error);
        response.header("Retry-After", String.valueOf(SegmentRateLimiter.retryAfterSeconds(millisBeforeNext)));
        if (decision != null) {
            SegmentRateLimiter.addHeaders(response, decision);
        } else {
            response.header("X-RateLimit-Remaining", "0");
            response.header("X-RateLimit-Reset",
                    SegmentRateLimiter.httpDate(System.currentTimeMillis() + millisBeforeNext));
        }
        return response;
    }

    private static SandboxResponse envelope(int status, ObjectNode error) {
        ObjectNode body = SandboxJson.object();
        body.putArray("errors").add(error);
        return SandboxResponse.json(status, body);
    }

    @Override
    public JsonNode inspect() {
        ObjectNode node = SandboxJson.object();
        node.put("region", region);
        node.set("workspaces", world.inspectWorkspaces(region));
        ObjectNode calls = node.putObject("callsByOperation");
        callsByOperation.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> calls.put(e.getKey(), e.getValue().sum()));
        ObjectNode limit = node.putObject("rateLimit");
        limit.put("requestsPerSecond", rateLimiter.limitPerSecond());
        limit.put("refused", rateLimiter.refused());
        return node;
    }

    /** Re-seeds the shared Segment world (all Segment simulators see the reset) and clears this one's counters. */
    @Override
    public void reset() {
        world.reset();
    }

    private void clearCounters() {
        callsByOperation.clear();
        requestLog.clear();
        rateLimiter.reset();
    }
}
