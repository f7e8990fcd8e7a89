package io.github.camelsegmentremote.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Faults a simulator injects into its answers, as shares of requests (0.0 to 1.0). Immutable: a simulator swaps
 * the whole plan atomically, so a test can change faults while traffic flows.
 *
 * @param serverErrorRate  share of requests answered with {@code serverErrorStatus} before being processed
 * @param serverErrorStatus the 5xx status used for injected server errors (e.g. 500, 502, 503)
 * @param rateLimitRate    share of requests answered 429 with {@code Retry-After}/reset headers
 * @param retryAfterMillis the wait the injected 429 asks for
 * @param resetRate        share of connections closed without any answer (the client sees a reset / no response)
 * @param malformedRate    share of successful answers whose JSON body is cut in half
 * @param latencyMillis    delay added to every request
 */
public record FaultPlan(double serverErrorRate, int serverErrorStatus, double rateLimitRate, long retryAfterMillis,
        double resetRate, double malformedRate, long latencyMillis) {

    public static final FaultPlan NONE = new FaultPlan(0, 500, 0, 1000, 0, 0, 0);

    public FaultPlan {
        checkShare("serverErrorRate", serverErrorRate);
        checkShare("rateLimitRate", rateLimitRate);
        checkShare("resetRate", resetRate);
        checkShare("malformedRate", malformedRate);
        if (serverErrorStatus < 500 || serverErrorStatus > 599) {
            throw new IllegalArgumentException("serverErrorStatus must be a 5xx status, was " + serverErrorStatus);
        }
        if (retryAfterMillis < 0 || latencyMillis < 0) {
            throw new IllegalArgumentException("retryAfterMillis and latencyMillis must be >= 0");
        }
    }

    private static void checkShare(String name, double value) {
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(name + " must be between 0.0 and 1.0, was " + value);
        }
    }

    public FaultPlan withServerErrors(double rate, int status) {
        return new FaultPlan(rate, status, rateLimitRate, retryAfterMillis, resetRate, malformedRate, latencyMillis);
    }

    public FaultPlan withRateLimits(double rate, long retryAfter) {
        return new FaultPlan(serverErrorRate, serverErrorStatus, rate, retryAfter, resetRate, malformedRate,
                latencyMillis);
    }

    public FaultPlan withResets(double rate) {
        return new FaultPlan(serverErrorRate, serverErrorStatus, rateLimitRate, retryAfterMillis, rate, malformedRate,
                latencyMillis);
    }

    public FaultPlan withMalformed(double rate) {
        return new FaultPlan(serverErrorRate, serverErrorStatus, rateLimitRate, retryAfterMillis, resetRate, rate,
                latencyMillis);
    }

    public FaultPlan withLatency(long millis) {
        return new FaultPlan(serverErrorRate, serverErrorStatus, rateLimitRate, retryAfterMillis, resetRate,
                malformedRate, millis);
    }

    /** Reads a plan from JSON (the inspection endpoint's {@code POST /_sandbox/faults}); absent fields keep NONE's. */
    public static FaultPlan fromJson(JsonNode node) {
        return new FaultPlan(
                node.path("serverErrorRate").asDouble(NONE.serverErrorRate),
                node.path("serverErrorStatus").asInt(NONE.serverErrorStatus),
                node.path("rateLimitRate").asDouble(NONE.rateLimitRate),
                node.path("retryAfterMillis").asLong(NONE.retryAfterMillis),
                node.path("resetRate").asDouble(NONE.resetRate),
                node.path("malformedRate").asDouble(NONE.malformedRate),
                node.path("latencyMillis").asLong(NONE.latencyMillis));
    }
}
