package io.github.camelsegmentremote.remote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.ApiError;
import io.github.camelsegmentremote.client.ApiErrorHandler;
import io.github.camelsegmentremote.client.ApiException;
import io.github.camelsegmentremote.client.ApiResponse;
import io.github.camelsegmentremote.client.JsonBodies;

/**
 * Reads Remote's error bodies: {@code {"message": "..."}}, {@code {"message": {"code", "message"}}}, parameter and
 * action errors ({@code {"message": [{"code", "message", "param"}]}}) and validation errors
 * ({@code {"errors": {"field": ["is invalid"]}}}), and adds the likely fix. A 401 explains expired or revoked
 * credentials and the environment mismatch (a token of one environment sent to the other), naming the options and
 * the base URL, never the token.
 */
final class RemoteErrorHandler implements ApiErrorHandler {

    private final RemoteEnvironment environment;
    private final String baseUrl;
    private final boolean oauth;

    /**
     * @param environment the endpoint's environment
     * @param baseUrl     the base URL the calls go to
     * @param oauth       whether the endpoint authenticates with OAuth2 rather than an API token
     */
    RemoteErrorHandler(RemoteEnvironment environment, String baseUrl, boolean oauth) {
        this.environment = environment;
        this.baseUrl = baseUrl;
        this.oauth = oauth;
    }

    @Override
    public ApiError describe(ApiResponse response) {
        ApiError error = ApiErrorHandler.super.describe(response);
        JsonNode body = parse(response);
        return body == null ? error : error.withField(field(body));
    }

    @Override
    public String[] typeAndMessage(JsonNode body) {
        JsonNode message = body.get("message");
        if (message != null && message.isTextual()) {
            return new String[] { null, message.asText() };
        }
        if (message != null && message.isObject()) {
            return new String[] { text(message, "code"), describe(message) };
        }
        if (message != null && message.isArray() && !message.isEmpty()) {
            List<String> parts = new ArrayList<>();
            message.forEach(m -> parts.add(describe(m)));
            return new String[] { text(message.get(0), "code"), String.join("; ", parts) };
        }
        JsonNode errors = body.get("errors");
        if (errors != null && errors.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = errors.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                List<String> problems = new ArrayList<>();
                if (field.getValue().isArray()) {
                    field.getValue().forEach(p -> problems.add(p.asText()));
                } else {
                    problems.add(field.getValue().asText());
                }
                parts.add(field.getKey() + " " + String.join(", ", problems));
            }
            return new String[] { null, String.join("; ", parts) };
        }
        return new String[] { text(body, "code"), text(body, "error") };
    }

    @Override
    public String hint(ApiError error) {
        return switch (error.status()) {
            case 401 -> unauthorizedHint();
            case 403 -> "The credentials work but may not do this: the token lacks the scope for "
                    + error.request().operation() + ", or the resource belongs to another company";
            case 404 -> "Check the ids in the path " + error.request().path() + ": the resource does not exist in "
                    + "environment=" + environment + " or is not visible to this token's company";
            case 422 -> "Remote rejected the request's content: see the message for the fields";
            case 429 -> "Remote's rate limit (20 to 300 requests per minute per company, shared by every "
                    + "endpoint with these credentials): lower option requestsPerMinute or spread the calls";
            default -> null;
        };
    }

    @Override
    public ApiException create(ApiError error, Throwable cause) {
        return new RemoteApiException(error, cause);
    }

    private String unauthorizedHint() {
        String where = "This call went to environment=" + environment + " (" + baseUrl + ")";
        if (oauth) {
            return "Remote refused the OAuth2 access token, also after renewing it. " + where + ": check options "
                    + "clientId, clientSecret and refreshToken, and that they belong to this environment";
        }
        return "Remote refused option token: it may be expired or revoked, or belong to the other environment. "
                + where + "; a " + RemoteEnvironment.production.tokenPrefix() + " token works only with "
                + "environment=production and a " + RemoteEnvironment.sandbox.tokenPrefix() + " token only with "
                + "environment=sandbox: check options token and environment";
    }

    private static JsonNode parse(ApiResponse response) {
        if (response.body().length == 0) {
            return null;
        }
        try {
            return JsonBodies.MAPPER.readTree(response.body());
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The parameter a parameter error names, or the fields of a validation error. */
    private static String field(JsonNode body) {
        JsonNode message = body.get("message");
        JsonNode first = message != null && message.isArray() ? message.get(0) : message;
        if (first != null && first.isObject() && first.hasNonNull("param")) {
            return first.get("param").asText();
        }
        JsonNode errors = body.get("errors");
        if (errors != null && errors.isObject() && !errors.isEmpty()) {
            List<String> names = new ArrayList<>();
            errors.fieldNames().forEachRemaining(names::add);
            return String.join(", ", names);
        }
        return null;
    }

    private static String describe(JsonNode error) {
        if (!error.isObject()) {
            return error.asText();
        }
        String message = text(error, "message");
        String subject = error.hasNonNull("param") ? text(error, "param") : text(error, "action");
        return subject == null ? message : subject + ": " + message;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
