package io.github.camelsegmentremote.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * How traits are named and which extra ones are read, configurable from a route without Java: a rename map
 * ({@code title=jobTitle}) and an extra-traits map from trait name to a JSON pointer into the employment
 * ({@code costCenter=/administrative_details/cost_center}).
 *
 * @param renames           default trait name to the name to send instead; an empty target drops the trait
 * @param extraTraits       trait name to JSON pointer into the employment record
 * @param customFieldPrefix prefix of custom field traits ({@code remote_} gives {@code remote_shirtSize})
 */
public record TraitMapping(Map<String, String> renames, Map<String, JsonPointer> extraTraits,
        String customFieldPrefix) {

    public static final TraitMapping DEFAULT = new TraitMapping(Map.of(), Map.of(), "custom_");

    public TraitMapping {
        renames = Collections.unmodifiableMap(new LinkedHashMap<>(renames));
        extraTraits = Collections.unmodifiableMap(new LinkedHashMap<>(extraTraits));
        customFieldPrefix = customFieldPrefix == null ? "" : customFieldPrefix;
    }

    /**
     * Reads the route-friendly text forms: {@code "title=jobTitle,department="} and
     * {@code "costCenter=/administrative_details/cost_center"}; blank means none.
     */
    public static TraitMapping parse(String renames, String extraTraits, String customFieldPrefix) {
        Map<String, JsonPointer> extra = new LinkedHashMap<>();
        pairs(extraTraits, "extraTraits").forEach((name, pointer) -> {
            if (!pointer.startsWith("/")) {
                throw new IllegalArgumentException("Option extraTraits: '" + name + "=" + pointer + "' needs a JSON "
                        + "pointer starting with '/', e.g. " + name + "=/administrative_details/cost_center");
            }
            extra.put(name, JsonPointer.compile(pointer));
        });
        return new TraitMapping(pairs(renames, "traitRenames"), extra,
                customFieldPrefix == null ? DEFAULT.customFieldPrefix : customFieldPrefix);
    }

    /** The name a default trait is sent under, or null when renamed to nothing (dropped). */
    String nameOf(String trait) {
        String renamed = renames.get(trait);
        if (renamed == null) {
            return trait;
        }
        return renamed.isBlank() ? null : renamed;
    }

    private static Map<String, String> pairs(String text, String option) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return map;
        }
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Option " + option + ": '" + pair.trim() + "' is not name=value; "
                        + "write e.g. title=jobTitle,department=team");
            }
            map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return map;
    }
}
