package io.github.camelsegmentremote.segment.tracking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.segment.TrackingCall;

/**
 * An {@code alias} call: merges a previous identity into a user id. Both {@code previousId} and {@code userId}
 * are required.
 *
 * <pre>
 * Alias.builder().previousId("candidate-9").userId("emp-42").build();
 * </pre>
 */
public final class Alias extends SegmentMessage {

    private final String previousId;

    private Alias(Builder b) {
        super(b);
        this.previousId = b.previousId;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TrackingCall type() {
        return TrackingCall.alias;
    }

    public String previousId() {
        return previousId;
    }

    @Override
    void writeTypeFields(ObjectNode node) {
        putText(node, "previousId", previousId);
    }

    /** Builds an {@link Alias}. */
    public static final class Builder extends SegmentMessage.Builder<Alias, Builder> {
        private String previousId;

        private Builder() {
        }

        public Builder previousId(String previousId) {
            this.previousId = previousId;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public Alias build() {
            return new Alias(this);
        }
    }
}
