package io.github.camelsegmentremote.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The employments as the API shows them: the seeded ones come from the {@link RemoteEmploymentGenerator} on demand,
 * and only an overlay of changed and created employments plus a set of removed indices is kept. Employments are
 * listed in index order (seeded first, then created ones in creation order), which keeps paging stable.
 */
final class RemoteEmploymentStore {

    /** Keys of the spec's {@code MinimalEmployment}: the list view is the full view cut down to these. */
    private static final List<String> MINIMAL_FIELDS = List.of("id", "short_id", "full_name", "job_title", "status",
            "type", "employment_model", "employment_lifecycle_stage", "country", "department", "department_id",
            "external_id", "login_email", "personal_email", "work_email", "work_address_details");
    private static final int CACHED_FILTERS = 16;

    private final RemoteSeed seed;
    private final RemoteEmploymentGenerator generator;
    private final int seeded;
    private final Map<Integer, ObjectNode> overlay = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<Integer> removed = new ConcurrentSkipListSet<>();
    private final AtomicInteger nextIndex;
    private final AtomicInteger created = new AtomicInteger();
    // Any change bumps the state version; additions and removals also bump the membership version. Cached filter
    // results remember the version they were computed at.
    private final AtomicLong stateVersion = new AtomicLong();
    private final AtomicLong membershipVersion = new AtomicLong();
    private final Map<RemoteEmploymentFilter, CachedMatch> cache = new LinkedHashMap<>(CACHED_FILTERS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<RemoteEmploymentFilter, CachedMatch> eldest) {
            return size() > CACHED_FILTERS;
        }
    };

    RemoteEmploymentStore(RemoteSeed seed, RemoteEmploymentGenerator generator) {
        this.seed = seed;
        this.generator = generator;
        this.seeded = generator.count();
        this.nextIndex = new AtomicInteger(seeded);
    }

    RemoteEmploymentGenerator generator() {
        return generator;
    }

    /** Employments that exist now. */
    int count() {
        return seeded + created.get() - removed.size();
    }

    int changedCount() {
        return (int) overlay.keySet().stream().filter(i -> i < seeded).count();
    }

    int createdCount() {
        return created.get();
    }

    int removedCount() {
        return removed.size();
    }

    boolean exists(int index) {
        if (index < 0 || index >= nextIndex.get() || removed.contains(index)) {
            return false;
        }
        return index < seeded || overlay.containsKey(index);
    }

    /** The index of an existing employment id, or -1. */
    int indexOf(String id) {
        int index = seed.ordinal(RemoteSeed.EMPLOYMENT, id);
        return exists(index) ? index : -1;
    }

    String id(int index) {
        return generator.id(index);
    }

    /** Existing indices in list order. */
    IntStream indices() {
        return IntStream.range(0, nextIndex.get()).filter(this::exists);
    }

    /** The full view (a copy the caller may change), with the manager fields derived from the manager's state. */
    ObjectNode full(int index) {
        ObjectNode stored = overlay.get(index);
        ObjectNode node = stored != null ? stored.deepCopy() : generator.full(index);
        String managerId = node.path("manager_employment_id").textValue();
        int manager = managerId == null ? -1 : indexOf(managerId);
        if (manager < 0) {
            node.putNull("manager_employment_id");
            node.putNull("manager_email");
        } else {
            ObjectNode managerView = minimal(manager);
            node.put("manager", managerView.path("full_name").asText());
            node.put("manager_email", managerView.path("work_email").textValue());
        }
        return node;
    }

    /** The list view; must not be changed, as it may share nodes with other employments. */
    ObjectNode minimal(int index) {
        ObjectNode stored = overlay.get(index);
        if (stored == null) {
            return generator.minimal(index);
        }
        ObjectNode node = SandboxJson.object();
        for (String field : MINIMAL_FIELDS) {
            JsonNode value = stored.get(field);
            node.set(field, value == null ? node.nullNode() : value);
        }
        return node;
    }

    String status(int index) {
        ObjectNode stored = overlay.get(index);
        return stored != null ? stored.path("status").asText() : generator.status(index).value();
    }

    /**
     * Replaces an employment's state by {@code change} applied to a copy of it, atomically; the change may throw a
     * {@link SandboxException} to reject it, leaving the employment untouched.
     */
    ObjectNode update(int index, UnaryOperator<ObjectNode> change) {
        ObjectNode updated = overlay.compute(index, (i, stored) -> {
            if (!exists(i)) {
                throw new SandboxException(404, "Not Found");
            }
            return change.apply(stored != null ? stored.deepCopy() : generator.full(i));
        });
        stateVersion.incrementAndGet();
        return updated;
    }

    /** Adds an employment whose full view {@code factory} builds from the new index. */
    int create(IntFunction<ObjectNode> factory) {
        int index = nextIndex.getAndIncrement();
        overlay.put(index, factory.apply(index));
        created.incrementAndGet();
        stateVersion.incrementAndGet();
        membershipVersion.incrementAndGet();
        return index;
    }

    boolean remove(int index) {
        if (!exists(index) || !removed.add(index)) {
            return false;
        }
        overlay.remove(index);
        stateVersion.incrementAndGet();
        membershipVersion.incrementAndGet();
        return true;
    }

    void reset() {
        overlay.clear();
        removed.clear();
        nextIndex.set(seeded);
        created.set(0);
        synchronized (cache) {
            cache.clear();
        }
        stateVersion.incrementAndGet();
        membershipVersion.incrementAndGet();
    }

    /** One page of the employments matching {@code filter}, and how many match in all. */
    Slice find(RemoteEmploymentFilter filter, int offset, int limit) {
        if (filter.isAll() && removed.isEmpty()) {
            int total = nextIndex.get();
            int end = (int) Math.min(total, (long) offset + limit);
            return new Slice(offset >= end ? new int[0] : IntStream.range(offset, end).toArray(), total);
        }
        int[] matches = filter.email() != null || filter.shortId() != null ? matchesByKey(filter)
                : cachedMatches(filter);
        int end = (int) Math.min(matches.length, (long) offset + limit);
        int[] page = offset >= end ? new int[0] : Arrays.copyOfRange(matches, offset, end);
        return new Slice(page, matches.length);
    }

    private int[] cachedMatches(RemoteEmploymentFilter filter) {
        long version = filter.isAll() ? membershipVersion.get() : stateVersion.get();
        synchronized (cache) {
            CachedMatch hit = cache.get(filter);
            if (hit != null && hit.version() == version) {
                return hit.indices();
            }
        }
        int[] indices = indices().filter(i -> matches(filter, i)).toArray();
        synchronized (cache) {
            cache.put(filter, new CachedMatch(version, indices));
        }
        return indices;
    }

    // Seeded login emails and all short ids carry their index, so these filters need no scan of the seeded ones.
    private int[] matchesByKey(RemoteEmploymentFilter filter) {
        List<Integer> found = new ArrayList<>();
        if (filter.shortId() != null) {
            int candidate = seed.shortIdOrdinal(filter.shortId().toUpperCase(Locale.ROOT));
            if (exists(candidate) && matches(filter, candidate)) {
                found.add(candidate);
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        }
        int candidate = RemoteEmploymentGenerator.indexOfEmail(filter.email());
        if (candidate >= 0 && candidate < seeded && !overlay.containsKey(candidate) && exists(candidate)
                && matches(filter, candidate)) {
            found.add(candidate);
        }
        overlay.keySet().stream().filter(index -> matches(filter, index)).forEach(found::add);
        return found.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private boolean matches(RemoteEmploymentFilter filter, int index) {
        ObjectNode stored = overlay.get(index);
        if (filter.statuses() != null && !filter.statuses().contains(
                stored != null ? stored.path("status").asText() : generator.status(index).value())) {
            return false;
        }
        if (filter.type() != null && !filter.type().equals(
                stored != null ? stored.path("type").asText() : generator.type(index))) {
            return false;
        }
        if (filter.model() != null && !filter.model().equals(
                stored != null ? stored.path("employment_model").textValue() : generator.model(index))) {
            return false;
        }
        if (filter.email() != null && !filter.email().equalsIgnoreCase(
                stored != null ? stored.path("login_email").asText() : generator.loginEmail(index))) {
            return false;
        }
        return filter.shortId() == null || filter.shortId().equalsIgnoreCase(
                stored != null ? stored.path("short_id").asText() : generator.shortId(index));
    }

    /** Indices of one page plus the number of matches in all. */
    record Slice(int[] indices, int total) {
    }

    private record CachedMatch(long version, int[] indices) {
    }
}
