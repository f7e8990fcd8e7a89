package io.github.camelsegmentremote.segment.tracking;

import io.github.camelsegmentremote.segment.TrackingCall;

/**
 * A {@code page} call: the user viewed a page of a website.
 *
 * <pre>
 * Page.builder().userId("emp-42").name("Payslips").property("path", "/payslips").build();
 * </pre>
 */
public final class Page extends ViewMessage {

    private Page(Builder b) {
        super(b);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TrackingCall type() {
        return TrackingCall.page;
    }

    /** Builds a {@link Page}. */
    public static final class Builder extends ViewMessage.Builder<Page, Builder> {

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public Page build() {
            return new Page(this);
        }
    }
}
