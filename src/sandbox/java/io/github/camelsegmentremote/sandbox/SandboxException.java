package io.github.camelsegmentremote.sandbox;

/**
 * Thrown by a simulator handler to answer with an API error; each simulator renders it in its API's error body.
 */
public class SandboxException extends RuntimeException {

    private final int status;
    private final String type;

    public SandboxException(int status, String message) {
        this(status, null, message);
    }

    public SandboxException(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    public int status() {
        return status;
    }

    /** API error type (Segment's {@code errors[].type}), or null for the simulator's default. */
    public String type() {
        return type;
    }
}
