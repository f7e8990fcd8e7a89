package io.github.camelsegmentremote.remote;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.github.camelsegmentremote.client.PathTemplate;

/**
 * One Remote API operation as the component calls it: its name, the spec's operationId, method and path, what
 * its answer holds, and the query parameters the spec declares. The catalog ({@link RemoteOperationCatalog}) holds
 * every operation of Remote's OpenAPI spec; {@link #generic(String, String)} describes a call by method and path
 * that the spec does not list.
 *
 * @param name            the component's name for it ({@code listEmployments})
 * @param operationId     the spec's operationId ({@code get_v1_employments}), or null for a generic call
 * @param method          HTTP method
 * @param path            path template with {@code {param}} placeholders
 * @param kind            what the answer holds
 * @param itemsField      for lists: the array field holding the items, or null to take the answer's only array
 * @param resultField     for single resources: the field of {@code data} holding the resource, or null
 * @param model           the typed model of an item or resource ({@code Employment}), or null for JSON trees
 * @param hasBody         whether the operation takes a JSON request body
 * @param deprecated      whether the spec marks it deprecated
 * @param queryParameters the query parameters the spec declares
 * @param summary         the spec's one-line summary
 * @param accept          the media types of the spec's 2xx answers, sent as {@code Accept} ({@code application/json},
 *                        or for files {@code application/pdf, image/png, ...})
 * @param requestType     the media type of the request body ({@code application/json} or
 *                        {@code multipart/form-data}), or null when the operation takes none
 * @param security        how the spec authenticates the operation
 */
public record RemoteOperation(String name, String operationId, String method, String path, Kind kind,
        String itemsField, String resultField, String model, boolean hasBody, boolean deprecated,
        List<String> queryParameters, String summary, String accept, String requestType, Security security) {

    /** JSON, the media type of most answers and bodies. */
    public static final String JSON = "application/json";
    /** The media type of file uploads. */
    public static final String MULTIPART = "multipart/form-data";

    /** How the spec secures an operation. */
    public enum Security {
        /** The endpoint's API token or OAuth2 access token, as {@code Authorization: Bearer}. */
        BEARER,
        /** HTTP Basic with the OAuth2 client id and secret (the token endpoint). */
        BASIC;

        static Security parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The name of the generic operation that calls any method and path. */
    public static final String GENERIC_NAME = "call";

    /** What an operation's answer holds. */
    public enum Kind {
        /** A list paged with {@code page}/{@code page_size}. */
        PAGED,
        /** A list answered in one response. */
        LIST,
        /** One resource or result. */
        ONE;

        static Kind parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public RemoteOperation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(security, "security");
        queryParameters = List.copyOf(queryParameters);
    }

    /** A call by method and path: every parameter not in the path goes to the query, the answer is returned whole. */
    public static RemoteOperation generic(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        boolean body = !m.equals("GET") && !m.equals("DELETE") && !m.equals("HEAD");
        return new RemoteOperation(GENERIC_NAME, null, m, path.startsWith("/") ? path : "/" + path, Kind.ONE, null,
                null, null, body, false, List.of(), m + " " + path, JSON, body ? JSON : null, Security.BEARER);
    }

    /** Whether the body is sent as {@code multipart/form-data} (file uploads). */
    public boolean isMultipart() {
        return MULTIPART.equals(requestType);
    }

    public boolean isGeneric() {
        return operationId == null;
    }

    public boolean isList() {
        return kind != Kind.ONE;
    }

    public PathTemplate pathTemplate() {
        return PathTemplate.of(path);
    }

    /** The path parameter names, in order. */
    public List<String> pathParameters() {
        return pathTemplate().parameters();
    }

    /** Whether the spec declares {@code name} as a path or query parameter of this operation. */
    public boolean declares(String parameter) {
        return pathParameters().contains(parameter) || queryParameters.contains(parameter);
    }

    /** Whether the answer (items or resource) is mapped to {@link Employment}. */
    public boolean returnsEmployment() {
        return Employment.MODEL_NAME.equals(model);
    }

    @Override
    public String toString() {
        return name + " (" + method + " " + path + ")";
    }
}
