package io.github.camelsegmentremote.sandbox;

/** The fault chosen for one request. */
public enum Fault {
    NONE,
    SERVER_ERROR,
    RATE_LIMIT,
    RESET,
    MALFORMED
}
