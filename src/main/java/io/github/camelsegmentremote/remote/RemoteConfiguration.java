package io.github.camelsegmentremote.remote;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelsegmentremote.client.ApiClientConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * Options of a {@code remote:} endpoint. The component holds one instance as defaults; each endpoint works on its
 * own copy, so endpoints with different tokens and environments live side by side.
 */
@UriParams
public class RemoteConfiguration extends ApiClientConfiguration {

    @UriPath(description = "The operation: a name from the operation table (listEmployments, getEmployment, "
            + "listTimeoff, createWebhookCallback, ...), a spec operationId (get_v1_employments), call (any method "
            + "and path, with options method and path), or webhook (receive Remote's webhook deliveries)")
    @Metadata(required = true)
    private String operation;

    @UriParam(defaultValue = "production", description = "The Remote environment: production "
            + "(gateway.remote.com, ra_live_ tokens) or sandbox (gateway.remote-sandbox.com, ra_test_ tokens). A "
            + "token of the other environment fails at start")
    private RemoteEnvironment environment = RemoteEnvironment.production;

    // ---- security ----
    @UriParam(label = "security", secret = true, description = "Remote API token (Bearer): ra_live_... for "
            + "production, ra_test_... for sandbox (Remote: Company settings, Integrations & API). A token with "
            + "neither prefix (an OAuth2 access token) is accepted with a warning")
    private String token;
    @UriParam(label = "security", description = "OAuth2 client id, instead of token: the endpoint gets access "
            + "tokens from the environment's /auth/oauth2/token and renews them before they expire")
    private String clientId;
    @UriParam(label = "security", secret = true, description = "OAuth2 client secret, with clientId")
    private String clientSecret;
    @UriParam(label = "security", secret = true, description = "OAuth2 refresh token, with clientId and "
            + "clientSecret: the refresh-token grant (company-scoped access) instead of client credentials")
    private String refreshToken;

    // ---- rate limit and paging ----
    @UriParam(defaultValue = "60", description = "Client-side limit of requests per minute, shared by every "
            + "endpoint of the component with the same credentials and environment (Remote allows 20 to 300 per "
            + "company, depending on the plan); 0 = no client-side limit. Remote's x-ratelimit-remaining and "
            + "x-ratelimit-reset headers and 429 answers are honoured in any case")
    private int requestsPerMinute = 60;
    @UriParam(defaultValue = "100", description = "Items per page requested from paged lists (1 to 100)")
    private int pageSize = 100;
    @UriParam(defaultValue = "true", description = "Paged lists: true returns every item of every page as a lazy "
            + "Iterable (pages are fetched as it is iterated, so split(body()).streaming() streams); false returns "
            + "one page (option page) as a List, with the page numbers in headers")
    private boolean allPages = true;
    @UriParam(description = "Paged lists: the page to return (allPages=false) or to start from (allPages=true); "
            + "1-based")
    private Integer page;

    // ---- generic call ----
    @UriParam(label = "producer", description = "Operation call: the HTTP method (GET, POST, PUT, PATCH, DELETE)")
    private String method;
    @UriParam(label = "producer", description = "Operation call: the path, with {name} placeholders filled from "
            + "the parameters, e.g. /v1/employments/{employment_id}/job. A method and path of the spec run as that "
            + "operation")
    private String path;

    // ---- parameters ----
    @UriParam(label = "parameter", description = "The employment_id path or query parameter")
    private String employmentId;
    @UriParam(label = "parameter", description = "The company_id path or query parameter")
    private String companyId;
    @UriParam(label = "parameter", description = "The custom_field_id path parameter")
    private String customFieldId;
    @UriParam(label = "parameter", description = "The id of the resource the operation acts on: fills the {id} "
            + "path parameter, else the operation's last path parameter")
    private String resourceId;
    @UriParam(label = "parameter", description = "The status query parameter (listEmployments: active, "
            + "onboarded, ...; several separated by commas)")
    private String status;
    @UriParam(label = "parameter", description = "The email query parameter (listEmployments)")
    private String email;
    @UriParam(label = "parameter", description = "The employment_type query parameter (listEmployments: "
            + "employee, contractor, ...)")
    private String employmentType;
    @UriParam(label = "parameter", prefix = "param.", multiValue = true, description = "Any path or query "
            + "parameter by its spec name: param.timeoff_type=sick_leave&param.order=desc. Unknown names fail at "
            + "endpoint creation (except for operation call, where they become query parameters)")
    private Map<String, Object> params = new LinkedHashMap<>();

