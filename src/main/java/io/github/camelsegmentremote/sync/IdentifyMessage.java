package io.github.camelsegmentremote.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One employment mapped to a Segment identify: the userId, the traits, and the content hash that change detection
 * compares. The map form ({@link #toMap()}) is what {@code segment:identify} takes as a body.
 *
 * @param employmentId the Remote employment id the message comes from
 * @param userId       the Segment userId
 * @param traits       traits, nulls already left out, in a stable order
 * @param contentHash  SHA-256 (hex) of userId and traits: equal hashes mean nothing to send
 */
public record IdentifyMessage(String employmentId, String userId, Map<String, Object> traits, String contentHash) {

    public IdentifyMessage {
        // The mapper's own map is handed over as it is; anyone else's is copied.
        traits = java.util.Collections.unmodifiableMap(traits instanceof MappedTraits ? traits
                : new LinkedHashMap<>(traits));
    }

    /** The traits map the mapper fills for one message and gives away. */
    static final class MappedTraits extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        MappedTraits() {
            super(32);
        }
    }

    /** The key a deterministic messageId is derived from: a re-sent unchanged message gets the same id. */
    public String messageIdKey() {
        return employmentId + ":" + contentHash;
    }

    /** {@code {"userId": ..., "traits": {...}}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("userId", userId);
        map.put("traits", traits);
        return map;
    }
}
