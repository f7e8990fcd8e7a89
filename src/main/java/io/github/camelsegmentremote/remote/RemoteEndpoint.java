package io.github.camelsegmentremote.remote;

import java.time.Duration;
import java.util.Map;

import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.client.ApiEndpointSupport;
import io.github.camelsegmentremote.client.Authentication;
import io.github.camelsegmentremote.client.RateLimitHeaders;
import io.github.camelsegmentremote.client.Secret;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls any operation of the Remote (remote.com) HR API (employments, time off, offboardings, companies, custom
 * fields, webhook callbacks, ...) by name, spec operationId or method and path; polls its list operations one item
 * per exchange; and receives Remote's webhook deliveries with their signature verified.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "remote", title = "Remote", syntax = "remote:operation",
             category = { Category.CLOUD, Category.API }, headersClass = RemoteConstants.class)
public class RemoteEndpoint extends ApiEndpointSupport implements EndpointServiceLocation {

    /** The operation name of the webhook consumer. */
    public static final String WEBHOOK = "webhook";

    private static final Logger LOG = LoggerFactory.getLogger(RemoteEndpoint.class);
    /** Remote's rate-limit headers; the reset header counts milliseconds until the window resets. */
    static final RateLimitHeaders RATE_LIMIT_HEADERS = new RateLimitHeaders("x-ratelimit-remaining",
            "x-ratelimit-reset", RateLimitHeaders.ResetUnit.MILLIS_UNTIL);

    @UriParam
    private final RemoteConfiguration configuration;
    private RemoteOperation operation;
    private RemoteRequests requests;
    private ApiClient client;
    private RemoteOAuth2Authentication oauth;

