package io.github.camelsegmentremote.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before sending a failed call again: exponential backoff with jitter, bounded by a
 * number of attempts and a total time; a wait the server asked for ({@code Retry-After}, rate-limit reset) is
 * honoured, with a little jitter so that many clients do not return in lockstep.
 *
 * @param maxAttempts    attempts in all, the first included (1 = no retry)
 * @param initialBackoff wait after the first failure
 * @param maxBackoff     cap on one computed wait (a longer server-requested wait is still honoured)
 * @param maxTotalTime   no retry starts once this much time has passed since the first attempt
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxTotalTime) {

    /** 6 attempts, 250 ms doubling up to 30 s, at most 3 minutes in all. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(30),
            Duration.ofMinutes(3));

    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxTotalTime.isNegative()) {
            throw new IllegalArgumentException("retry durations must not be negative");
        }
    }

    /** Whether an HTTP status is worth another attempt: 408, 429 and 5xx except 501 and 505. */
    public boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
    }

    /**
     * The wait before attempt {@code attempt + 1}. With a server hint: the hint plus up to 10% (at most 1 s) of
     * jitter. Without: "equal jitter" exponential backoff, half fixed and half random, capped at maxBackoff.
     */
    public Duration backoff(int attempt, Duration serverHint) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (serverHint != null) {
            long hint = Math.max(0, serverHint.toMillis());
            long jitter = Math.min(1000, hint / 10);
            return Duration.ofMillis(hint + (jitter > 0 ? random.nextLong(jitter + 1) : random.nextLong(50)));
        }
        long base = initialBackoff.toMillis();
        int shift = Math.min(attempt - 1, 30);
        long exponential = base << shift;
        if (exponential < 0 || exponential > maxBackoff.toMillis()) {
            exponential = maxBackoff.toMillis();
        }
        long half = exponential / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }
}
