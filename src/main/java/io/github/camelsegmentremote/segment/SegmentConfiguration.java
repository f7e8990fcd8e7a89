package io.github.camelsegmentremote.segment;

import java.util.Map;

import io.github.camelsegmentremote.client.ApiClientConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * Options of a {@code segment:} endpoint. The component holds one instance as defaults; each endpoint works on
 * its own copy, so endpoints with different tokens, write keys and regions live side by side.
 */
@UriParams
public class SegmentConfiguration extends ApiClientConfiguration {

    @UriPath(description = "The operation: a Segment Public API operationId (listSources, getWorkspace, "
            + "updateSchemaSettingsInSource, ...) or a Tracking API call (identify, track, group, page, screen, "
            + "alias, batch)")
    @Metadata(required = true)
    private String operation;

    @UriParam(defaultValue = "us", description = "The region of the workspace: us or eu. It decides the host of "
            + "the Public API (api.segmentapis.com or eu1.api.segmentapis.com) and the Tracking API "
            + "(api.segment.io or events.eu1.segmentapis.com)")
    private SegmentRegion region = SegmentRegion.us;
    @UriParam(label = "advanced", defaultValue = "0", description = "Client-side limit of requests per second, "
            + "shared by every endpoint of the component with the same credential (token or writeKey) and host; 0 = "
            + "no client-side limit (the API's 429s are still honoured)")
    private int requestsPerSecond;

    // ---- Public API ----
    /** Segment's largest page. */
    public static final int MAX_PAGE_SIZE = 200;

    @UriParam(label = "security", secret = true, description = "Public API token (Bearer). It is scoped to one "
            + "workspace, which lives in one region: set region=eu for EU workspaces")
    private String token;
    @UriParam(label = "publicapi", defaultValue = "v1", description = "Public API version sent in the Accept "
            + "header: v1, v1beta or v1alpha")
    private SegmentApiVersion apiVersion = SegmentApiVersion.v1;
    @UriParam(label = "publicapi", defaultValue = "public", enums = "public,config", description = "The API the "
            + "operations belong to: public = the Public API; config = the legacy Config API "
            + "(platform.segmentapis.com/v1beta), read-only here (listWorkspaces, getWorkspace, listSources, "
            + "getSource, listDestinations, listTrackingPlans), for tokens that predate the Public API")
    private SegmentApiFamily apiFamily = SegmentApiFamily.PUBLIC;
    @UriParam(label = "publicapi", defaultValue = "200", description = "Items per page of list operations, 1 to "
            + "200 (Segment's maximum)")
    private int pageSize = MAX_PAGE_SIZE;
    @UriParam(label = "publicapi", defaultValue = "true", description = "List operations: true = the items of "
            + "all pages as one Iterable that fetches the pages as the iteration reaches them; false = the items "
            + "of one page as a List, with the headers " + SegmentConstants.NEXT_CURSOR + " and "
            + SegmentConstants.TOTAL_ENTRIES + " (send " + SegmentConstants.CURSOR + " to get the next page)")
    private boolean allPages = true;
    @UriParam(label = "publicapi", defaultValue = "true", description = "Take the resource out of the answer's "
            + "data object when the operation returns one (getSource: the source, listLabels: the labels, "
            + "updateSchemaSettingsInSource: the settings); false = the whole data object (e.g. to read "
            + "getSource's trackingPlanId)")
    private boolean unwrap = true;
    @UriParam(label = "publicapi", description = "The class to read the result as (each item for lists). By "
            + "default operations returning sources, destinations, labels, tracking plans, the workspace or schema "
            + "settings give the typed models of package io.github.camelsegmentremote.segment.model, all others "
            + "a Jackson JsonNode; set com.fasterxml.jackson.databind.JsonNode to always get JSON trees")
    private Class<?> outputClass;
    @UriParam(label = "publicapi", description = "Path parameters of the operation by name. Set them as plain URI "
            + "parameters named like the path parameter (segment:getSource?sourceId=...), which the component "
            + "collects here; per message, headers override them")
    private Map<String, Object> pathParameters;
    @UriParam(label = "publicapi", prefix = "query.", multiValue = true, description = "Query parameters sent "
            + "with every call, as query.name=value (segment:getEventsVolumeFromWorkspace?"
            + "query.granularity=DAY&query.startTime=...); per message, the header " + SegmentConstants.QUERY + " adds to them")
    private Map<String, Object> queryParameters;
    @UriParam(label = "consumer", defaultValue = "false", description = "Emit only items that are new, changed or "
            + "gone since the previous poll (header " + SegmentConstants.CHANGE + ": created, updated or deleted), compared by a "
            + "hash of each item's JSON per id: config-drift auditing. The first poll emits every item as created")
    private boolean changedOnly;
    @UriParam(label = "consumer", defaultValue = "0", description = "At most this many items per poll, 0 = all; "
            + "the next poll goes on where this one stopped")
    private int maxMessagesPerPoll;