    public RemoteEndpoint(String uri, RemoteComponent component, RemoteConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public RemoteComponent getComponent() {
        return (RemoteComponent) super.getComponent();
    }

    public RemoteConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's operation, or null for the webhook consumer. */
    public RemoteOperation getOperation() {
        return operation;
    }

    public boolean isWebhook() {
        return WEBHOOK.equals(configuration.getOperation());
    }

    /** Checks the options that can be checked before start, with messages that name the option and the fix. */
    void validate() {
        if (configuration.getEnvironment() == null) {
            throw new IllegalArgumentException("Option environment must be production or sandbox");
        }
        if (configuration.getPageSize() < 1 || configuration.getPageSize() > 100) {
            throw new IllegalArgumentException("Option pageSize must be between 1 and 100 (Remote's maximum), was "
                    + configuration.getPageSize());
        }
        if (configuration.getPage() != null && configuration.getPage() < 1) {
            throw new IllegalArgumentException("Option page is 1-based, was " + configuration.getPage());
        }
        if (configuration.getRequestsPerMinute() < 0) {
            throw new IllegalArgumentException("Option requestsPerMinute must be 0 (no client-side limit) or more, "
                    + "was " + configuration.getRequestsPerMinute());
        }
        requests = new RemoteRequests(configuration);
        if (isWebhook()) {
            RemoteWebhookConsumer.validate(configuration);
        } else {
            operation = resolve(configuration.getOperation());
            requests.validate(operation);
        }
    }

    /** The operation for one message: the endpoint's, or the one the {@code CamelRemoteOperation} header names. */
    RemoteOperation operationFor(Message message) {
        String override = message.getHeader(RemoteConstants.OPERATION, String.class);
        if (override == null || override.isBlank() || override.equals(configuration.getOperation())) {
            return operation;
        }
        RemoteOperation op = resolve(override);
        requests.validate(op);
        return op;
    }

    private RemoteOperation resolve(String name) {
        if (WEBHOOK.equals(name)) {
            throw new IllegalArgumentException("Operation webhook receives deliveries: use it in from(), not to()");
        }
        if (!RemoteOperation.GENERIC_NAME.equals(name)) {
            return RemoteOperationCatalog.get().require(name);
        }
        String method = configuration.getMethod();
        String path = configuration.getPath();
        if (method == null || method.isBlank() || path == null || path.isBlank()) {
            throw new IllegalArgumentException("Operation call needs options method and path, e.g. "
                    + "remote:call?method=GET&path=/v1/employments/{employment_id}/job");
        }
        String template = path.startsWith("/") ? path : "/" + path;
        return RemoteOperationCatalog.get().find(method, template)
                .orElseGet(() -> RemoteOperation.generic(method, template));
    }

    RemoteRequests requests() {
        return requests;
    }

    @Override
    public Producer createProducer() throws Exception {
        if (isWebhook()) {
            throw new IllegalArgumentException("remote:webhook receives Remote's deliveries: use it in from(); to "
                    + "register a callback call remote:createWebhookCallback");
        }
        return new RemoteProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (isWebhook()) {
            RemoteWebhookConsumer consumer = new RemoteWebhookConsumer(this, processor);
            configureConsumer(consumer);
            return consumer;
        }
        if (!operation.isList()) {
            throw new IllegalArgumentException("Operation " + operation + " answers one resource and cannot be "
                    + "polled: poll a list operation (listEmployments, listTimeoff, ...) or receive changes with "
                    + "remote:webhook");
        }
        RemoteConsumer consumer = new RemoteConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (!isWebhook() || configuration.isWebhookAutoRegister()) {
            // Credentials and environment are checked here, before any call is made.
            client();
        }
    }

    @Override
    protected void doStop() throws Exception {
        closeClient();
        super.doStop();
    }

    /** The endpoint's API client, created on first use with the endpoint's credentials. */
    synchronized ApiClient client() {
        if (client == null) {
            client = createClient();
        }
        return client;
    }

    /** The base URL calls go to: option baseUrl, else the environment's. */
    public String baseUrl() {
        String override = configuration.getBaseUrl();
        return override != null && !override.isBlank() ? override : configuration.getEnvironment().baseUrl();
    }

    @Override
    public String getServiceUrl() {
        return baseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return baseUrl().startsWith("https:") ? "https" : "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("environment", configuration.getEnvironment().name());
    }

    private ApiClient createClient() {
        RemoteEnvironment environment = configuration.getEnvironment();
        boolean useOAuth = !isBlank(configuration.getClientId());
        Authentication authentication;
        String credential;
        if (useOAuth) {
            oauth = oauth(environment);
            authentication = oauth;
            credential = "oauth2 " + configuration.getClientId();
        } else {
            Secret token = checkedToken(configuration, LOG);
            authentication = Authentication.bearer(token);
            credential = token.reveal();
        }
        return configuration.clientBuilder(getCamelContext(), environment.baseUrl())
                .authentication(authentication)
                .header("Accept", "application/json")
                .rateLimitHeaders(RATE_LIMIT_HEADERS)
                .rateLimiter(getComponent().rateLimiter(baseUrl(), credential, configuration.getRequestsPerMinute(),
                        Duration.ofMinutes(1)))
                .errorHandler(new RemoteErrorHandler(environment, baseUrl(), useOAuth))
                .build();
    }

    private RemoteOAuth2Authentication oauth(RemoteEnvironment environment) {
        if (!isBlank(configuration.getToken())) {
            throw new IllegalArgumentException("Options token and clientId are both set: authenticate either with an "
                    + "API token (token) or with OAuth2 (clientId and clientSecret), not both");
        }
        if (isBlank(configuration.getClientSecret())) {
            throw new IllegalArgumentException("Option clientSecret is required with clientId (OAuth2)");
        }
        ApiClient tokenClient = configuration.clientBuilder(getCamelContext(), environment.baseUrl())
                .authentication(RemoteOAuth2Authentication.clientCredentials(configuration.getClientId(),
                        Secret.of(configuration.getClientSecret())))
                .header("Accept", "application/json")
                .errorHandler(new RemoteErrorHandler(environment, baseUrl(), true))
                .build();
        return new RemoteOAuth2Authentication(tokenClient, configuration.getClientId(),
                Secret.ofNullable(configuration.getRefreshToken()), System::nanoTime);
    }

    /**
     * The token, checked against the environment: a token of the other environment fails with a message naming
     * both options; a token without either prefix is accepted with a warning. The token itself is never shown.
     */
    static Secret checkedToken(RemoteConfiguration configuration, Logger log) {
        RemoteEnvironment environment = configuration.getEnvironment();
        if (isBlank(configuration.getToken())) {
            throw new IllegalArgumentException("Option token is required for operation " + configuration.getOperation()
                    + ": set token=RAW(your Remote API token) (Remote: Company settings > Integrations & API; "
                    + RemoteEnvironment.production.tokenPrefix() + "... for production, "
                    + RemoteEnvironment.sandbox.tokenPrefix() + "... for sandbox), or authenticate with OAuth2 "
                    + "(options clientId and clientSecret)");
        }
        Secret token = Secret.of(configuration.getToken());
        RemoteEnvironment other = environment.other();
        if (token.startsWith(other.tokenPrefix())) {
            throw new IllegalArgumentException("Option token holds a " + other + " token (prefix "
                    + other.tokenPrefix() + ") but option environment is " + environment + " ("
                    + environment.baseUrl() + "): set environment=" + other + ", or use a " + environment
                    + " token (prefix " + environment.tokenPrefix() + ")");
        }
        if (!token.startsWith(environment.tokenPrefix())) {
            log.warn("Option token has neither Remote's {} nor {} prefix; accepted as a bearer token (an OAuth2 "
                    + "access token, say). Make sure it belongs to environment={} ({})",
                    RemoteEnvironment.production.tokenPrefix(), RemoteEnvironment.sandbox.tokenPrefix(), environment,
                    environment.baseUrl());
        }
        return token;
    }

    private synchronized void closeClient() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (oauth != null) {
            oauth.close();
            oauth = null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
