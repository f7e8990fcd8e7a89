package io.github.camelsegmentremote.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of Remote's webhook events (the {@code webhooks} of Remote's OpenAPI spec, by their descriptions) change
 * each trait the mapping sends by default. Their union is the webhook route's default event list, so that every
 * change of a sent trait reaches Segment through the live path, not only at the next poll. Custom field traits
 * ({@code <prefix><field>}) change with {@code custom_field.value_updated}; extra traits read by JSON pointer are
 * the user's own, and so are their events.
 */
public final class TraitEvents {

    private static final String UPDATED = "employment.updated";
    private static final String BASIC_INFORMATION = "employment_basic_information.updated";
    private static final String DETAILS = "employment.details.updated";
    private static final String STATUS = "employment.status.updated";

    /** Default trait to the events that change it (every employment change also fires employment.updated). */
    public static final Map<String, List<String>> BY_TRAIT = byTrait();

    /** The events for custom field traits. */
    public static final List<String> CUSTOM_FIELDS = List.of("custom_field.value_updated");

    /** Every event that changes a trait the mapping sends: the webhook route's default. */
    public static final Set<String> DEFAULT_EVENTS = defaults();

    private TraitEvents() {
    }

    private static Map<String, List<String>> byTrait() {
        Map<String, List<String>> events = new LinkedHashMap<>();
        events.put("name", List.of(BASIC_INFORMATION, "employment.personal_information.updated", UPDATED));
        events.put("firstName", List.of(BASIC_INFORMATION, "employment.personal_information.updated", UPDATED));
        events.put("lastName", List.of(BASIC_INFORMATION, "employment.personal_information.updated", UPDATED));
        events.put("email", List.of("employment.work_email.updated", "employment.account.updated", UPDATED));
        events.put("title", List.of(BASIC_INFORMATION, UPDATED));
        events.put("department", List.of(DETAILS, "employment_company_structure_node.updated", UPDATED));
        events.put("country", List.of(UPDATED));
        events.put("countryCode", List.of(UPDATED));
        events.put("status", List.of(STATUS, "employment.onboarding.completed", "offboarding.completed",
                "contract.termination_date_reached", UPDATED));
        events.put("employmentType", List.of(UPDATED));
        events.put("lifecycleStage", List.of("employment.onboarding.started", "employment.onboarding.completed",
                "employment.onboarding.cancelled", "offboarding.submitted", "offboarding.completed", STATUS,
                UPDATED));
        events.put("managerId", List.of(DETAILS, UPDATED));
        events.put("managerEmail", List.of(DETAILS, UPDATED));
        events.put("managerName", List.of(DETAILS, UPDATED));
        events.put("startDate", List.of("employment.start_date.changed", UPDATED));
        events.put("externalId", List.of(UPDATED));
        return Collections.unmodifiableMap(events);
    }

    private static Set<String> defaults() {
        Set<String> all = new LinkedHashSet<>();
        BY_TRAIT.values().forEach(all::addAll);
        all.addAll(CUSTOM_FIELDS);
        return Collections.unmodifiableSet(all);
    }

    /** The default events as the comma-separated text of option webhookEvents. */
    public static String defaultEventList() {
        return String.join(",", DEFAULT_EVENTS);
    }
}
