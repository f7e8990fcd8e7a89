package io.github.camelsegmentremote.segment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Remembers a hash of each listed item's JSON by id, so a poll can tell what is new, changed or gone since the
 * previous pass over the list. Field order does not count as a change. State lives in memory, per consumer.
 */
final class SegmentChangeDetector {

    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String DELETED = "deleted";

    private final ObjectMapper canonical;
    private final Map<String, String> hashes = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    SegmentChangeDetector(ObjectMapper mapper) {
        this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /** {@link #CREATED} or {@link #UPDATED} when the item is new or differs from the last pass, else empty. */
    Optional<String> classify(String id, JsonNode item) {
        seen.add(id);
        String hash = hash(item);
        String previous = hashes.put(id, hash);
        if (previous == null) {
            return Optional.of(CREATED);
        }
        return previous.equals(hash) ? Optional.empty() : Optional.of(UPDATED);
    }

    /** Ends a pass over the list: the ids seen in the previous pass but not in this one, now forgotten. */
    List<String> endPass() {
        List<String> gone = hashes.keySet().stream().filter(id -> !seen.contains(id)).sorted().toList();
        gone.forEach(hashes::remove);
        seen.clear();
        return gone;
    }

    /** Starts a pass afresh after an interrupted one, so items it did not reach are not taken for deleted. */
    void abandonPass() {
        seen.clear();
    }

    /** The canonical JSON of an item: keys sorted at every level. */
    String canonicalJson(JsonNode item) {
        try {
            return canonical.writeValueAsString(canonical.treeToValue(item, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a listed item", e);
        }
    }

    private String hash(JsonNode item) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalJson(item).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
