package io.github.camelsegmentremote.copy;

import java.util.List;

/** The "needs manual input" section of plans and reports: per source or destination, the secrets to enter. */
final class ManualInput {

    private static final String HEADING = "Needs manual input in the target: secret settings, which the Public API "
            + "masks so they cannot be copied (a source or destination that is on in the source stays off in the "
            + "target until they are entered):";

    private final StringBuilder lines = new StringBuilder();

    ManualInput add(String what, List<String> secrets) {
        if (!secrets.isEmpty()) {
            lines.append("  ").append(what).append(": ").append(String.join(", ", secrets)).append('\n');
        }
        return this;
    }

    static String destination(String sourceSlug, String destinationName) {
        return sourceSlug + ", destination '" + destinationName + "'";
    }

    void appendTo(StringBuilder out) {
        if (!lines.isEmpty()) {
            out.append('\n').append(HEADING).append('\n').append(lines);
        }
    }
}
