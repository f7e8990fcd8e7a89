package io.github.camelsegmentremote.segment.tracking;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one producer, cheap to update from many threads. A single call (batchSize=1) counts as a batch of
 * one message.
 */
public final class TrackingMetrics {

    private final LongAdder messagesSent = new LongAdder();
    private final LongAdder messagesFailed = new LongAdder();
    private final LongAdder messagesRejected = new LongAdder();
    private final LongAdder batchesSent = new LongAdder();
    private final LongAdder batchesFailed = new LongAdder();
    private final LongAdder bytesSent = new LongAdder();

    void batchSent(int messages, long bytes) {
        batchesSent.increment();
        messagesSent.add(messages);
        bytesSent.add(bytes);
    }

    void batchFailed(int messages) {
        batchesFailed.increment();
        messagesFailed.add(messages);
    }

    /** A message was not sent because Segment would have rejected it. */
    void rejected() {
        messagesRejected.increment();
    }

    /** Messages Segment accepted. */
    public long messagesSent() {
        return messagesSent.sum();
    }

    /** Messages whose request finally failed, after retries. */
    public long messagesFailed() {
        return messagesFailed.sum();
    }

    /** Messages not sent because they broke Segment's rules (no id, bad timestamp, over 32 KB, ...). */
    public long messagesRejected() {
        return messagesRejected.sum();
    }

    /** Requests Segment accepted. */
    public long batchesSent() {
        return batchesSent.sum();
    }

    /** Requests that finally failed, after retries. */
    public long batchesFailed() {
        return batchesFailed.sum();
    }

    /** Request body bytes Segment accepted. */
    public long bytesSent() {
        return bytesSent.sum();
    }

    @Override
    public String toString() {
        return "messagesSent=" + messagesSent() + ", messagesFailed=" + messagesFailed() + ", messagesRejected="
                + messagesRejected() + ", batchesSent=" + batchesSent() + ", batchesFailed=" + batchesFailed()
                + ", bytesSent=" + bytesSent();
    }
}
