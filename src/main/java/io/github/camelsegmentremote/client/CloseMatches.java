package io.github.camelsegmentremote.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean ...?" for a mistyped name (an operation, an option): the known names within a small edit distance
 * of what was typed, or that contain it, closest first.
 */
public final class CloseMatches {

    private static final int LIMIT = 5;

    private CloseMatches() {
    }

    /** Up to five names close to {@code typed}, case-insensitively, closest first. */
    public static List<String> among(Collection<String> names, String typed) {
        String wanted = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, wanted.length() / 3);
        record Scored(String name, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String name : names) {
            String candidate = name.toLowerCase(Locale.ROOT);
            int distance = editDistance(wanted, candidate);
            if (distance <= tolerance) {
                scored.add(new Scored(name, distance));
            } else if (wanted.length() >= 4 && candidate.contains(wanted)) {
                scored.add(new Scored(name, tolerance + candidate.length() - wanted.length()));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::name))
                .limit(LIMIT).map(Scored::name).toList();
    }

    /** Levenshtein distance. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
