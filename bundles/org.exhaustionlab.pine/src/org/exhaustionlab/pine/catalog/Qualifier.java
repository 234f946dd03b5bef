package org.exhaustionlab.pine.catalog;

import java.util.Locale;

/**
 * Pine type qualifiers, weakest first: a value known at compile time ({@code const}) can go wherever an
 * {@code input}, {@code simple} or {@code series} value is expected, but not the other way round.
 */
public enum Qualifier {
    CONST, INPUT, SIMPLE, SERIES;

    /** True when a value with qualifier {@code other} may be passed where this qualifier is required. */
    public boolean accepts(Qualifier other) {
        return other.ordinal() <= ordinal();
    }

    /** The stronger (later) of the two: the qualifier of an expression combining both. */
    public Qualifier max(Qualifier other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Returns the qualifier spelled {@code word}, or null when the word is not a qualifier. */
    static Qualifier fromKeyword(String word) {
        return switch (word) {
            case "const" -> CONST;
            case "input" -> INPUT;
            case "simple" -> SIMPLE;
            case "series" -> SERIES;
            default -> null;
        };
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
