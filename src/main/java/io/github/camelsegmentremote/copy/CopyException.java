package io.github.camelsegmentremote.copy;

/**
 * The copy cannot run at all: source and target are the same workspace, a token is refused (often: the
 * workspace is in the other region), a workspace cannot be read, or a plan is applied to another workspace than
 * the one it was made for. Failures of single sources do not throw: the report lists them.
 */
public class CopyException extends RuntimeException {

    public CopyException(String message) {
        super(message);
    }

    public CopyException(String message, Throwable cause) {
        super(message, cause);
    }
}