    // ---- Tracking API ----
    @UriParam(label = "security", secret = true, description = "Write key of the source the Tracking API calls "
            + "(identify, track, group, page, screen, alias, batch) send to")
    private String writeKey;
    @UriParam(label = "tracking", defaultValue = "100", description = "Most messages per /v1/batch request "
            + "(at most 2500, Segment's limit). Messages of many exchanges are packed together; each exchange "
            + "completes when the request that carried its message was accepted or finally failed. 1 sends every "
            + "exchange on its own to the single-call endpoint (/v1/identify, ...) on the caller's thread")
    private int batchSize = 100;
    @UriParam(label = "tracking", defaultValue = "5000", javaType = "java.time.Duration",
            description = "Longest a message waits for its batch to fill before the batch is sent anyway. An "
                    + "exchange waits for its batch: with fewer concurrent exchanges than batchSize, this is its "
                    + "latency. Open batches are also sent when the route or context stops")
    private long flushInterval = 5000;
    @UriParam(label = "tracking,advanced", defaultValue = "512000", description = "Largest /v1/batch request "
            + "body in bytes, envelope included (at most 512000, Segment's 500 KB). A message is at most 32 KB")
    private int maxBatchBytes = 512_000;
    @UriParam(label = "tracking,advanced", defaultValue = "10000", description = "Most messages waiting for "
            + "their batch or in flight; when it is reached, sending exchanges wait for room (backpressure)")
    private int maxQueueSize = 10_000;
    @UriParam(label = "tracking,advanced", defaultValue = "2", description = "Threads sending batches "
            + "concurrently; each request may take up to maxRetryTime when Segment fails")
    private int senderThreads = 2;

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public SegmentRegion getRegion() {
        return region;
    }

    public void setRegion(SegmentRegion region) {
        this.region = region;
    }

    public int getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(int requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    // ---- Public API accessors ----

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public SegmentApiVersion getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(SegmentApiVersion apiVersion) {
        this.apiVersion = apiVersion;
    }

    public SegmentApiFamily getApiFamily() {
        return apiFamily;
    }

    public void setApiFamily(SegmentApiFamily apiFamily) {
        this.apiFamily = apiFamily;
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

    public boolean isUnwrap() {
        return unwrap;
    }

    public void setUnwrap(boolean unwrap) {
        this.unwrap = unwrap;
    }

    public Class<?> getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(Class<?> outputClass) {
        this.outputClass = outputClass;
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

    public boolean isChangedOnly() {
        return changedOnly;
    }

    public void setChangedOnly(boolean changedOnly) {
        this.changedOnly = changedOnly;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    // ---- Tracking API accessors ----

    public String getWriteKey() {
        return writeKey;
    }

    public void setWriteKey(String writeKey) {
        this.writeKey = writeKey;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public long getFlushInterval() {
        return flushInterval;
    }

    public void setFlushInterval(long flushInterval) {
        this.flushInterval = flushInterval;
    }

    public int getMaxBatchBytes() {
        return maxBatchBytes;
    }

    public void setMaxBatchBytes(int maxBatchBytes) {
        this.maxBatchBytes = maxBatchBytes;
    }

    public int getMaxQueueSize() {
        return maxQueueSize;
    }

    public void setMaxQueueSize(int maxQueueSize) {
        this.maxQueueSize = maxQueueSize;
    }

    public int getSenderThreads() {
        return senderThreads;
    }

    public void setSenderThreads(int senderThreads) {
        this.senderThreads = senderThreads;
    }

    // ---- end of accessors ----

    public SegmentConfiguration copy() {
        return (SegmentConfiguration) copyInstance();
    }
}
