package org.exhaustionlab.pine.ast;

import java.util.Locale;

/** Type qualifiers written in declarations and parameters. */
public enum Qualifier {
    CONST, INPUT, SIMPLE, SERIES;

    /** The qualifier spelled {@code word}, or null when {@code word} is not one. */
    public static Qualifier fromKeyword(String word) {
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
