package io.github.camelsegmentremote.client;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Where an API says how long to wait: the standard {@code Retry-After} (seconds or HTTP date) and its own
 * remaining/reset headers.
 *
 * @param remainingHeader header with the requests left in the window, or null
 * @param resetHeader     header saying when the window resets, or null
 * @param resetUnit       how the reset header's number reads
 */
public record RateLimitHeaders(String remainingHeader, String resetHeader, ResetUnit resetUnit) {

    /** Only {@code Retry-After}. */
    public static final RateLimitHeaders RETRY_AFTER_ONLY = new RateLimitHeaders(null, null, null);

    /** How a reset header's number reads. */
    public enum ResetUnit {
        /** Milliseconds until the window resets (Remote's {@code x-ratelimit-reset}). */
        MILLIS_UNTIL,
        /** Seconds until the window resets. */
        SECONDS_UNTIL,
        /** Unix time in seconds when the window resets. */
        EPOCH_SECONDS
    }

    /** The wait a 429 (or 503) answer asks for: {@code Retry-After} first, then the reset header. */
    public Optional<Duration> retryDelay(ApiResponse response) {
        Optional<Duration> retryAfter = parseRetryAfter(response.header("Retry-After"));
        return retryAfter.isPresent() ? retryAfter : resetDelay(response);
    }

    /** The pause a successful answer asks for when it says no request is left in the window. */
    public Optional<Duration> throttle(ApiResponse response) {
        if (remainingHeader == null) {
            return Optional.empty();
        }
        String remaining = response.header(remainingHeader);
        if (remaining == null) {
            return Optional.empty();
        }
        try {
            return Long.parseLong(remaining.trim()) <= 0 ? resetDelay(response) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Duration> resetDelay(ApiResponse response) {
        if (resetHeader == null) {
            return Optional.empty();
        }
        String value = response.header(resetHeader);
        if (value == null) {
            return Optional.empty();
        }
        try {
            long n = (long) Double.parseDouble(value.trim());
            Duration d = switch (resetUnit) {
                case MILLIS_UNTIL -> Duration.ofMillis(n);
                case SECONDS_UNTIL -> Duration.ofSeconds(n);
                case EPOCH_SECONDS -> Duration.ofMillis(n * 1000 - System.currentTimeMillis());
            };
            return d.isNegative() ? Optional.of(Duration.ZERO) : Optional.of(d);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Duration> parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            long seconds = (long) Double.parseDouble(v);
            return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.ofMillis(at.toInstant().toEpochMilli() - System.currentTimeMillis());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }
}
