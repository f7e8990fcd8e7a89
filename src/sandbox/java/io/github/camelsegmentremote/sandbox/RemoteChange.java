package io.github.camelsegmentremote.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One change the Remote simulator applied, from the API or from Java.
 *
 * @param at           when
 * @param employmentId the employment changed
 * @param action       {@code updated}, {@code created}, {@code removed}, {@code offboarded} or
 *                     {@code custom_field_value_updated}
 * @param fields       the request fields that changed it
 * @param events       the webhook event types it fired
 */
public record RemoteChange(Instant at, String employmentId, String action, List<String> fields,
        List<String> events) {

    public RemoteChange {
        fields = List.copyOf(fields);
        events = List.copyOf(events);
    }
}
