package io.github.camelsegmentremote.sandbox;

import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one Tracking API host (region) received, whatever became of it: requests and bytes, refusals, and events
 * answered 200 but never recorded (the silent losses of the real API).
 */
public final class SegmentTrackingTraffic {

    private final String region;
    private final LongAdder requests = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder unauthorized = new LongAdder();
    private final LongAdder invalid = new LongAdder();
    private final LongAdder tooLarge = new LongAdder();
    private final LongAdder lostWrongRegion = new LongAdder();
    private final LongAdder droppedDisabledSource = new LongAdder();
    private final LongAdder rejectedOverBatchLimit = new LongAdder();

    SegmentTrackingTraffic(String region) {
        this.region = region;
    }

    public String region() {
        return region;
    }

    public long requests() {
        return requests.sum();
    }

    public long bytes() {
        return bytes.sum();
    }

    /** Requests answered 401: unknown write key, or a write key of the other region's workspace on the EU host. */
    public long unauthorized() {
        return unauthorized.sum();
    }

    /** Requests answered 400 for invalid JSON or an invalid message (no userId/anonymousId, no event name...). */
    public long invalid() {
        return invalid.sum();
    }

    /** Requests answered 400 because a message exceeded 32 KB or a batch request 500 KB. */
    public long tooLarge() {
        return tooLarge.sum();
    }

    /** Events answered 200 but lost: an EU workspace's write key sent to the US host. */
    public long lostWrongRegion() {
        return lostWrongRegion.sum();
    }

    /** Events answered 200 but dropped because their source is disabled. */
    public long droppedDisabledSource() {
        return droppedDisabledSource.sum();
    }

    /** Events answered 200 but rejected because their batch held more than 2,500 events. */
    public long rejectedOverBatchLimit() {
        return rejectedOverBatchLimit.sum();
    }

    void countRequest(int size) {
        requests.increment();
        bytes.add(size);
    }

    void countUnauthorized() {
        unauthorized.increment();
    }

    void countInvalid() {
        invalid.increment();
    }

    void countTooLarge() {
        tooLarge.increment();
    }

    void countLostWrongRegion(int events) {
        lostWrongRegion.add(events);
    }

    void countDroppedDisabledSource(int events) {
        droppedDisabledSource.add(events);
    }

    void countRejectedOverBatchLimit(int events) {
        rejectedOverBatchLimit.add(events);
    }

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("region", region);
        node.put("requests", requests());
        node.put("bytes", bytes());
        node.put("unauthorized", unauthorized());
        node.put("invalid", invalid());
        node.put("tooLarge", tooLarge());
        node.put("lostWrongRegion", lostWrongRegion());
        node.put("droppedDisabledSource", droppedDisabledSource());
        node.put("rejectedOverBatchLimit", rejectedOverBatchLimit());
        return node;
    }
}
