package io.github.camelsegmentremote.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One simulated API: its routes, its error and rate-limit answers, and what it reports to inspection.
 */
public interface Simulator {

    /** Short name used in logs and inspection, e.g. {@code remote}. */
    String name();

    /** Adds this API's routes to the server. */
    void register(SandboxServer server);

    /** The API's error body for a status (Segment: {@code {"errors":[...]}}, Remote: {@code {"message":...}}). */
    SandboxResponse error(int status, String type, String message);

    /** The API's 429 answer, with its own rate-limit headers, asking the client to wait {@code retryAfterMillis}. */
    SandboxResponse rateLimited(long retryAfterMillis);

    /** Headers added to every answer (rate-limit counters and the like); may be empty. */
    default void decorate(SandboxRequest request, SandboxResponse response) {
    }

    /** Read-only view of the simulator's state and what it received. */
    JsonNode inspect();

    /** Forgets everything received and re-seeds the initial state. */
    void reset();
}
