package io.github.camelsegmentremote.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.Secret;
import org.apache.camel.Message;

/**
 * Builds the {@link ApiRequest} of an operation from an endpoint's options and, for the producer, a message. A
 * path or query parameter (by its spec name) is taken from the first of:
 * <ol>
 * <li>the {@code CamelRemoteParameters} header (a Map by parameter name),</li>
 * <li>the parameter's own header ({@code CamelRemoteEmploymentId}, ...; {@code CamelRemoteResourceId} for the
 * resource's path parameter),</li>
 * <li>the endpoint's {@code param.<name>} options,</li>
 * <li>the parameter's own endpoint option ({@code employmentId}, {@code status}, ...; {@code resourceId}).</li>
 * </ol>
 * The request body is the message body (Map, JsonNode, POJO or JSON text) for operations that take JSON, and a
 * {@code multipart/form-data} body ({@link RemoteMultipartBody}) for file uploads. Each call sends the
 * {@code Accept} of its operation's answers, and the Basic credentials of the OAuth2 client where the spec
 * secures an operation with them.
 */
final class RemoteRequests {

    static final String PAGE = "page";
    static final String PAGE_SIZE = "page_size";

    /** A parameter with an option and possibly a header of its own. */
    private record Named(String parameter, String option, String header,
            Function<RemoteConfiguration, String> getter) {
    }

    private static final List<Named> NAMED = List.of(
            new Named("employment_id", "employmentId", RemoteConstants.EMPLOYMENT_ID,
                    RemoteConfiguration::getEmploymentId),
            new Named("company_id", "companyId", RemoteConstants.COMPANY_ID, RemoteConfiguration::getCompanyId),
            new Named("custom_field_id", "customFieldId", RemoteConstants.CUSTOM_FIELD_ID,
                    RemoteConfiguration::getCustomFieldId),
            new Named("status", "status", null, RemoteConfiguration::getStatus),
            new Named("email", "email", null, RemoteConfiguration::getEmail),
            new Named("employment_type", "employmentType", null, RemoteConfiguration::getEmploymentType));

    private final RemoteConfiguration configuration;

    RemoteRequests(RemoteConfiguration configuration) {
        this.configuration = configuration;
    }

    /** Fails on {@code param.<name>} options the operation does not declare (typos), naming what it takes. */
    void validate(RemoteOperation operation) {
        if (operation.isGeneric()) {
            return;
        }
        for (String name : configuration.getParams().keySet()) {
            if (!operation.declares(name)) {
                throw new IllegalArgumentException("Option param." + name + ": operation " + operation
                        + " has no parameter '" + name + "'. " + parametersOf(operation));
            }
        }
    }

    /**
     * The request for {@code operation}; {@code message} (null for the polling consumer) adds header parameters
     * and the body.
     */
    ApiRequest build(RemoteOperation operation, Message message, ApiClient client) {
        Map<String, Object> headerParams = headerParameters(message);
        if (!operation.isGeneric()) {
            for (String name : headerParams.keySet()) {
                if (!operation.declares(name)) {
                    throw new IllegalArgumentException("Header " + RemoteConstants.PARAMETERS + " names '" + name
                            + "', which operation " + operation + " does not take. " + parametersOf(operation));
                }
            }
        }
        String resource = resourceParameter(operation);
        for (String name : operation.pathParameters()) {
            if (isBlank(value(name, resource, headerParams, message))) {
                throw new IllegalArgumentException("Operation " + operation + " needs the path parameter '" + name
                        + "': " + sources(name, resource));
            }
        }
        String path = operation.pathTemplate().expand(name -> value(name, resource, headerParams, message),
                operation.name(), "");
        ApiRequest.Builder builder = ApiRequest.builder(operation.method(), path).operation(operation.name());
        if (operation.isGeneric()) {
            Map<String, Object> query = new LinkedHashMap<>(configuration.getParams());
            query.putAll(headerParams);
            operation.pathParameters().forEach(query::remove);
            query.forEach(builder::query);
        } else {
            for (String name : operation.queryParameters()) {
                if (name.equals(PAGE)) {
                    Object page = first(headerParams.get(PAGE), configuration.getParams().get(PAGE));
                    builder.query(PAGE, checkedPage(page != null ? page : configuration.getPage()));
                } else if (!name.equals(PAGE_SIZE)) {
                    builder.query(name, value(name, null, headerParams, message));
                }
            }
        }
        builder.header("Accept", operation.accept());
        if (operation.security() == RemoteOperation.Security.BASIC) {
            builder.header("Authorization", basic(operation));
        }
        if (operation.isMultipart()) {
            RemoteMultipartBody multipart = RemoteMultipartBody.of(operation, message);
            builder.body(multipart.bytes(), multipart.contentType());
        } else if (operation.hasBody() && message != null && message.getBody() != null) {
            builder.body(client.toJson(message.getBody(), operation.name()));
        }
        return builder.build();
    }

