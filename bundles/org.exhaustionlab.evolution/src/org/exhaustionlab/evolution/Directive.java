package org.exhaustionlab.evolution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the evolution should achieve, in words for the model, plus tags that pick relevant knowledge-base examples.
 *
 * @param goal one or two sentences, e.g. "a trend-following strategy for hourly BTC with a small drawdown"
 * @param tags example tags wanted (lower case), e.g. {@code trend-following, atr}
 */
public record Directive(String goal, Set<String> tags) {

    public static final Directive DEFAULT = of("Find a profitable, robust long/short strategy for hourly crypto "
            + "data with a moderate drawdown and regular trades.", List.of("trend-following", "long-short"));

    public Directive {
        if (goal == null || goal.isBlank()) {
            throw new IllegalArgumentException("a directive needs a goal");
        }
        Set<String> lower = new LinkedHashSet<>();
        for (String t : tags == null ? Set.<String>of() : tags) {
            lower.add(t.strip().toLowerCase(Locale.ROOT));
        }
        tags = Set.copyOf(lower);
    }

    public static Directive of(String goal, List<String> tags) {
        return new Directive(goal, new LinkedHashSet<>(tags));
    }

    /**
     * A directive whose tags are the known {@code vocabulary} tags mentioned in the goal ("rsi", "mean-reversion"
     * also matches "mean reversion").
     */
    public static Directive inferTags(String goal, Set<String> vocabulary) {
        String text = goal.toLowerCase(Locale.ROOT);
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : vocabulary) {
            if (text.contains(tag) || text.contains(tag.replace('-', ' '))) {
                tags.add(tag);
            }
        }
        return new Directive(goal, tags);
    }
}
