package io.github.camelsegmentremote.sandbox;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One authenticated Public API call as an operation handler sees it: the request, the token's workspace, the
 * catalog, and the answers in Segment's {@code {"data": ...}} envelope with the negotiated media type.
 */
final class SegmentApiCall {

    private final SandboxRequest request;
    private final SegmentWorkspace workspace;
    private final SegmentCatalog catalog;
    private final String mediaType;

    SegmentApiCall(SandboxRequest request, SegmentWorkspace workspace, SegmentCatalog catalog, String mediaType) {
        this.request = request;
        this.workspace = workspace;
        this.catalog = catalog;
        this.mediaType = mediaType;
    }

    SandboxRequest request() {
        return request;
    }

    SegmentWorkspace workspace() {
        return workspace;
    }

    SegmentCatalog catalog() {
        return catalog;
    }

    /** Whether the caller asked for the alpha version, whose inputs take a few more fields. */
    boolean alpha() {
        return mediaType.contains("alpha");
    }

    /**
     * Refuses the call with 406 unless it asked for {@code version} ({@code v1beta}, {@code v1alpha}): operations
     * that exist only in a beta or alpha version of the Public API answer no other {@code Accept}.
     */
    SegmentApiCall requireVersion(String version) {
        String wanted = "application/vnd.segment." + version + "+json";
        if (!mediaType.equals(wanted)) {
            throw new SandboxException(406, "Not acceptable: this operation exists only in the " + version
                    + " version of the Public API; send 'Accept: " + wanted + "'");
        }
        return this;
    }

    String pathParam(String name) {
        return request.pathParam(name);
    }

    /** The JSON object body ({@code {}} when empty). */
    ObjectNode body() {
        return SegmentInput.body(request);
    }

    /** A required query parameter; missing is a 422 naming it. */
    String requiredQuery(String name) {
        String value = request.query(name);
        if (value == null || value.isBlank()) {
            throw SegmentInput.invalid(name, "\"" + name + "\" is required");
        }
        return value;
    }

    /** 200 with {@code {"data": data}}. */
    SandboxResponse ok(ObjectNode data) {
        return answer(200, data);
    }

    /** 201 Created with {@code {"data": data}}. */
    SandboxResponse created(ObjectNode data) {
        return answer(201, data);
    }

    /** 200 with {@code {"data": {"status": "SUCCESS"}}}, the answer of deletions and connections. */
    SandboxResponse success() {
        return ok(SandboxJson.object().put("status", "SUCCESS"));
    }

    /** 200 with {@code {"data": {field: [one page of items], "pagination": {...}}}}. */
    <T> SandboxResponse page(String field, List<T> all, Function<T, ObjectNode> view, boolean paginationRequired) {
        SegmentPage page = SegmentPage.of(request, paginationRequired);
        ObjectNode data = SandboxJson.object();
        ArrayNode items = data.putArray(field);
        page.slice(all).forEach(item -> items.add(view.apply(item)));
        data.set("pagination", page.toJson(all.size()));
        return ok(data);
    }

    /** A single object under {@code field}: {@code {"data": {field: node}}}. */
    SandboxResponse single(String field, ObjectNode node) {
        ObjectNode data = SandboxJson.object();
        data.set(field, node);
        return ok(data);
    }

    private SandboxResponse answer(int status, ObjectNode data) {
        ObjectNode envelope = SandboxJson.object();
        envelope.set("data", data);
        return SandboxResponse.json(status, envelope).header("Content-Type", mediaType);
    }
}
