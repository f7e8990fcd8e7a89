package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Integration settings as the Public API answers them, split into what can be copied and the secrets it masks
 * with "•": those are never copied (neither as bullets nor as blanks), only named, by their path
 * ({@code apiKey}, {@code auth.password}).
 *
 * @param copyable the settings without the masked values (nested objects keep their other fields)
 * @param masked   paths of the masked values
 */
record MaskedSettings(Map<String, Object> copyable, List<String> masked) {

    private static final char MASK = '\u2022';

    static MaskedSettings of(Map<String, Object> settings) {
        List<String> masked = new ArrayList<>();
        Map<String, Object> copyable = strip(settings == null ? Map.of() : settings, "", masked);
        return new MaskedSettings(copyable, List.copyOf(masked));
    }

    /** Whether a masked (so: set) secret is at {@code path}. */
    boolean hasSecret(String path) {
        return masked.contains(path);
    }

    private static Map<String, Object> strip(Map<String, Object> settings, String prefix, List<String> masked) {
        Map<String, Object> copy = new LinkedHashMap<>();
        settings.forEach((key, value) -> {
            String path = prefix + key;
            if (value instanceof String text && text.indexOf(MASK) >= 0) {
                masked.add(path);
            } else if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) nested;
                copy.put(key, strip(object, path + ".", masked));
            } else {
                copy.put(key, value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
