package io.github.camelsegmentremote.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.segment.TrackingCall;
import io.github.camelsegmentremote.segment.tracking.MessageIds;

/**
 * What one exchange (a page, a full record, a webhook delivery) has for Segment: the messages to send together
 * ({@code segment:batch}), the state of each employment to record once Segment accepted them, and the employments
 * whose full record is to be read after. The identify of a leaver and its offboarding event are added together, and
 * the state says the event was sent only because the event is in the same batch: whatever the route, what is
 * recorded is what was sent. Built by {@link Builder}; immutable once built.
 */
public final class SyncBatch {

    private final List<ObjectNode> messages;
    private final Map<String, SyncState> states;
    private final List<FullRecordRequest> fullRecordRequests;
    private final int identifies;
    private final int offboardingEvents;

    private SyncBatch(Builder b) {
        this(b.messages, b.states, b.fullRecordRequests, b.identifies, b.offboardingEvents);
    }

    private SyncBatch(List<ObjectNode> messages, Map<String, SyncState> states,
            List<FullRecordRequest> fullRecordRequests, int identifies, int offboardingEvents) {
        this.messages = Collections.unmodifiableList(messages);
        this.states = Collections.unmodifiableMap(states);
        this.fullRecordRequests = Collections.unmodifiableList(fullRecordRequests);
        this.identifies = identifies;
        this.offboardingEvents = offboardingEvents;
    }

    /** This batch and another one, sent and recorded together (the full records of one page). */
    public SyncBatch and(SyncBatch other) {
        List<ObjectNode> allMessages = new ArrayList<>(messages);
        allMessages.addAll(other.messages);
        Map<String, SyncState> allStates = new LinkedHashMap<>(states);
        allStates.putAll(other.states);
        List<FullRecordRequest> allRequests = new ArrayList<>(fullRecordRequests);
        allRequests.addAll(other.fullRecordRequests);
        return new SyncBatch(allMessages, allStates, allRequests, identifies + other.identifies,
                offboardingEvents + other.offboardingEvents);
    }

    /** The Tracking API messages (identifies, offboarding tracks), each with its deterministic messageId. */
    public List<ObjectNode> messages() {
        return messages;
    }

    /** Employment id to the state to record after Segment accepted {@link #messages()}. */
    public Map<String, SyncState> states() {
        return states;
    }

    /** The employments whose full record is to be read next. */
    public List<FullRecordRequest> fullRecordRequests() {
        return fullRecordRequests;
    }

    /** Identifies among the messages: the employments this batch sends. */
    public int identifies() {
        return identifies;
    }

    public int offboardingEvents() {
        return offboardingEvents;
    }

    /**
     * An employment whose full record is to be read.
     *
     * @param employmentId the employment
     * @param listHash     the hash of its list item's identify, to record with the outcome
     * @param counted      whether the run already counted it as changed (it was identified from its list item)
     */
    public record FullRecordRequest(String employmentId, String listHash, boolean counted) {
    }

    /** Gathers one exchange's decisions. Not thread-safe: one per exchange. */
    public static final class Builder {
        private final OffboardingEvent offboarding;
        private final Instant now = Instant.now();
        private final List<ObjectNode> messages = new ArrayList<>();
        private final Map<String, SyncState> states = new LinkedHashMap<>();
        private final List<FullRecordRequest> fullRecordRequests = new ArrayList<>();
        private int identifies;
        private int offboardingEvents;

        public Builder(OffboardingEvent offboarding) {
            this.offboarding = offboarding;
        }

        /**
         * Sends the identify (and the offboarding event when it is a leaver's and was not sent before) and records
         * it as sent with this list hash.
         */
        public Builder send(IdentifyMessage identify, SyncState stored, String listHash, boolean fromFullRecord) {
            messages.add(identifyMessage(identify));
            identifies++;
            boolean offboardingSent = stored != null && stored.offboardingSent();
            if (!offboardingSent && offboarding.applies(identify)) {
                messages.add(offboarding.message(identify));
                offboardingEvents++;
                offboardingSent = true;
            }
            states.put(identify.employmentId(), new SyncState(listHash, identify.contentHash(), fromFullRecord,
                    offboardingSent, now));
            return this;
        }

        /** Records a state without sending anything (the list item moved, the identify did not). */
        public Builder record(String employmentId, SyncState state) {
            states.put(employmentId, state);
            return this;
        }

        /** Reads this employment's full record after this batch. */
        public Builder readFullRecord(String employmentId, String listHash, boolean counted) {
            fullRecordRequests.add(new FullRecordRequest(employmentId, listHash, counted));
            return this;
        }

        public SyncBatch build() {
            return new SyncBatch(this);
        }

        private static ObjectNode identifyMessage(IdentifyMessage identify) {
            ObjectNode message = JsonNodeFactory.instance.objectNode();
            message.put("type", TrackingCall.identify.name());
            message.put("userId", identify.userId());
            message.put("messageId", MessageIds.derive(TrackingCall.identify, identify.messageIdKey()));
            ObjectNode traits = message.putObject("traits");
            identify.traits().forEach((name, value) -> put(traits, name, value));
            return message;
        }

        private static void put(ObjectNode traits, String name, Object value) {
            if (value instanceof String text) {
                traits.put(name, text);
            } else if (value instanceof JsonNode node) {
                traits.set(name, node);
            } else {
                traits.putPOJO(name, value);
            }
        }
    }
}
