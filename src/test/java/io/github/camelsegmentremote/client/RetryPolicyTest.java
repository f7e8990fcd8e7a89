package io.github.camelsegmentremote.client;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofMillis(100), Duration.ofSeconds(2),
            Duration.ofMinutes(1));

    @RepeatedTest(20)
    void backoffGrowsExponentiallyWithJitterAndStaysUnderTheCap() {
        assertThat(policy.backoff(1, null)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(policy.backoff(3, null)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(policy.backoff(30, null)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @RepeatedTest(20)
    void serverHintIsHonouredWithSmallJitter() {
        assertThat(policy.backoff(1, Duration.ofSeconds(5))).isBetween(Duration.ofSeconds(5),
                Duration.ofMillis(5500));
        assertThat(policy.backoff(1, Duration.ofSeconds(60))).isBetween(Duration.ofSeconds(60),
                Duration.ofSeconds(61));
    }

    @Test
    void retryableStatuses() {
        assertThat(policy.isRetryableStatus(429)).isTrue();
        assertThat(policy.isRetryableStatus(408)).isTrue();
        assertThat(policy.isRetryableStatus(500)).isTrue();
        assertThat(policy.isRetryableStatus(503)).isTrue();
        assertThat(policy.isRetryableStatus(501)).isFalse();
        assertThat(policy.isRetryableStatus(505)).isFalse();
        assertThat(policy.isRetryableStatus(400)).isFalse();
        assertThat(policy.isRetryableStatus(404)).isFalse();
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertThat(RateLimitHeaders.parseRetryAfter("3")).contains(Duration.ofSeconds(3));
        assertThat(RateLimitHeaders.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(RateLimitHeaders.parseRetryAfter("soon")).isEmpty();
    }
}
