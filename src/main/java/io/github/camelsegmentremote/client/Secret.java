package io.github.camelsegmentremote.client;

import java.util.Objects;

/**
 * A credential (token, write key, signing key) that never shows itself: {@link #toString()} is a mask, and only
 * {@link #reveal()} hands out the value, at the single place it goes on the wire.
 */
public final class Secret {

    private static final String MASK = "******";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a non-blank value. */
    public static Secret of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        return new Secret(value.trim());
    }

    /** Wraps a value that may be absent: null for null or blank input. */
    public static Secret ofNullable(String value) {
        return value == null || value.isBlank() ? null : of(value);
    }

    public String reveal() {
        return value;
    }

    public boolean startsWith(String prefix) {
        return value.startsWith(prefix);
    }

    /** Removes every occurrence of this secret from a text that may have picked it up (an echoed request, say). */
    public String redact(String text) {
        return text == null ? null : text.replace(value, MASK);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return MASK;
    }
}
