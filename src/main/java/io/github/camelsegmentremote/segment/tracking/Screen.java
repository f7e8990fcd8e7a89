package io.github.camelsegmentremote.segment.tracking;

import io.github.camelsegmentremote.segment.TrackingCall;

/**
 * A {@code screen} call: the user viewed a screen of a mobile app.
 *
 * <pre>
 * Screen.builder().userId("emp-42").name("Payslips").property("app", "HR").build();
 * </pre>
 */
public final class Screen extends ViewMessage {

    private Screen(Builder b) {
        super(b);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TrackingCall type() {
        return TrackingCall.screen;
    }

    /** Builds a {@link Screen}. */
    public static final class Builder extends ViewMessage.Builder<Screen, Builder> {

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public Screen build() {
            return new Screen(this);
        }
    }
}
