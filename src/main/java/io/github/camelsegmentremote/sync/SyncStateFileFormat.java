package io.github.camelsegmentremote.sync;

import java.time.Instant;
import java.util.Map;

/**
 * The lines of the state file: a header, then per state {@code employmentId TAB listHash TAB sentHash TAB flags TAB
 * sentAtEpochMillis}, where flags holds {@code f} (identify from the full record) and {@code o} (offboarding event
 * sent), or {@code -}, and an absent list hash is {@code -}. Files of the first version (no header,
 * {@code employmentId TAB listHash:sentHash[:o] TAB epochMillis}) are still read.
 */
final class SyncStateFileFormat {

    static final String HEADER = "# camel-segment-remote sync state v2\n";
    private static final String NONE = "-";

    private SyncStateFileFormat() {
    }

    static String line(String employmentId, SyncState state) {
        if (employmentId.indexOf('\t') >= 0 || employmentId.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("employment id with a tab or newline cannot be stored: "
                    + employmentId);
        }
        String flags = (state.fullRecord() ? "f" : "") + (state.offboardingSent() ? "o" : "");
        return employmentId + '\t' + (state.listHash() == null ? NONE : state.listHash()) + '\t' + state.sentHash()
                + '\t' + (flags.isEmpty() ? NONE : flags) + '\t' + state.sentAt().toEpochMilli() + '\n';
    }

    /** Reads lines in order; knows the version once it saw the first line. */
    static final class Reader {
        private boolean first = true;
        private boolean version2;

        /** Reads one line into {@code states}; answers null, or what is wrong with the line. */
        String read(String line, Map<String, SyncState> states) {
            if (first) {
                first = false;
                if ((line + '\n').equals(HEADER)) {
                    version2 = true;
                    return null;
                }
            }
            String[] parts = line.split("\t", -1);
            try {
                if (version2 && parts.length == 5 && !parts[0].isEmpty()) {
                    states.put(parts[0], new SyncState(NONE.equals(parts[1]) ? null : parts[1], hash(parts[2]),
                            parts[3].contains("f"), parts[3].contains("o"), millis(parts[4])));
                    return null;
                }
                if (!version2 && parts.length == 3 && !parts[0].isEmpty()) {
                    String[] packed = parts[1].split(":", -1);
                    String sent = hash(packed.length > 1 ? packed[1] : packed[0]);
                    states.put(parts[0], new SyncState(packed[0], sent, false,
                            packed.length > 2 && "o".equals(packed[2]), millis(parts[2])));
                    return null;
                }
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            return "expected " + (version2 ? 5 : 3) + " tab-separated fields, found " + parts.length;
        }

        private static String hash(String text) {
            if (text.isEmpty() || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new IllegalArgumentException("a hash must be hexadecimal");
            }
            return text;
        }

        private static Instant millis(String text) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(text));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the time is not a number");
            }
        }
    }
}
