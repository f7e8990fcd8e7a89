package io.github.camelsegmentremote.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one authenticated JSON-over-HTTP client both components use. An instance holds its own base URL,
 * credentials, retry policy and rate limiter: nothing is JVM-global, so two workspaces with two tokens live side
 * by side. Build with {@link #builder()}; close it to release connections it created.
 *
 * <pre>
 * ApiClient client = ApiClient.builder()
 *         .baseUrl("https://api.segmentapis.com")
 *         .authentication(Authentication.bearer(Secret.of(token)))
 *         .header("Accept", "application/vnd.segment.v1+json")
 *         .errorHandler(new SegmentErrorHandler())
 *         .build();
 * JsonNode workspace = client.execute(ApiRequest.get("/")).json();
 * </pre>
 */
public final class ApiClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiClient.class);
    private static final String USER_AGENT = "camel-segment-remote/" + version();

    private final String baseUrl;
    private final Authentication authentication;
    private final Map<String, String> defaultHeaders;
    private final RetryPolicy retryPolicy;
    private final RateLimiter rateLimiter;
    private final RateLimitHeaders rateLimitHeaders;
    private final ApiErrorHandler errorHandler;
    private final ObjectMapper mapper;
    private final HttpClient httpClient;
    private final ModalCloseable ownedResource;
    private final ClientMetrics metrics = new ClientMetrics();
    private final Sleeper sleeper;

    private ApiClient(Builder b) {
        warnIfHttpClientLogsCredentials();
        this.baseUrl = stripTrailingSlash(Objects.requireNonNull(b.baseUrl, "baseUrl"));
        this.authentication = b.authentication;
        this.defaultHeaders = Map.copyOf(b.headers);
        this.retryPolicy = b.retryPolicy;
        this.rateLimiter = b.rateLimiter != null ? b.rateLimiter : RateLimiter.unlimited();
        this.rateLimitHeaders = b.rateLimitHeaders;
        this.errorHandler = Objects.requireNonNull(b.errorHandler, "errorHandler");
        this.mapper = b.mapper;
        this.sleeper = b.sleeper;
        if (b.httpClient != null) {
            this.httpClient = b.httpClient;
            this.ownedResource = null;
        } else if (b.connectionManager != null) {
            var client = b.httpSettings.httpClient(b.connectionManager);
            this.httpClient = client;
            // The manager is the user's; closing our client would close it, so leave both to the user.
            this.ownedResource = null;
        } else {
            HttpClientConnectionManager manager = b.httpSettings.connectionManager();
            var client = b.httpSettings.httpClient(manager);
            this.httpClient = client;
            this.ownedResource = client;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public ClientMetrics metrics() {
        return metrics;
    }

    public ApiErrorHandler errorHandler() {
        return errorHandler;
    }

    /**
     * Sends a call, retrying what may be retried, and returns its 2xx answer; any other outcome is thrown as the
     * API's {@link ApiException} subtype.
     */
    public ApiResponse execute(ApiRequest request) {
        long started = System.nanoTime();
        long deadline = started + retryPolicy.maxTotalTime().toNanos();
        boolean renewed = false;
        for (int attempt = 1;; attempt++) {
            ApiResponse response;
            try {
                rateLimiter.acquire();
                response = send(request);
            } catch (InterruptedException | InterruptedIOException e) {
                Thread.currentThread().interrupt();
                metrics.failure();
                throw errorHandler.create(new ApiError(ApiError.Kind.TRANSPORT, request, 0, null,
                        "interrupted", null, null), e);
            } catch (IOException e) {
                ApiError error = new ApiError(ApiError.Kind.TRANSPORT, request, 0, null, describe(e), null,
                        "Check baseUrl and the network path to " + baseUrl);
                // Unanswered calls are retried only when sending them twice is harmless.
                if (request.retryable()) {
                    retryOrThrow(request, attempt, deadline, null, error, e);
                    continue;
                }
                metrics.failure();
                throw errorHandler.create(error, e);
            }
            rateLimitHeaders.throttle(response).ifPresent(rateLimiter::pause);
            if (response.isSuccess()) {
                return response;
            }
            int status = response.status();
            if (status == 429) {
                metrics.rateLimited();
            }
            // Renewing the client's credential cannot help a call that carried its own (HTTP Basic, say).
            if (status == 401 && !renewed && authentication != null && !request.headers().containsKey("Authorization")
                    && authentication.renewAfterUnauthorized()) {
                renewed = true;
                continue;
            }
            ApiError error = response.error();
            // A 429 was not processed, so it is safe to send again whatever the method.
            boolean mayRetry = retryPolicy.isRetryableStatus(status) && (status == 429 || request.retryable());
            if (!mayRetry) {
                metrics.failure();
                throw errorHandler.create(error, null);
            }
            Optional<Duration> hint = status == 429 || status == 503 ? rateLimitHeaders.retryDelay(response)
                    : Optional.empty();
            if (status == 429) {
                hint.ifPresent(rateLimiter::pause);
            }
            retryOrThrow(request, attempt, deadline, hint.orElse(null), error, null);
        }
    }

    /** Sends a call and reads its answer as {@code type}. */
    public <T> T execute(ApiRequest request, Class<T> type) {
        ApiResponse response = execute(request);
        try {
            return mapper.treeToValue(response.json(), type);
        } catch (JsonProcessingException e) {
            throw errorHandler.create(new ApiError(ApiError.Kind.MALFORMED_RESPONSE, request, response.status(),
                    null, "answer does not fit " + type.getSimpleName() + ": " + e.getOriginalMessage(),
                    response.requestId(), null), e);
        }
    }

    /** Pages through a list call lazily: pages are fetched as the iteration reaches them. */
    public PagedIterable paginate(ApiRequest request, Pagination pagination, int pageSize) {
        return new PagedIterable(this, pagination, pagination.firstPage(request, pageSize));
    }

    /** Serialises a body object (Map, JsonNode, POJO) or passes JSON text through after checking it parses. */
    public byte[] toJson(Object body, String operation) {
        return JsonBody.toBytes(mapper, body, operation);
    }

    private void retryOrThrow(ApiRequest request, int attempt, long deadline, Duration hint, ApiError error,
            Throwable cause) {
        Duration wait = retryPolicy.backoff(attempt, hint);
        boolean outOfAttempts = attempt >= retryPolicy.maxAttempts();
        boolean outOfTime = System.nanoTime() + wait.toNanos() > deadline;
        if (outOfAttempts || outOfTime) {
            metrics.failure();
            String why = outOfAttempts ? "gave up after " + attempt + " attempts"
                    : "gave up: the next wait of " + wait.toMillis() + " ms would pass the total retry time of "
                            + retryPolicy.maxTotalTime().toSeconds() + " s";
            ApiError exhausted = new ApiError(ApiError.Kind.RETRIES_EXHAUSTED, request, error.status(),
                    error.type(), error.message(), error.requestId(),
                    error.hint() == null ? why : why + ". " + error.hint(), error.field());
            throw errorHandler.create(exhausted, cause);
        }
        metrics.retry();
        LOG.debug("{} failed ({}), attempt {} of {}, retrying in {} ms", request, error.status() > 0
                ? "HTTP " + error.status() : error.message(), attempt, retryPolicy.maxAttempts(), wait.toMillis());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            metrics.failure();
            throw errorHandler.create(new ApiError(ApiError.Kind.TRANSPORT, request, error.status(), null,
                    "interrupted while waiting to retry", null, null), e);
        }
    }

    private ApiResponse send(ApiRequest request) throws IOException {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(request.method())
                .setUri(baseUrl + request.pathAndQuery())
                .addHeader("User-Agent", USER_AGENT);
        defaultHeaders.forEach(builder::setHeader);
        request.headers().forEach(builder::setHeader);
        // A request that carries its own Authorization (an operation with another security scheme) keeps it.
        if (authentication != null && !request.headers().containsKey("Authorization")) {
            builder.setHeader("Authorization", authentication.authorizationHeader());
        }
        byte[] body = request.body();
        if (body != null) {
            builder.setEntity(new ByteArrayEntity(body, ContentType.parse(request.contentType())));
        }
        ClassicHttpRequest httpRequest = builder.build();
        metrics.request(body == null ? 0 : body.length);
        long started = System.nanoTime();
        ApiResponse response = httpClient.execute(httpRequest, httpResponse -> {
            byte[] bytes = httpResponse.getEntity() == null ? new byte[0]
                    : EntityUtils.toByteArray(httpResponse.getEntity());
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header h : httpResponse.getHeaders()) {
                headers.putIfAbsent(h.getName(), h.getValue());
            }
            return new ApiResponse(request, httpResponse.getCode(), headers, bytes, mapper, errorHandler);
        });
        metrics.received(response.body().length);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} -> {} ({} bytes, {} ms)", request, response.status(), response.body().length,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return response;
    }

    /**
     * Apache HttpClient logs every request header, Authorization included, when its header or wire logger is at
     * DEBUG. That is outside this client's control, so say so once, loudly, without the credential.
     */
    private static void warnIfHttpClientLogsCredentials() {
        if (!HTTP_CLIENT_LOG_WARNED && (LoggerFactory.getLogger("org.apache.hc.client5.http.headers").isDebugEnabled()
                || LoggerFactory.getLogger("org.apache.hc.client5.http.wire").isDebugEnabled())) {
            HTTP_CLIENT_LOG_WARNED = true;
            LOG.warn("Loggers org.apache.hc.client5.http.headers / .wire are at DEBUG: Apache HttpClient will write "
                    + "request headers, including the Authorization credential, to the log. Set both to INFO.");
        }
    }

    private static volatile boolean HTTP_CLIENT_LOG_WARNED;

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String stripTrailingSlash(String url) {
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static String version() {
        String v = ApiClient.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public void close() {
        if (ownedResource != null) {
            ownedResource.close(CloseMode.GRACEFUL);
        }
    }

    @Override
    public String toString() {
        return "ApiClient[" + baseUrl + ", " + (authentication == null ? "no auth" : authentication) + "]";
    }

    /** Builds an {@link ApiClient}. */
    public static final class Builder {
        private String baseUrl;
        private Authentication authentication;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private RateLimiter rateLimiter;
        private RateLimitHeaders rateLimitHeaders = RateLimitHeaders.RETRY_AFTER_ONLY;
        private ApiErrorHandler errorHandler;
        private ObjectMapper mapper = JsonBodies.MAPPER;
        private HttpClient httpClient;
        private HttpClientConnectionManager connectionManager;
        private HttpClientSettings httpSettings = HttpClientSettings.DEFAULT;
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder() {
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder authentication(Authentication authentication) {
            this.authentication = authentication;
            return this;
        }

        /** A header sent with every call ({@code Accept} with the API version, say). */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = rateLimiter;
            return this;
        }

        public Builder rateLimitHeaders(RateLimitHeaders rateLimitHeaders) {
            this.rateLimitHeaders = Objects.requireNonNull(rateLimitHeaders, "rateLimitHeaders");
            return this;
        }

        public Builder errorHandler(ApiErrorHandler errorHandler) {
            this.errorHandler = errorHandler;
            return this;
        }

        public Builder mapper(ObjectMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /** Uses the user's HttpClient as it is (its own pool, TLS and proxy); the client does not close it. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** Builds the HttpClient on the user's connection manager; the client does not close it. */
        public Builder connectionManager(HttpClientConnectionManager connectionManager) {
            this.connectionManager = connectionManager;
            return this;
        }

        public Builder httpSettings(HttpClientSettings httpSettings) {
            this.httpSettings = Objects.requireNonNull(httpSettings, "httpSettings");
            return this;
        }

        /** How retries wait; tests may count waits instead of sleeping. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public ApiClient build() {
            if (baseUrl == null || baseUrl.isBlank()) {
                throw new IllegalArgumentException("baseUrl must be set");
            }
            if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
                throw new IllegalArgumentException("baseUrl must start with http:// or https://, was: " + baseUrl);
            }
            return new ApiClient(this);
        }
    }
}
