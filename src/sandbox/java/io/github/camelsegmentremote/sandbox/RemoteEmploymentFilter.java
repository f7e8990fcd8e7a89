package io.github.camelsegmentremote.sandbox;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters of {@code GET /v1/employments}; null means "any". A value, so it can key the store's result cache.
 *
 * @param statuses employment statuses ({@code status=a,b}; {@code incomplete} expands to every status before
 *                 onboarding is over)
 * @param email    login email, compared case-insensitively
 * @param type     employment type ({@code employment_type})
 * @param model    employment model ({@code employment_model})
 * @param shortId  short id ({@code short_id})
 */
record RemoteEmploymentFilter(Set<String> statuses, String email, String type, String model, String shortId) {

    static final RemoteEmploymentFilter ALL = new RemoteEmploymentFilter(null, null, null, null, null);

    static RemoteEmploymentFilter of(String status, String email, String type, String model, String shortId) {
        return new RemoteEmploymentFilter(parseStatuses(status), blankToNull(email), blankToNull(type),
                blankToNull(model), blankToNull(shortId));
    }

    static RemoteEmploymentFilter ofStatuses(RemoteEmploymentStatus... statuses) {
        return new RemoteEmploymentFilter(
                Arrays.stream(statuses).map(RemoteEmploymentStatus::value).collect(Collectors.toUnmodifiableSet()),
                null, null, null, null);
    }

    boolean isAll() {
        return equals(ALL);
    }

    private static Set<String> parseStatuses(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        Set<String> statuses = new LinkedHashSet<>();
        for (String value : status.split(",")) {
            String trimmed = value.trim();
            if ("incomplete".equals(trimmed)) {
                Arrays.stream(RemoteEmploymentStatus.values()).filter(s -> !s.onboarded())
                        .forEach(s -> statuses.add(s.value()));
            } else if (!trimmed.isEmpty()) {
                statuses.add(trimmed);
            }
        }
        return Set.copyOf(statuses);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
