package io.github.camelsegmentremote.sandbox;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The messages the Tracking API accepted into one workspace. Kept compact so that hundreds of thousands of events
 * fit in memory: per userId the identify count, the latest traits (as compact JSON bytes) and the accepted
 * messageIds; counters by type and source; full messages only for the last {@value #RECENT_LIMIT}.
 * <p>
 * De-duplication: a messageId already accepted by any source of the workspace is discarded and counted, like
 * Segment's de-duplication window (about 24 h; here: until reset).
 */
public final class SegmentEventLog {

    static final int RECENT_LIMIT = 1_000;
    static final int RECEIPT_LIMIT = 10_000;

    private final Set<String> seenMessageIds = new HashSet<>();
    private final Map<String, ProfileState> profiles = new HashMap<>();
    private final Map<String, Long> byType = new TreeMap<>();
    private final Map<String, Map<String, Long>> bySourceAndType = new HashMap<>();
    private final ArrayDeque<JsonNode> recent = new ArrayDeque<>();
    private final ArrayDeque<BatchReceipt> receipts = new ArrayDeque<>();
    private long accepted;
    private long duplicates;
    private long batches;
    private long batchBytes;

    /** One {@code /v1/batch} or {@code /v1/import} request accepted: how many events and how many bytes. */
    public record BatchReceipt(int events, int bytes) {
    }

    /**
     * Records one validated message of a source; false when its messageId was seen before (discarded).
     */
    synchronized boolean record(String sourceId, ObjectNode message) {
        String messageId = message.path("messageId").asText();
        if (!seenMessageIds.add(messageId)) {
            duplicates++;
            return false;
        }
        accepted++;
        String type = message.path("type").asText();
        byType.merge(type, 1L, Long::sum);
        bySourceAndType.computeIfAbsent(sourceId, s -> new TreeMap<>()).merge(type, 1L, Long::sum);
        String userId = userIdOf(message);
        if (userId != null) {
            ProfileState profile = profiles.computeIfAbsent(userId, u -> new ProfileState());
            profile.messageIds.add(messageId);
            if ("identify".equals(type)) {
                profile.identifies++;
                profile.latestTraits = compact(message.path("traits"));
            }
        }
        if (recent.size() == RECENT_LIMIT) {
            recent.removeFirst();
        }
        recent.addLast(message);
        return true;
    }

    synchronized void recordBatch(int events, int bytes) {
        batches++;
        batchBytes += bytes;
        if (receipts.size() == RECEIPT_LIMIT) {
            receipts.removeFirst();
        }
        receipts.addLast(new BatchReceipt(events, bytes));
    }

    /** Messages accepted (duplicates excluded). */
    public synchronized long accepted() {
        return accepted;
    }

    /** Messages accepted of one type ({@code identify}, {@code track}, ...). */
    public synchronized long accepted(String type) {
        return byType.getOrDefault(type, 0L);
    }

    public synchronized Map<String, Long> acceptedByType() {
        return Map.copyOf(byType);
    }

    /** Accepted messages of one source, by type. */
    public synchronized Map<String, Long> acceptedBySource(String sourceId) {
        return Map.copyOf(bySourceAndType.getOrDefault(sourceId, Map.of()));
    }

    /** Messages discarded because their messageId had been accepted before. */
    public synchronized long duplicates() {
        return duplicates;
    }

    /** Every userId with at least one accepted message, sorted. */
    public synchronized Set<String> userIds() {
        return new TreeSet<>(profiles.keySet());
    }

    public synchronized int distinctUserIds() {
        return profiles.size();
    }

    /** Accepted identify calls for a userId. */
    public synchronized int identifies(String userId) {
        ProfileState profile = profiles.get(userId);
        return profile == null ? 0 : profile.identifies;
    }

    public synchronized Optional<SegmentProfile> profile(String userId) {
        ProfileState state = profiles.get(userId);
        return state == null ? Optional.empty()
                : Optional.of(new SegmentProfile(userId, state.identifies, parse(state.latestTraits),
                        state.messageIds));
    }

    /** The traits of the latest accepted identify for a userId. */
    public Optional<JsonNode> latestTraits(String userId) {
        return profile(userId).map(SegmentProfile::latestTraits).filter(t -> !t.isMissingNode());
    }

    /** The accepted messageIds of a userId, in arrival order. */
    public List<String> messageIds(String userId) {
        return profile(userId).map(SegmentProfile::messageIds).orElse(List.of());
    }

    /** The last accepted messages, oldest first (at most {@value #RECENT_LIMIT}). */
    public synchronized List<JsonNode> recent() {
        return recent.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    }

    /** Batch requests accepted ({@code /v1/batch} and {@code /v1/import}). */
    public synchronized long batches() {
        return batches;
    }

    public synchronized long batchBytes() {
        return batchBytes;
    }

    /** The latest batch requests accepted, oldest first (at most {@value #RECEIPT_LIMIT}). */
    public synchronized List<BatchReceipt> batchReceipts() {
        return new ArrayList<>(receipts);
    }

    synchronized ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("accepted", accepted);
        ObjectNode types = node.putObject("acceptedByType");
        byType.forEach(types::put);
        node.put("distinctUserIds", profiles.size());
        node.put("duplicatesDiscarded", duplicates);
        node.put("batches", batches);
        node.put("batchBytes", batchBytes);
        node.put("largestBatchBytes", receipts.stream().mapToInt(BatchReceipt::bytes).max().orElse(0));
        node.put("largestBatchEvents", receipts.stream().mapToInt(BatchReceipt::events).max().orElse(0));
        return node;
    }

    static String userIdOf(JsonNode message) {
        JsonNode userId = message.get("userId");
        return userId == null || userId.isNull() || userId.asText().isEmpty() ? null : userId.asText();
    }

    private static byte[] compact(JsonNode traits) {
        try {
            return SandboxJson.MAPPER.writeValueAsBytes(traits);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("traits could not be serialised", e);
        }
    }

    private static JsonNode parse(byte[] json) {
        if (json == null) {
            return MissingNode.getInstance();
        }
        try {
            return SandboxJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored traits could not be read", e);
        }
    }

    /** Mutable per-userId state, guarded by the log's lock. */
    private static final class ProfileState {
        private final List<String> messageIds = new ArrayList<>(2);
        private int identifies;
        private byte[] latestTraits;
    }
}
