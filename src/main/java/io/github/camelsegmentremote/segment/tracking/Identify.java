package io.github.camelsegmentremote.segment.tracking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.segment.TrackingCall;

/**
 * An {@code identify} call: who the user is and their traits.
 *
 * <pre>
 * Identify.builder().userId("emp-42").trait("email", "ada@example.com").trait("department", "R&amp;D").build();
 * </pre>
 */
public final class Identify extends SegmentMessage {

    private final Map<String, Object> traits;

    private Identify(Builder b) {
        super(b);
        this.traits = copy(b.traits);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TrackingCall type() {
        return TrackingCall.identify;
    }

    public Map<String, Object> traits() {
        return traits;
    }

    @Override
    void writeTypeFields(ObjectNode node) {
        putMap(node, "traits", traits);
    }

    /** Builds an {@link Identify}. */
    public static final class Builder extends SegmentMessage.Builder<Identify, Builder> {
        private final Map<String, Object> traits = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder traits(Map<String, ?> traits) {
            this.traits.putAll(Objects.requireNonNull(traits, "traits"));
            return this;
        }

        public Builder trait(String name, Object value) {
            traits.put(name, value);
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public Identify build() {
            return new Identify(this);
        }
    }
}
