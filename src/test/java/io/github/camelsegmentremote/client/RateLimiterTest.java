package io.github.camelsegmentremote.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    @Test
    void spacesCallsSoTheLimitIsNeverExceeded() throws InterruptedException {
        RateLimiter limiter = RateLimiter.perInterval(10, Duration.ofMillis(200));
        long start = System.nanoTime();
        for (int i = 0; i < 11; i++) {
            limiter.acquire();
        }
        // 11 calls at 20 ms spacing cannot fit in less than 200 ms: a lower bound, not a speed measurement.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(195));
    }

    @Test
    void pauseHoldsEveryCallerBack() throws InterruptedException {
        RateLimiter limiter = RateLimiter.unlimited();
        limiter.pause(Duration.ofMillis(150));
        long start = System.nanoTime();
        limiter.acquire();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(140));
    }

    @Test
    void rejectsNonsenseLimits() {
        assertThatThrownBy(() -> RateLimiter.perInterval(0, Duration.ofSeconds(1)))
                .hasMessageContaining("permits must be >= 1");
        assertThatThrownBy(() -> RateLimiter.perInterval(1, Duration.ZERO))
                .hasMessageContaining("interval must be positive");
    }
}
