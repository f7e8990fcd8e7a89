package io.github.camelsegmentremote.segment;

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
    @UriParam(label = "advanced", defaultValue = "0", description = "Client-side limit of requests per second "
            + "for this endpoint; 0 = no client-side limit (the API's 429s are still honoured)")
    private int requestsPerSecond;

    // ---- Public API ----
    @UriParam(label = "security", secret = true, description = "Public API token (Bearer). It is scoped to one "
            + "workspace, which lives in one region: set region=eu for EU workspaces")
    private String token;
    @UriParam(label = "publicapi", defaultValue = "v1", description = "Public API version sent in the Accept "
            + "header: v1, v1beta or v1alpha")
    private SegmentApiVersion apiVersion = SegmentApiVersion.v1;

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
