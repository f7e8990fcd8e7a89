package io.github.camelsegmentremote.client;

import java.util.concurrent.atomic.LongAdder;

/** Counters of one client, cheap to update from many threads; read them for JMX or Micrometer gauges. */
public final class ClientMetrics {

    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder bytesSent = new LongAdder();
    private final LongAdder bytesReceived = new LongAdder();

    void request(long sent) {
        requests.increment();
        bytesSent.add(sent);
    }

    void received(long bytes) {
        bytesReceived.add(bytes);
    }

    void retry() {
        retries.increment();
    }

    void failure() {
        failures.increment();
    }

    void rateLimited() {
        rateLimited.increment();
    }

    /** HTTP requests sent, retries included. */
    public long requests() {
        return requests.sum();
    }

    public long retries() {
        return retries.sum();
    }

    /** Calls that finally failed (after retries). */
    public long failures() {
        return failures.sum();
    }

    /** 429 answers received. */
    public long rateLimitedAnswers() {
        return rateLimited.sum();
    }

    public long bytesSent() {
        return bytesSent.sum();
    }

    public long bytesReceived() {
        return bytesReceived.sum();
    }

    @Override
    public String toString() {
        return "requests=" + requests() + ", retries=" + retries() + ", failures=" + failures() + ", 429s="
                + rateLimitedAnswers() + ", bytesSent=" + bytesSent() + ", bytesReceived=" + bytesReceived();
    }
}
