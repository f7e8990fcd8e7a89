package io.github.camelsegmentremote.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.remote.Employment;
import io.github.camelsegmentremote.segment.tracking.Identify;
import org.apache.camel.Converter;

/**
 * Camel type converters that let a Remote employment go straight to {@code segment:identify}, as in
 * {@code from("remote:listEmployments").to("segment:identify")}: the employment becomes the identify the sync
 * sends, with the sync's default trait mapping ({@link EmploymentIdentifyMapper}, {@link TraitMapping#DEFAULT})
 * and the employment id as userId. For other userIds or trait renames, map with {@link EmploymentIdentifyMapper}
 * in the route (or run the sync) instead.
 */
@Converter(generateLoader = true)
public final class EmploymentConverters {

    private static final EmploymentIdentifyMapper DEFAULT_MAPPING = new EmploymentIdentifyMapper();

    private EmploymentConverters() {
    }

    /** The identify of a typed employment (listEmployments, getEmployment). */
    @Converter
    public static Identify toIdentify(Employment employment) {
        return identify(employment);
    }

    /**
     * The identify of Remote's employment JSON (a list item or full record, e.g. with outputClass JsonNode or a
     * webhook's fetched record); null, so Camel reports no conversion, for JSON that is not an employment.
     */
    @Converter(allowNull = true)
    public static Identify toIdentify(JsonNode employment) {
        if (!isEmployment(employment)) {
            return null;
        }
        return identify(employment);
    }

    /** An object with an id and one of the fields every Remote employment has. */
    static boolean isEmployment(JsonNode json) {
        return json != null && json.isObject() && json.path("id").isTextual()
                && (json.has("full_name") || json.has("employment_lifecycle_stage") || json.has("work_email"));
    }

    private static Identify identify(Object employment) {
        IdentifyMessage message = DEFAULT_MAPPING.map(employment).orElseThrow(() -> new IllegalArgumentException(
                "The employment cannot be identified: " + DEFAULT_MAPPING.missingUserIdReason()));
        return Identify.builder().userId(message.userId()).traits(message.traits()).build();
    }
}
