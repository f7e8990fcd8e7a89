package io.github.camelsegmentremote.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Client-side rate limiter shared by every call of one client: at most {@code permits} calls per
 * {@code interval} (evenly spaced, so a burst never exceeds the API's documented limit), and a pause for everyone
 * when the API says the window is used up. {@link #unlimited()} only applies such pauses.
 */
public final class RateLimiter {

    private final long spacingNanos;
    private final String description;
    private long nextFreeNanos = System.nanoTime();
    private long pausedUntilNanos = System.nanoTime();

    private RateLimiter(long spacingNanos, String description) {
        this.spacingNanos = spacingNanos;
        this.description = description;
    }

    /** At most {@code permits} calls per {@code interval}. */
    public static RateLimiter perInterval(int permits, Duration interval) {
        if (permits < 1) {
            throw new IllegalArgumentException("rate limit permits must be >= 1, was " + permits);
        }
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("rate limit interval must be positive, was " + interval);
        }
        return new RateLimiter(interval.toNanos() / permits, permits + " per " + interval);
    }

    public static RateLimiter unlimited() {
        return new RateLimiter(0, "unlimited");
    }

    /** Blocks until the next call may go. */
    public void acquire() throws InterruptedException {
        long wakeAt;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, Math.max(nextFreeNanos, pausedUntilNanos));
            nextFreeNanos = slot + spacingNanos;
            wakeAt = slot;
        }
        long wait;
        while ((wait = wakeAt - System.nanoTime()) > 0) {
            LockSupport.parkNanos(this, wait);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for the rate limiter");
            }
        }
    }

    /** Holds every caller back for {@code pause} from now (the API said the window is used up). */
    public synchronized void pause(Duration pause) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, pause.toMillis()));
        if (until - pausedUntilNanos > 0) {
            pausedUntilNanos = until;
        }
    }

    @Override
    public String toString() {
        return "RateLimiter[" + description + "]";
    }
}