    /** Page numbers start at 1: a lower one is refused here, not sent for Remote to refuse. */
    private static Object checkedPage(Object page) {
        if (page == null) {
            return null;
        }
        long number;
        try {
            number = Long.parseLong(String.valueOf(page).trim());
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1) {
            throw new IllegalArgumentException("Option page (or parameter 'page') must be a whole number of at "
                    + "least 1, was " + page);
        }
        return number;
    }

    /** The spec secures this operation with HTTP Basic of the OAuth2 client id and secret, not the bearer token. */
    private String basic(RemoteOperation operation) {
        String id = configuration.getClientId();
        String secret = configuration.getClientSecret();
        if (isBlank(id) || isBlank(secret)) {
            throw new IllegalArgumentException("Operation " + operation + " authenticates with HTTP Basic of the "
                    + "OAuth2 client: set options clientId and clientSecret (the API token is not accepted there)");
        }
        return RemoteOAuth2Authentication.clientCredentials(id, Secret.of(secret)).authorizationHeader();
    }

    /** The path parameter the resource id fills: {@code id}, else the last one. */
    static String resourceParameter(RemoteOperation operation) {
        List<String> names = operation.pathParameters();
        if (names.isEmpty()) {
            return null;
        }
        return names.contains("id") ? "id" : names.get(names.size() - 1);
    }

    private Object value(String name, String resource, Map<String, Object> headerParams, Message message) {
        Named named = named(name);
        Object fromHeaders = first(headerParams.get(name),
                named != null && named.header() != null && message != null ? message.getHeader(named.header())
                        : null,
                name.equals(resource) && message != null ? message.getHeader(RemoteConstants.RESOURCE_ID) : null);
        if (!isBlank(fromHeaders)) {
            return fromHeaders;
        }
        return first(configuration.getParams().get(name),
                named != null ? named.getter().apply(configuration) : null,
                name.equals(resource) ? configuration.getResourceId() : null);
    }

    private static String sources(String name, String resource) {
        List<String> sources = new ArrayList<>();
        Named named = named(name);
        if (named != null && named.header() != null) {
            sources.add("header " + named.header());
        }
        if (named != null) {
            sources.add("option " + named.option());
        }
        if (name.equals(resource)) {
            sources.add("header " + RemoteConstants.RESOURCE_ID);
            sources.add("option resourceId");
        }
        sources.add("option param." + name);
        sources.add("entry '" + name + "' of header " + RemoteConstants.PARAMETERS);
        return "set " + String.join(", ", sources.subList(0, sources.size() - 1)) + " or "
                + sources.get(sources.size() - 1);
    }

    private static String parametersOf(RemoteOperation operation) {
        List<String> names = new ArrayList<>(operation.pathParameters());
        names.addAll(operation.queryParameters());
        return names.isEmpty() ? "It takes no parameters." : "Its parameters: " + String.join(", ", names) + ".";
    }

    private static Map<String, Object> headerParameters(Message message) {
        Object header = message == null ? null : message.getHeader(RemoteConstants.PARAMETERS);
        if (header == null) {
            return Map.of();
        }
        if (!(header instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("Header " + RemoteConstants.PARAMETERS + " must be a Map of "
                    + "parameter names to values, was " + header.getClass().getName());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        map.forEach((k, v) -> params.put(String.valueOf(k), v));
        return params;
    }

    private static Named named(String name) {
        for (Named n : NAMED) {
            if (n.parameter().equals(name)) {
                return n;
            }
        }
        return null;
    }

    private static Object first(Object... values) {
        for (Object v : values) {
            if (!isBlank(v)) {
                return v;
            }
        }
        return null;
    }

    private static boolean isBlank(Object value) {
        return value == null || value instanceof CharSequence s && s.toString().isBlank();
    }
}
