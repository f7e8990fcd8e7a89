package io.github.camelsegmentremote.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One API call, immutable: method, path relative to the base URL, query, extra headers, body (JSON unless said
 * otherwise), and whether it
 * may be sent again after a failure. Build with {@link #builder(String, String)}.
 */
public final class ApiRequest {

    private final String operation;
    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final String contentType;
    private final boolean retryable;

    private ApiRequest(Builder b) {
        this.operation = b.operation;
        this.method = b.method;
        this.path = b.path;
        this.query = copy(b.query);
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.body = b.body;
        this.contentType = b.contentType;
        this.retryable = b.retryable != null ? b.retryable : isIdempotent(b.method);
    }

    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    public static ApiRequest get(String path) {
        return builder("GET", path).build();
    }

    /** The operation name used in errors and logs ({@code listSources}); defaults to method and path. */
    public String operation() {
        return operation != null ? operation : method + " " + path;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Map<String, List<String>> query() {
        return query;
    }

    public String queryValue(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The body, or null. */
    public byte[] body() {
        return body;
    }

    /** The body's media type: {@code application/json} unless set (a multipart body carries its boundary). */
    public String contentType() {
        return contentType;
    }

    /** Whether the call can be sent again after a failure without doing twice what it does. */
    public boolean retryable() {
        return retryable;
    }

    /** The path with its encoded query string. */
    public String pathAndQuery() {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder sb = new StringBuilder(path).append('?');
        boolean first = true;
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            for (String v : e.getValue()) {
                if (!first) {
                    sb.append('&');
                }
                first = false;
                sb.append(encode(e.getKey())).append('=').append(encode(v));
            }
        }
        return sb.toString();
    }

    /** A copy with one query parameter set (replacing its values), as paging needs. */
    public ApiRequest withQuery(String name, Object value) {
        return toBuilder().setQuery(name, value).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder(method, path);
        b.operation = operation;
        query.forEach((k, v) -> b.query.put(k, new ArrayList<>(v)));
        b.headers.putAll(headers);
        b.body = body;
        b.contentType = contentType;
        b.retryable = retryable;
        return b;
    }

    @Override
    public String toString() {
        // Paths and queries carry ids, never credentials; the body is left out: it can be large and personal.
        return method + " " + pathAndQuery();
    }

    private static boolean isIdempotent(String method) {
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** Builds an {@link ApiRequest}. */
    public static final class Builder {
        private String operation;
        private final String method;
        private final String path;
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private String contentType = "application/json; charset=UTF-8";
        private Boolean retryable;

        private Builder(String method, String path) {
            this.method = Objects.requireNonNull(method, "method").toUpperCase(java.util.Locale.ROOT);
            Objects.requireNonNull(path, "path");
            this.path = path.startsWith("/") ? path : "/" + path;
        }

        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        /** Adds a query value; null values are skipped, collections add one value each. */
        public Builder query(String name, Object value) {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> query(name, v));
            } else if (value != null) {
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
            }
            return this;
        }

        public Builder setQuery(String name, Object value) {
            query.remove(name);
            return query(name, value);
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Builder body(byte[] json) {
            this.body = json;
            return this;
        }

        /** A body of another media type ({@code multipart/form-data; boundary=...}, say). */
        public Builder body(byte[] bytes, String contentType) {
            this.body = bytes;
            this.contentType = Objects.requireNonNull(contentType, "contentType");
            return this;
        }

        /** Overrides the default (GET, PUT, DELETE retryable; POST, PATCH not) for this call. */
        public Builder retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