    // ---- polling consumer ----
    @UriParam(label = "consumer", description = "Polling: at most this many items per poll (0 = all); the poll "
            + "stops reading pages once it has them")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer", defaultValue = "1000", description = "Polling: items handed to the route and "
            + "not yet completed, at most. Items are handed on without waiting for each to complete (an "
            + "asynchronous step such as segment:identify batching can gather many); the poll waits when this many "
            + "are open, and at its end until all completed. Bounds memory whatever the list's size")
    private int maxInFlight = 1000;
    @UriParam(label = "consumer", description = "Polling paged lists: one exchange per page instead of one per "
            + "item. The body is the page's items as a List (each item as with one exchange per item), the headers "
            + "CamelRemotePage and CamelRemoteTotalCount are set, and the batch properties (CamelBatchIndex, "
            + "CamelBatchSize, CamelBatchComplete) and maxInFlight count pages. For routes that process a page as a "
            + "whole: a hundred times fewer exchanges")
    private boolean pageExchanges;

    // ---- webhook consumer ----
    @UriParam(label = "consumer,security", secret = true, description = "Webhook: the signing key of the webhook "
            + "callback, to verify X-Remote-Signature. Optional with webhookAutoRegister: the key Remote returns "
            + "is used")
    private String signingKey;
    @UriParam(label = "consumer,webhook", defaultValue = "/remote/webhooks", description = "Webhook: the path the "
            + "deliveries are received on (camel-platform-http)")
    private String webhookPath = "/remote/webhooks";
    @UriParam(label = "consumer,webhook", description = "Webhook: the public URL Remote delivers to (your host "
            + "plus webhookPath), for webhookAutoRegister")
    private String webhookExternalUrl;
    @UriParam(label = "consumer,webhook", defaultValue = "false", description = "Webhook: register "
            + "webhookExternalUrl with Remote (POST /v1/webhook-callbacks) at start and delete it at stop; needs "
            + "the API credentials")
    private boolean webhookAutoRegister;
    @UriParam(label = "consumer,webhook", description = "Webhook: the event types to subscribe when registering, "
            + "separated by commas (employment.onboarding.completed,...); empty subscribes to all events")
    private String webhookEvents;
    @UriParam(label = "consumer,webhook", defaultValue = "300000", javaType = "java.time.Duration",
              description = "Webhook: how far X-Remote-Timestamp may be from now; older or future deliveries are "
                      + "rejected as replays")
    private long webhookTolerance = 300_000;
    @UriParam(label = "consumer,webhook", defaultValue = "1048576", description = "Webhook: the largest body "
            + "accepted, in bytes; larger deliveries are answered 413")
    private int webhookMaxBodySize = 1_048_576;

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public RemoteEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(RemoteEnvironment environment) {
        this.environment = environment;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public boolean isAllPages() {
        return allPages;
    }

    public void setAllPages(boolean allPages) {
        this.allPages = allPages;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
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

    public String getEmploymentId() {
        return employmentId;
    }

    public void setEmploymentId(String employmentId) {
        this.employmentId = employmentId;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
        this.params = params == null ? new LinkedHashMap<>() : params;
    }

    public boolean isPageExchanges() {
        return pageExchanges;
    }

    public void setPageExchanges(boolean pageExchanges) {
        this.pageExchanges = pageExchanges;
    }

    public int getMaxInFlight() {
        return maxInFlight;
    }

    public void setMaxInFlight(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public String getSigningKey() {
        return signingKey;
    }

    public void setSigningKey(String signingKey) {
        this.signingKey = signingKey;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public boolean isWebhookAutoRegister() {
        return webhookAutoRegister;
    }

    public void setWebhookAutoRegister(boolean webhookAutoRegister) {
        this.webhookAutoRegister = webhookAutoRegister;
    }

    public String getWebhookEvents() {
        return webhookEvents;
    }

    public void setWebhookEvents(String webhookEvents) {
        this.webhookEvents = webhookEvents;
    }

    public long getWebhookTolerance() {
        return webhookTolerance;
    }

    public void setWebhookTolerance(long webhookTolerance) {
        this.webhookTolerance = webhookTolerance;
    }

    public int getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(int webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public RemoteConfiguration copy() {
        RemoteConfiguration copy = (RemoteConfiguration) copyInstance();
        copy.params = new LinkedHashMap<>(params);
        return copy;
    }
}
