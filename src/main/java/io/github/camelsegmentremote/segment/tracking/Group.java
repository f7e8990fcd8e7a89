package io.github.camelsegmentremote.segment.tracking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.segment.TrackingCall;

/**
 * A {@code group} call: ties the user to a group (company, team, account), with the group's traits.
 *
 * <pre>
 * Group.builder().userId("emp-42").groupId("team-7").trait("name", "Payroll").build();
 * </pre>
 */
public final class Group extends SegmentMessage {

    private final String groupId;
    private final Map<String, Object> traits;

    private Group(Builder b) {
        super(b);
        this.groupId = b.groupId;
        this.traits = copy(b.traits);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TrackingCall type() {
        return TrackingCall.group;
    }

    /** The group's id (required). */
    public String groupId() {
        return groupId;
    }

    public Map<String, Object> traits() {
        return traits;
    }

    @Override
    void writeTypeFields(ObjectNode node) {
        putText(node, "groupId", groupId);
        putMap(node, "traits", traits);
    }

    /** Builds a {@link Group}. */
    public static final class Builder extends SegmentMessage.Builder<Group, Builder> {
        private String groupId;
        private final Map<String, Object> traits = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
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
        public Group build() {
            return new Group(this);
        }
    }
}
