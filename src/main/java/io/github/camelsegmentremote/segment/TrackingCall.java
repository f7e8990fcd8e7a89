package io.github.camelsegmentremote.segment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Tracking API calls, each with its path on the tracking host. */
public enum TrackingCall {
    identify,
    track,
    group,
    page,
    screen,
    alias,
    batch;

    public String path() {
        return "/v1/" + name();
    }

    /** The call named {@code operation}, if it is one. */
    public static Optional<TrackingCall> of(String operation) {
        if (operation == null) {
            return Optional.empty();
        }
        String name = operation.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
