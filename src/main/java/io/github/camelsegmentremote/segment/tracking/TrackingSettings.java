package io.github.camelsegmentremote.segment.tracking;

import java.time.Duration;

/**
 * How the producer packs messages into {@code /v1/batch} requests, checked against Segment's limits with
 * messages that name the option.
 *
 * @param batchSize     most messages per request; 1 sends every exchange on its own (single-call endpoints)
 * @param flushInterval longest a message waits for its batch to fill
 * @param maxBatchBytes largest request body, envelope included
 * @param maxQueueSize  most messages waiting or in flight; more block the sending exchange until room is made
 * @param senderThreads threads sending requests concurrently
 */
public record TrackingSettings(int batchSize, Duration flushInterval, int maxBatchBytes, int maxQueueSize,
        int senderThreads) {

    public TrackingSettings {
        if (batchSize < 1 || batchSize > TrackingLimits.MAX_BATCH_MESSAGES) {
            throw new IllegalArgumentException("Option batchSize must be between 1 and "
                    + TrackingLimits.MAX_BATCH_MESSAGES + " (Segment drops events past 2,500 per batch), was "
                    + batchSize);
        }
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("Option flushInterval must be positive, was " + flushInterval);
        }
        int smallest = TrackingLimits.MAX_MESSAGE_BYTES + Batch.ENVELOPE_BYTES;
        if (maxBatchBytes < smallest || maxBatchBytes > TrackingLimits.MAX_BATCH_BYTES) {
            throw new IllegalArgumentException("Option maxBatchBytes must be between " + smallest + " (one "
                    + "message of 32 KB and the envelope) and " + TrackingLimits.MAX_BATCH_BYTES + " (500 KB), was "
                    + maxBatchBytes);
        }
        if (maxQueueSize < batchSize) {
            throw new IllegalArgumentException("Option maxQueueSize must be at least batchSize (" + batchSize
                    + "), was " + maxQueueSize);
        }
        if (senderThreads < 1) {
            throw new IllegalArgumentException("Option senderThreads must be at least 1, was " + senderThreads);
        }
    }

    /** Whether every exchange is sent on its own, on the caller's thread. */
    public boolean synchronous() {
        return batchSize == 1;
    }
}
