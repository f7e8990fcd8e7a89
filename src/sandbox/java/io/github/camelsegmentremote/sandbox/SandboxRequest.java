package io.github.camelsegmentremote.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;

/**
 * One HTTP request as a simulator sees it: method, matched path parameters, query, headers and raw body.
 */
public record SandboxRequest(String method, String path, Map<String, String> pathParams,
        Map<String, List<String>> query, Headers headers, byte[] body) {

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** First value of a query parameter, or null. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public int queryInt(String name, int defaultValue) {
        String value = query(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new SandboxException(400, "invalid integer for query parameter '" + name + "': " + value);
        }
    }

    public String header(String name) {
        return headers.getFirst(name);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON; a malformed body is a 400 as on the real APIs. */
    public JsonNode json() {
        if (body.length == 0) {
            throw new SandboxException(400, "request body is empty");
        }
        try {
            return SandboxJson.MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SandboxException(400, "request body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new SandboxException(400, "request body could not be read: " + e.getMessage());
        }
    }
}
