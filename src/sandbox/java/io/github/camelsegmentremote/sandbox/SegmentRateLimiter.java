package io.github.camelsegmentremote.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The Public API's per-token rate limit: a fixed one-second window of {@code limitPerSecond} requests. Answers carry
 * Segment's headers {@code X-RateLimit-Consumed}, {@code X-RateLimit-Remaining}, {@code X-RateLimit-Reset} (an
 * RFC 5322 date, as documented) plus {@code X-RateLimit-Limit}; a refused request gets a 429 with
 * {@code Retry-After} in whole seconds (at least 1).
 */
final class SegmentRateLimiter {

    private static final long WINDOW_MILLIS = 1000;

    private final int limitPerSecond;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LongAdder refused = new LongAdder();

    /** The outcome for one request. */
    record Decision(boolean allowed, int limit, int consumed, int remaining, long resetAtMillis) {

        long millisBeforeNext(long now) {
            return Math.max(0, resetAtMillis - now);
        }
    }

    SegmentRateLimiter(int limitPerSecond) {
        this.limitPerSecond = limitPerSecond;
    }

    boolean enabled() {
        return limitPerSecond > 0;
    }

    int limitPerSecond() {
        return limitPerSecond;
    }

    long refused() {
        return refused.sum();
    }

    /** Counts a request of {@code token}; only meaningful when {@link #enabled()}. */
    Decision acquire(String token, long now) {
        Window window = windows.computeIfAbsent(token, t -> new Window());
        Decision decision = window.acquire(limitPerSecond, now);
        if (!decision.allowed()) {
            refused.increment();
        }
        return decision;
    }

    void reset() {
        windows.clear();
        refused.reset();
    }

    static void addHeaders(SandboxResponse response, Decision decision) {
        response.header("X-RateLimit-Limit", String.valueOf(decision.limit()));
        response.header("X-RateLimit-Consumed", String.valueOf(decision.consumed()));
        response.header("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        response.header("X-RateLimit-Reset", httpDate(decision.resetAtMillis()));
    }

    /** Whole seconds to wait, rounded up, never 0: a client sleeping that long finds the window open. */
    static long retryAfterSeconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }

    /** An RFC 5322 / RFC 1123 date, rounded up to the next whole second. */
    static String httpDate(long epochMillis) {
        long seconds = (epochMillis + 999) / 1000;
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC));
    }

    private static final class Window {
        private long start = Long.MIN_VALUE;
        private int count;

        synchronized Decision acquire(int limit, long now) {
            if (start == Long.MIN_VALUE || now >= start + WINDOW_MILLIS) {
                start = now;
                count = 0;
            }
            count++;
            return new Decision(count <= limit, limit, count, Math.max(0, limit - count), start + WINDOW_MILLIS);
        }
    }
}
