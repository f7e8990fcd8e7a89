package io.github.camelsegmentremote.springboot;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Calls Segment's Public API (workspace configuration: sources, destinations, schema settings, tracking plans,
 * labels, catalog, ...) by operationId, polls its list operations, and sends Tracking API calls (identify, track,
 * group, page, screen, alias, batch) in batches that lose nothing.
 *
 * Spring Boot properties camel.component.segment.*: every option of the segment: component, generated from its
 * component JSON by ComponentPropertiesGenerator (src/test) - do not edit; regenerate with mvn test
 * -Dtest=ComponentPropertiesTest -Dspringboot.properties.update=true
 */
@ConfigurationProperties(prefix = "camel.component.segment")
public class SegmentComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** The option types set by a bean reference (#bean:name or #name). */
    static final Set<Class<?>> REFERENCE_TYPES = Set.of(
            io.github.camelsegmentremote.segment.SegmentConfiguration.class,
            org.apache.camel.component.http.HttpClientConfigurer.class,
            org.apache.camel.support.jsse.SSLContextParameters.class,
            org.apache.hc.client5.http.classic.HttpClient.class,
            org.apache.hc.client5.http.io.HttpClientConnectionManager.class);

    /**
     * Whether to enable auto configuration of the segment component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * Overrides the API host the other options decide, e.g. a proxy or the sandbox: http://127.0.0.1:port
     */
    private String baseUrl;
    /**
     * Default options for every segment: endpoint
     */
    private io.github.camelsegmentremote.segment.SegmentConfiguration configuration;
    /**
     * The region of the workspace: us or eu. It decides the host of the Public API (api.segmentapis.com or
     * eu1.api.segmentapis.com) and the Tracking API (api.segment.io or events.eu1.segmentapis.com)
     */
    private io.github.camelsegmentremote.segment.SegmentRegion region = io.github.camelsegmentremote.segment.SegmentRegion.us;
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
     * Emit only items that are new, changed or gone since the previous poll (header CamelSegmentChange: created,
     * updated or deleted), compared by a hash of each item's JSON per id: config-drift auditing. The first poll emits
     * every item as created
     */
    private Boolean changedOnly = false;
    /**
     * At most this many items per poll, 0 = all; the next poll goes on where this one stopped
     */
    private Integer maxMessagesPerPoll = 0;
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
     * Client-side limit of requests per second, shared by every endpoint of the component with the same credential
     * (token or writeKey) and host; 0 = no client-side limit (the API's 429s are still honoured)
     */
    private Integer requestsPerSecond = 0;
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
     * List operations: true = the items of all pages as one Iterable that fetches the pages as the iteration reaches
     * them; false = the items of one page as a List, with the headers CamelSegmentNextCursor and
     * CamelSegmentTotalEntries (send CamelSegmentCursor to get the next page)
     */
    private Boolean allPages = true;
    /**
     * The API the operations belong to: public = the Public API; config = the legacy Config API
     * (platform.segmentapis.com/v1beta), read-only here (listWorkspaces, getWorkspace, listSources, getSource,
     * listDestinations, listTrackingPlans), for tokens that predate the Public API
     */
    private io.github.camelsegmentremote.segment.SegmentApiFamily apiFamily = io.github.camelsegmentremote.segment.SegmentApiFamily.PUBLIC;
    /**
     * Public API version sent in the Accept header: v1, v1beta or v1alpha
     */
    private io.github.camelsegmentremote.segment.SegmentApiVersion apiVersion = io.github.camelsegmentremote.segment.SegmentApiVersion.v1;
    /**
     * The class to read the result as (each item for lists). By default operations returning sources, destinations,
     * labels, tracking plans, the workspace or schema settings give the typed models of package
     * io.github.camelsegmentremote.segment.model, all others a Jackson JsonNode; set
     * com.fasterxml.jackson.databind.JsonNode to always get JSON trees
     */
    private Class<?> outputClass;
    /**
     * Items per page of list operations, 1 to 200 (Segment's maximum)
     */
    private Integer pageSize = 200;
    /**
     * Path parameters of the operation by name. Set them as plain URI parameters named like the path parameter
     * (segment:getSourcesourceId=...), which the component collects here; per message, headers override them
     */
    private Map<String, Object> pathParameters;
    /**
     * Query parameters sent with every call, as query.name=value
     * (segment:getEventsVolumeFromWorkspacequery.granularity=DAY&query.startTime=...); per message, the header
     * CamelSegmentQuery adds to them. This is a multi-value option with prefix: query.
     */
    private Map<String, Object> queryParameters;
    /**
     * Take the resource out of the answer's data object when the operation returns one (getSource: the source,
     * listLabels: the labels, updateSchemaSettingsInSource: the settings); false = the whole data object (e.g. to
     * read getSource's trackingPlanId)
     */
    private Boolean unwrap = true;
    /**
     * TLS configuration (Camel SSLContextParameters) for the connections
     */
    private org.apache.camel.support.jsse.SSLContextParameters sslContextParameters;
    /**
     * Public API token (Bearer). It is scoped to one workspace, which lives in one region: set region=eu for EU
     * workspaces
     */
    private String token;
    /**
     * Enable usage of global SSL context parameters: endpoints without their own sslContextParameters use the
     * CamelContext's
     */
    private Boolean useGlobalSslContextParameters = false;
    /**
     * Write key of the source the Tracking API calls (identify, track, group, page, screen, alias, batch) send to
     */
    private String writeKey;
    /**
     * Most messages per /v1/batch request (at most 2500, Segment's limit). Messages of many exchanges are packed
     * together; each exchange completes when the request that carried its message was accepted or finally failed. 1
     * sends every exchange on its own to the single-call endpoint (/v1/identify, ...) on the caller's thread
     */
    private Integer batchSize = 100;
    /**
     * Longest a message waits for its batch to fill before the batch is sent anyway. An exchange waits for its batch:
     * with fewer concurrent exchanges than batchSize, this is its latency. Open batches are also sent when the route
     * or context stops
     */
    private Duration flushInterval = Duration.ofMillis(5000);
    /**
     * Largest /v1/batch request body in bytes, envelope included (at most 512000, Segment's 500 KB). A message is at
     * most 32 KB
     */
    private Integer maxBatchBytes = 512000;
    /**
     * Most messages waiting for their batch or in flight; when it is reached, sending exchanges wait for room
     * (backpressure)
     */
    private Integer maxQueueSize = 10000;
    /**
     * Threads sending batches concurrently; each request may take up to maxRetryTime when Segment fails
     */
    private Integer senderThreads = 2;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public io.github.camelsegmentremote.segment.SegmentConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(io.github.camelsegmentremote.segment.SegmentConfiguration configuration) {
        this.configuration = configuration;
    }

    public io.github.camelsegmentremote.segment.SegmentRegion getRegion() {
        return region;
    }

    public void setRegion(io.github.camelsegmentremote.segment.SegmentRegion region) {
        this.region = region;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getChangedOnly() {
        return changedOnly;
    }

    public void setChangedOnly(Boolean changedOnly) {
        this.changedOnly = changedOnly;
    }

    public Integer getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(Integer maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
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

    public Integer getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(Integer requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
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

    public Boolean getAllPages() {
        return allPages;
    }

    public void setAllPages(Boolean allPages) {
        this.allPages = allPages;
    }

    public io.github.camelsegmentremote.segment.SegmentApiFamily getApiFamily() {
        return apiFamily;
    }

    public void setApiFamily(io.github.camelsegmentremote.segment.SegmentApiFamily apiFamily) {
        this.apiFamily = apiFamily;
    }

    public io.github.camelsegmentremote.segment.SegmentApiVersion getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(io.github.camelsegmentremote.segment.SegmentApiVersion apiVersion) {
        this.apiVersion = apiVersion;
    }

    public Class<?> getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(Class<?> outputClass) {
        this.outputClass = outputClass;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public Map<String, Object> getPathParameters() {
        return pathParameters;
    }

    public void setPathParameters(Map<String, Object> pathParameters) {
        this.pathParameters = pathParameters;
    }

    public Map<String, Object> getQueryParameters() {
        return queryParameters;
    }

    public void setQueryParameters(Map<String, Object> queryParameters) {
        this.queryParameters = queryParameters;
    }

    public Boolean getUnwrap() {
        return unwrap;
    }

    public void setUnwrap(Boolean unwrap) {
        this.unwrap = unwrap;
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

    public String getWriteKey() {
        return writeKey;
    }

    public void setWriteKey(String writeKey) {
        this.writeKey = writeKey;
    }

    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    public Duration getFlushInterval() {
        return flushInterval;
    }

    public void setFlushInterval(Duration flushInterval) {
        this.flushInterval = flushInterval;
    }

    public Integer getMaxBatchBytes() {
        return maxBatchBytes;
    }

    public void setMaxBatchBytes(Integer maxBatchBytes) {
        this.maxBatchBytes = maxBatchBytes;
    }

    public Integer getMaxQueueSize() {
        return maxQueueSize;
    }

    public void setMaxQueueSize(Integer maxQueueSize) {
        this.maxQueueSize = maxQueueSize;
    }

    public Integer getSenderThreads() {
        return senderThreads;
    }

    public void setSenderThreads(Integer senderThreads) {
        this.senderThreads = senderThreads;
    }
}
