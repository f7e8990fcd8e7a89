package io.github.camelsegmentremote.segment;

import java.util.List;
import java.util.stream.Collectors;

import io.github.camelsegmentremote.client.PathTemplate;

/**
 * One operation of the catalog.
 *
 * @param operationId the API's operationId, the endpoint path ({@code listSources})
 * @param method      HTTP method
 * @param path        path template relative to the API host
 * @param tag         the API reference section
 * @param summary     one line from the API reference
 * @param paged       whether the answer is one page of a list (cursor or page-token paging)
 * @param resultField the field of {@code data} holding the result (the list's items for paged operations), or
 *                    null when the whole {@code data} object is the result
 * @param resultList  whether the result is a list
 * @param resultType  the spec model of the result (of each item for lists), or null
 * @param versions    the Public API versions that serve the operation, stable first; empty for the legacy Config
 *                    API, which has no versions
 */
public record SegmentOperation(String operationId, String method, PathTemplate path, String tag, String summary,
        boolean paged, String resultField, boolean resultList, String resultType, List<SegmentApiVersion> versions) {

    public SegmentOperation {
        versions = versions.stream().sorted().toList();
    }

    /** The version sent when the endpoint sets none: the stable one if the operation has it, else beta, else alpha. */
    public SegmentApiVersion defaultVersion() {
        return versions.isEmpty() ? SegmentApiVersion.v1 : versions.get(0);
    }

    /**
     * The version to send: {@code requested} (null: {@link #defaultVersion()}); a version the operation lacks is
     * refused before anything is sent, naming the versions it has.
     */
    public SegmentApiVersion version(SegmentApiVersion requested) {
        if (requested == null) {
            return defaultVersion();
        }
        if (!versions.isEmpty() && !versions.contains(requested)) {
            throw new IllegalArgumentException("Option apiVersion=" + requested + ": Segment serves operation "
                    + operationId + " only as " + versions.stream().map(Enum::name).collect(Collectors.joining(", "))
                    + "; set apiVersion to one of these, or leave it unset to send " + defaultVersion());
        }
        return requested;
    }

    /** Whether the operation sends a JSON body. */
    public boolean hasBody() {
        return switch (method) {
            case "POST", "PUT", "PATCH" -> true;
            default -> false;
        };
    }

    /** Whether the answer is a list a consumer can poll: a paged list, or a plain list read with GET. */
    public boolean isList() {
        return paged || "GET".equals(method) && resultList;
    }
}
