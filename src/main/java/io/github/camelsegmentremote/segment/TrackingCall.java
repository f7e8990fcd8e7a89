package io.github.camelsegmentremote.segment;

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

    private static final java.util.Map<String, TrackingCall> BY_NAME = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(TrackingCall::name, c -> c));

    public String path() {
        return "/v1/" + name();
    }

    /** The call named {@code operation}, if it is one. */
    public static Optional<TrackingCall> of(String operation) {
        if (operation == null) {
            return Optional.empty();
        }
        // Called for every message: a lookup, no stream.
        TrackingCall call = BY_NAME.get(operation);
        return call != null ? Optional.of(call)
                : Optional.ofNullable(BY_NAME.get(operation.trim().toLowerCase(Locale.ROOT)));
    }
}
