package io.github.camelsegmentremote.sandbox;

/**
 * Remote's per-company rate limit as a fixed one-minute window. Requests over the limit still count, so a client
 * that keeps hammering stays limited until the window ends.
 */
final class RemoteRateLimiter {

    static final long WINDOW_MILLIS = 60_000;

    private int requestsPerMinute;
    private long windowStart;
    private int count;

    RemoteRateLimiter(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    synchronized int requestsPerMinute() {
        return requestsPerMinute;
    }

    /** Sets the limit (0 = unlimited) and starts a new window. */
    synchronized void requestsPerMinute(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("requests per minute must be >= 0 (0 = unlimited), was " + limit);
        }
        this.requestsPerMinute = limit;
        reset();
    }

    /** Counts a request; false if it is over the limit. */
    synchronized boolean tryAcquire(long now) {
        roll(now);
        count++;
        return requestsPerMinute <= 0 || count <= requestsPerMinute;
    }

    synchronized Window window(long now) {
        roll(now);
        long remaining = requestsPerMinute <= 0 ? Integer.MAX_VALUE : Math.max(0, requestsPerMinute - count);
        return new Window(count, remaining, windowStart + WINDOW_MILLIS - now);
    }

    synchronized void reset() {
        windowStart = 0;
        count = 0;
    }

    private void roll(long now) {
        if (now - windowStart >= WINDOW_MILLIS) {
            windowStart = now;
            count = 0;
        }
    }

    /** The current window as the {@code x-ratelimit-*} headers show it. */
    record Window(int count, long remaining, long resetMillis) {
    }
}
