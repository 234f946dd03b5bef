package org.exhaustionlab.pine.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" ranking for unknown names, used by checker messages and the LLM repair loop: models often
 * invent a namespace ({@code math.sma}) or misspell a name ({@code ta.crossOver}, {@code lenght}).
 */
final class NameSuggestions {
    private NameSuggestions() {
    }

    /**
     * Up to {@code max} candidates closest to {@code wrong}: first those with the same last segment in another
     * namespace, then by edit distance (case-insensitive, ties by name), at most about a third of the name's length away.
     */
    static List<String> rank(String wrong, Collection<String> candidates, int max) {
        String wrongLower = wrong.toLowerCase(Locale.ROOT);
        String wrongSimple = lastSegment(wrongLower);
        int limit = Math.max(2, wrong.length() / 3);
        record Scored(String name, boolean sameLastSegment, int distance) {
        }
        return candidates.stream()
                .filter(c -> !c.equals(wrong))
                .map(c -> {
                    String lower = c.toLowerCase(Locale.ROOT);
                    return new Scored(c, lastSegment(lower).equals(wrongSimple), distance(wrongLower, lower));
                })
                .filter(s -> s.sameLastSegment() || s.distance() <= limit)
                .sorted(Comparator.comparing((Scored s) -> !s.sameLastSegment())
                        .thenComparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(max)
                .map(Scored::name)
                .toList();
    }

    private static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Levenshtein distance with two rolling rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
