package io.github.camelsegmentremote.sandbox;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Seeded time off: every fourth seeded employment (indices 1, 5, 9, ...) has two time-off entries, generated on
 * demand from the seed like the employments. Entries of a removed employment disappear with it.
 */
final class RemoteTimeoffs {

    private static final int SPACING = 4;
    private static final int PER_EMPLOYMENT = 2;
    private static final String[] TYPES = {"time_off", "time_off", "time_off", "time_off", "time_off", "time_off",
        "sick_leave", "sick_leave", "unpaid_leave", "parental_leave"};
    private static final String[] STATUSES = {"approved", "approved", "approved", "approved", "approved",
        "approved", "approved", "approved", "approved", "approved", "taken", "taken", "taken", "taken", "taken",
        "requested", "requested", "requested", "declined", "cancelled"};
    private static final String[] NOTES = {null, "Family trip", "Doctor's appointment", "Moving house", null};

    private static final int TYPE = 1;
    private static final int STATUS = 2;
    private static final int START = 3;
    private static final int LENGTH = 4;
    private static final int NOTE = 5;

    private final RemoteSeed seed;
    private final RemoteEmploymentStore store;
    private final int total;

    RemoteTimeoffs(RemoteSeed seed, RemoteEmploymentStore store) {
        this.seed = seed;
        this.store = store;
        this.total = PER_EMPLOYMENT * ((store.generator().count() + SPACING - 2) / SPACING);
    }

    Optional<ObjectNode> byId(String id) {
        int ordinal = seed.ordinal(RemoteSeed.TIMEOFF, id);
        return ordinal >= 0 && ordinal < total && store.exists(employmentIndex(ordinal))
                ? Optional.of(timeoff(ordinal)) : Optional.empty();
    }

    /** One page of the time off matching {@code query}, and how many match in all. */
    RemotePage.Listing find(Query query, int offset, int limit) {
        IntStream ordinals;
        if (query.employmentId() != null) {
            int index = store.indexOf(query.employmentId());
            ordinals = index >= 0 && index % SPACING == 1 && index < store.generator().count()
                    ? IntStream.range(index / SPACING * PER_EMPLOYMENT, (index / SPACING + 1) * PER_EMPLOYMENT)
                    : IntStream.empty();
        } else {
            ordinals = IntStream.range(0, total).filter(t -> store.exists(employmentIndex(t)));
        }
        int[] matches = ordinals
                .filter(t -> query.status() == null || query.status().equals(status(t)))
                .filter(t -> query.type() == null || query.type().equals(type(t)))
                .filter(t -> query.startDate() == null || !end(t).isBefore(query.startDate()))
                .filter(t -> query.endDate() == null || !start(t).isAfter(query.endDate()))
                .toArray();
        if (query.sortBy() != null) {
            Function<Integer, String> key = "status".equals(query.sortBy()) ? this::status : this::type;
            matches = Arrays.stream(matches).boxed().sorted(Comparator.comparing(key))
                    .mapToInt(Integer::intValue).toArray();
        }
        boolean descending = "desc".equals(query.order());
        ArrayNode items = SandboxJson.array();
        for (int i = offset; i < matches.length && i < (long) offset + limit; i++) {
            items.add(timeoff(matches[descending ? matches.length - 1 - i : i]));
        }
        return new RemotePage.Listing(items, matches.length);
    }

    private static int employmentIndex(int ordinal) {
        return ordinal / PER_EMPLOYMENT * SPACING + 1;
    }

    private String status(int ordinal) {
        return STATUSES[seed.pick(RemoteSeed.TIMEOFF, ordinal, STATUS, STATUSES.length)];
    }

    private String type(int ordinal) {
        return TYPES[seed.pick(RemoteSeed.TIMEOFF, ordinal, TYPE, TYPES.length)];
    }

    private LocalDate start(int ordinal) {
        LocalDate start = RemoteEmploymentGenerator.REFERENCE_DAY.minusDays(200)
                .plusDays(seed.pick(RemoteSeed.TIMEOFF, ordinal, START, 400));
        while (start.getDayOfWeek() == DayOfWeek.SATURDAY || start.getDayOfWeek() == DayOfWeek.SUNDAY) {
            start = start.plusDays(1);
        }
        return start;
    }

    private LocalDate end(int ordinal) {
        int days = switch (type(ordinal)) {
            case "parental_leave" -> 20 + seed.pick(RemoteSeed.TIMEOFF, ordinal, LENGTH, 40);
            case "sick_leave" -> 1 + seed.pick(RemoteSeed.TIMEOFF, ordinal, LENGTH, 3);
            default -> 1 + seed.pick(RemoteSeed.TIMEOFF, ordinal, LENGTH, 7);
        };
        return start(ordinal).plusDays(days - 1L);
    }

    private ObjectNode timeoff(int ordinal) {
        int employment = employmentIndex(ordinal);
        String type = type(ordinal);
        String status = status(ordinal);
        LocalDate start = start(ordinal);
        LocalDate end = end(ordinal);
        ObjectNode node = SandboxJson.object();
        node.put("id", seed.uuid(RemoteSeed.TIMEOFF, ordinal));
        node.put("employment_id", store.id(employment));
        node.put("timeoff_type", type);
        node.put("status", status);
        node.put("start_date", start.toString());
        node.put("end_date", end.toString());
        String country = store.minimal(employment).path("country").path("code").asText();
        node.put("timezone", RemoteCountry.byCode(country).map(RemoteCountry::timezone).orElse("Etc/UTC"));
        ArrayNode timeoffDays = node.putArray("timeoff_days");
        int minutes = 0;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            int hours = weekend ? 0 : 8;
            timeoffDays.addObject().put("day", day.toString()).put("hours", hours).put("minutes", 0);
            minutes += hours * 60;
        }
        node.put("total_minutes", minutes);
        String policyId = seed.uuid(RemoteSeed.LEAVE_POLICY, List.of(TYPES).indexOf(type));
        node.putObject("leave_policy").put("leave_policy_variant_slug", policyId).put("leave_type", type)
                .put("name", type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1).replace('_', ' '));
        node.put("leave_policy_variant_id", policyId);
        node.put("automatic", false);
        node.put("notes", NOTES[seed.pick(RemoteSeed.TIMEOFF, ordinal, NOTE, NOTES.length)]);
        boolean approved = "approved".equals(status) || "taken".equals(status);
        node.put("approved_at", approved
                ? start.minusDays(7).atTime(10, 0).format(RemoteEmploymentGenerator.DATE_TIME) : null);
        int manager = store.generator().managerIndex(employment);
        node.put("approver_id", approved && manager >= 0 ? seed.uuid(RemoteSeed.USER, manager + 1) : null);
        boolean cancelled = "cancelled".equals(status);
        node.put("cancel_reason", cancelled ? "Plans changed" : null);
        node.put("cancelled_at", cancelled
                ? start.minusDays(2).atTime(9, 0).format(RemoteEmploymentGenerator.LOCAL_DATE_TIME) : null);
        return node;
    }

    /**
     * The filters and order of {@code GET /v1/timeoff}; null means "any" / the default.
     *
     * @param startDate only entries ending on or after this day
     * @param endDate   only entries starting on or before this day
     */
    record Query(String employmentId, String status, String type, LocalDate startDate, LocalDate endDate,
            String sortBy, String order) {
    }
}
