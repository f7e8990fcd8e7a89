package io.github.camelsegmentremote.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A received answer: status, headers (case-insensitive) and body bytes.
 */
public final class ApiResponse {

    private final ApiRequest request;
    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;
    private final ObjectMapper mapper;
    private final ApiErrorHandler errors;

    public ApiResponse(ApiRequest request, int status, Map<String, String> headers, byte[] body,
            ObjectMapper mapper, ApiErrorHandler errors) {
        this.request = request;
        this.status = status;
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        this.headers = Collections.unmodifiableMap(h);
        this.body = body == null ? new byte[0] : body;
        this.mapper = mapper;
        this.errors = errors;
    }

    public ApiRequest request() {
        return request;
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The parsed error of a non-2xx answer. */
    public ApiError error() {
        return errors.describe(this);
    }

    /** The request id the API gave this answer, if any (common header names). */
    public String requestId() {
        for (String name : new String[] { "X-Request-Id", "Request-Id", "X-Amzn-RequestId", "Trace-Id" }) {
            String value = headers.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * The error for a 2xx answer that does not hold what the operation answers (a list answer without its list,
     * contradictory paging information): the API's {@link ApiException} of kind
     * {@link ApiError.Kind#MALFORMED_RESPONSE}, with the operation, status and request id.
     */
    public ApiException malformed(String detail) {
        return errors.create(new ApiError(ApiError.Kind.MALFORMED_RESPONSE, request, status, null, detail,
                requestId(), null), null);
    }

    /**
     * The body as a JSON tree; an empty body is a missing node. A body that is not JSON (truncated, an HTML error
     * page) fails with an {@link ApiException} naming the call, never a bare parser error.
     */
    public JsonNode json() {
        if (body.length == 0) {
            return mapper.missingNode();
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            String contentType = headers.getOrDefault("Content-Type", "unknown").toLowerCase(Locale.ROOT);
            String detail = "answer is not valid JSON (" + body.length + " bytes, Content-Type " + contentType
                            + "): " + e.getMessage().lines().findFirst().orElse("");
            throw errors.create(new ApiError(ApiError.Kind.MALFORMED_RESPONSE, request, status, null, detail,
                    requestId(), null), e);
        }
    }
}
