package io.github.camelsegmentremote.springboot;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Calls any operation of the Remote (remote.com) HR API (employments, time off, offboardings, companies, custom
 * fields, webhook callbacks, ...) by name, spec operationId or method and path; polls its list operations one item
 * per exchange; and receives Remote's webhook deliveries with their signature verified.
 *
 * Spring Boot properties camel.component.remote.*: every option of the remote: component, generated from its
 * component JSON by ComponentPropertiesGenerator (src/test) - do not edit; regenerate with mvn test
 * -Dtest=ComponentPropertiesTest -Dspringboot.properties.update=true
 */
@ConfigurationProperties(prefix = "camel.component.remote")
public class RemoteComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** The option types set by a bean reference (#bean:name or #name). */
    static final Set<Class<?>> REFERENCE_TYPES = Set.of(
            io.github.camelsegmentremote.remote.RemoteConfiguration.class,
            org.apache.camel.component.http.HttpClientConfigurer.class,
            org.apache.camel.support.jsse.SSLContextParameters.class,
            org.apache.hc.client5.http.classic.HttpClient.class,
            org.apache.hc.client5.http.io.HttpClientConnectionManager.class);

    /**
     * Whether to enable auto configuration of the remote component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * Paged lists: true returns every item of every page as a lazy Iterable (pages are fetched as it is iterated, so
     * split(body()).streaming() streams); false returns one page (option page) as a List, with the page numbers in
     * headers
     */
    private Boolean allPages = true;
    /**
     * Overrides the API host the other options decide, e.g. a proxy or the sandbox: http://127.0.0.1:port
     */
    private String baseUrl;
    /**
     * Default options for every remote: endpoint
     */
    private io.github.camelsegmentremote.remote.RemoteConfiguration configuration;
    /**
     * The Remote environment: production (gateway.remote.com, ra_live_ tokens) or sandbox
     * (gateway.remote-sandbox.com, ra_test_ tokens). A token of the other environment fails at start
     */
    private io.github.camelsegmentremote.remote.RemoteEnvironment environment = io.github.camelsegmentremote.remote.RemoteEnvironment.production;
    /**
     * Paged lists: the page to return (allPages=false) or to start from (allPages=true); 1-based
     */
    private Integer page;
    /**
     * Items per page requested from paged lists (1 to 100)
     */
    private Integer pageSize = 100;
    /**
     * Client-side limit of requests per minute, shared by every endpoint of the component with the same credentials
     * and environment (Remote allows 20 to 300 per company, depending on the plan); 0 = no client-side limit.
     * Remote's x-ratelimit-remaining and x-ratelimit-reset headers and 429 answers are honoured in any case
     */
    private Integer requestsPerMinute = 60;
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
     * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
     * into the 3rd party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler = false;
    /**
     * Polling: items handed to the route and not yet completed, at most. Items are handed on without waiting for each
     * to complete (an asynchronous step such as segment:identify batching can gather many); the poll waits when this
     * many are open, and at its end until all completed. Bounds memory whatever the list's size
     */
    private Integer maxInFlight = 1000;
    /**
     * Polling: at most this many items per poll (0 = all); the poll stops reading pages once it has them
     */
    private Integer maxMessagesPerPoll;
    /**
     * Polling paged lists: one exchange per page instead of one per item. The body is the page's items as a List
     * (each item as with one exchange per item), the headers CamelRemotePage and CamelRemoteTotalCount are set, and
     * the batch properties (CamelBatchIndex, CamelBatchSize, CamelBatchComplete) and maxInFlight count pages. For
     * routes that process a page as a whole: a hundred times fewer exchanges
     */
    private Boolean pageExchanges = false;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * Operation call: the HTTP method (GET, POST, PUT, PATCH, DELETE)
     */
    private String method;
    /**
     * Operation call: the path, with {name} placeholders filled from the parameters, e.g.
     * /v1/employments/{employment_id}/job. A method and path of the spec run as that operation
     */
    private String path;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * An Apache HttpClient 5 connection manager to build the client on; the endpoint does not close it
     */
    private org.apache.hc.client5.http.io.HttpClientConnectionManager clientConnectionManager;
    /**
     * TCP connect timeout
     */
    private Duration connectTimeout = Duration.ofMillis(10000);
    /**
     * A ready Apache HttpClient 5 to use as it is (your proxy, TLS and pool); the endpoint does not close it
     */
    private org.apache.hc.client5.http.classic.HttpClient httpClient;
    /**
     * camel-http's hook to customise the HttpClient the endpoint builds (interceptors, routing, credentials, ...):
     * the same HttpClientConfigurer a camel-http endpoint takes. Applied after the proxy options; not used with
     * httpClient
     */
    private org.apache.camel.component.http.HttpClientConfigurer httpClientConfigurer;
    /**
     * Wait after the first failed attempt; it doubles per attempt, with jitter, up to 30 s
     */
    private Duration initialBackoff = Duration.ofMillis(250);
    /**
     * Attempts per call in all, the first included; 429, 408 and 5xx answers and dropped connections are retried with
     * exponential backoff and jitter, honouring Retry-After and rate-limit reset headers
     */
    private Integer maxAttempts = 6;
    /**
     * Pooled HTTP connections of the endpoint's client
     */
    private Integer maxConnections = 20;
    /**
     * No retry starts once this much time has passed since the first attempt of a call
     */
    private Duration maxRetryTime = Duration.ofMillis(180000);
    /**
     * Socket timeout waiting for an answer
     */
    private Duration responseTimeout = Duration.ofMillis(60000);
    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;
    /**
     * The company_id path or query parameter
     */
    private String companyId;
    /**
     * The custom_field_id path parameter
     */
    private String customFieldId;
    /**
     * The email query parameter (listEmployments)
     */
    private String email;
    /**
     * The employment_id path or query parameter
     */
    private String employmentId;
    /**
     * The employment_type query parameter (listEmployments: employee, contractor, ...)
     */
    private String employmentType;
    /**
     * Any path or query parameter by its spec name: param.timeoff_type=sick_leave&param.order=desc. Unknown names
     * fail at endpoint creation (except for operation call, where they become query parameters). This is a
     * multi-value option with prefix: param.
     */
    private Map<String, Object> params;
    /**
     * The id of the resource the operation acts on: fills the {id} path parameter, else the operation's last path
     * parameter
     */
    private String resourceId;
    /**
     * The status query parameter (listEmployments: active, onboarded, ...; several separated by commas)
     */
    private String status;
    /**
     * Comma-separated list of hosts that should bypass the proxy. Supports wildcards, e.g., localhost,.example.com
     */
    private String nonProxyHosts;
    /**
     * Proxy server password
     */
    private String proxyAuthPassword;
    /**
     * Proxy server authentication protocol scheme to use
     */
    private String proxyAuthScheme = "http";
    /**
     * Proxy server username
     */
    private String proxyAuthUsername;
    /**
     * Proxy server host
     */
    private String proxyHost;
    /**
     * Proxy server port
     */
    private Integer proxyPort;
    /**
     * OAuth2 client id, instead of token: the endpoint gets access tokens from the environment's /auth/oauth2/token
     * and renews them before they expire
     */
    private String clientId;
    /**
     * OAuth2 client secret, with clientId
     */
    private String clientSecret;
    /**
     * OAuth2 refresh token, with clientId and clientSecret: the refresh-token grant (company-scoped access) instead
     * of client credentials
     */
    private String refreshToken;
    /**
     * Webhook: the signing key of the webhook callback, to verify X-Remote-Signature. Optional with
     * webhookAutoRegister: the key Remote returns is used
     */
    private String signingKey;
    /**
     * TLS configuration (Camel SSLContextParameters) for the connections
     */
    private org.apache.camel.support.jsse.SSLContextParameters sslContextParameters;
    /**
     * Remote API token (Bearer): ra_live_... for production, ra_test_... for sandbox (Remote: Company settings,
     * Integrations & API). A token with neither prefix (an OAuth2 access token) is accepted with a warning
     */
    private String token;
    /**
     * Enable usage of global SSL context parameters: endpoints without their own sslContextParameters use the
     * CamelContext's
     */
    private Boolean useGlobalSslContextParameters = false;
    /**
     * Webhook: register webhookExternalUrl with Remote (POST /v1/webhook-callbacks) at start and delete it at stop;
     * needs the API credentials
     */
    private Boolean webhookAutoRegister = false;
    /**
     * Webhook: the event types to subscribe when registering, separated by commas
     * (employment.onboarding.completed,...); empty subscribes to all events
     */
    private String webhookEvents;
    /**
     * Webhook: the public URL Remote delivers to (your host plus webhookPath), for webhookAutoRegister
     */
    private String webhookExternalUrl;
    /**
     * Webhook: the largest body accepted, in bytes; larger deliveries are answered 413
     */
    private Integer webhookMaxBodySize = 1048576;
    /**
     * Webhook: the path the deliveries are received on (camel-platform-http)
     */
    private String webhookPath = "/remote/webhooks";
    /**
     * Webhook: how far X-Remote-Timestamp may be from now; older or future deliveries are rejected as replays
     */
    private Duration webhookTolerance = Duration.ofMillis(300000);

    public Boolean getAllPages() {
        return allPages;
    }

    public void setAllPages(Boolean allPages) {
        this.allPages = allPages;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public io.github.camelsegmentremote.remote.RemoteConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(io.github.camelsegmentremote.remote.RemoteConfiguration configuration) {
        this.configuration = configuration;
    }

    public io.github.camelsegmentremote.remote.RemoteEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(io.github.camelsegmentremote.remote.RemoteEnvironment environment) {
        this.environment = environment;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Integer getMaxInFlight() {
        return maxInFlight;
    }

    public void setMaxInFlight(Integer maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    public Integer getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(Integer maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public Boolean getPageExchanges() {
        return pageExchanges;
    }

    public void setPageExchanges(Boolean pageExchanges) {
        this.pageExchanges = pageExchanges;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public org.apache.hc.client5.http.io.HttpClientConnectionManager getClientConnectionManager() {
        return clientConnectionManager;
    }

    public void setClientConnectionManager(org.apache.hc.client5.http.io.HttpClientConnectionManager clientConnectionManager) {
        this.clientConnectionManager = clientConnectionManager;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public org.apache.hc.client5.http.classic.HttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(org.apache.hc.client5.http.classic.HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public org.apache.camel.component.http.HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(org.apache.camel.component.http.HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public Duration getInitialBackoff() {
        return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Duration getMaxRetryTime() {
        return maxRetryTime;
    }

    public void setMaxRetryTime(Duration maxRetryTime) {
        this.maxRetryTime = maxRetryTime;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getCompanyId() {
        return companyId;
    }

    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }

    public String getCustomFieldId() {
        return customFieldId;
    }

    public void setCustomFieldId(String customFieldId) {
        this.customFieldId = customFieldId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmploymentId() {
        return employmentId;
    }

    public void setEmploymentId(String employmentId) {
        this.employmentId = employmentId;
    }

    public String getEmploymentType() {
        return employmentType;
    }

    public void setEmploymentType(String employmentType) {
        this.employmentType = employmentType;
    }

    public Map<String, Object> getParams() {
        return params;
    }

    public void setParams(Map<String, Object> params) {
        this.params = params;
    }

    public String getResourceId() {
        return resourceId;
    }

    public void setResourceId(String resourceId) {
        this.resourceId = resourceId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getNonProxyHosts() {
        return nonProxyHosts;
    }

    public void setNonProxyHosts(String nonProxyHosts) {
        this.nonProxyHosts = nonProxyHosts;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public String getProxyAuthScheme() {
        return proxyAuthScheme;
    }

    public void setProxyAuthScheme(String proxyAuthScheme) {
        this.proxyAuthScheme = proxyAuthScheme;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public String getSigningKey() {
        return signingKey;
    }

    public void setSigningKey(String signingKey) {
        this.signingKey = signingKey;
    }

    public org.apache.camel.support.jsse.SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public Boolean getWebhookAutoRegister() {
        return webhookAutoRegister;
    }

    public void setWebhookAutoRegister(Boolean webhookAutoRegister) {
        this.webhookAutoRegister = webhookAutoRegister;
    }

    public String getWebhookEvents() {
        return webhookEvents;
    }

    public void setWebhookEvents(String webhookEvents) {
        this.webhookEvents = webhookEvents;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public Integer getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(Integer webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public Duration getWebhookTolerance() {
        return webhookTolerance;
    }

    public void setWebhookTolerance(Duration webhookTolerance) {
        this.webhookTolerance = webhookTolerance;
    }
}
