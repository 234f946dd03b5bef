package org.exhaustionlab.pine.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small scanning helpers for declaration text: everything here skips quoted strings and bracketed parts. */
final class SourceText {
    private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SourceText() {
    }

    /** Index of the first {@code target} at bracket depth 0 outside string literals, from {@code from}; -1 if none. */
    static int indexOfTopLevel(String s, String target, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (depth == 0 && s.startsWith(target, i)) {
                return i;
            }
            switch (c) {
                case '"', '\'' -> quote = c;
                case '(', '[', '<' -> depth++;
                case ')', ']', '>' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return -1;
    }

    /** Index of the bracket closing the one at {@code open}, or -1 when it is never closed. */
    static int matchingClose(String s, int open) {
        char o = s.charAt(open);
        char c = switch (o) {
            case '(' -> ')';
            case '<' -> '>';
            case '[' -> ']';
            default -> throw new IllegalArgumentException("not an opening bracket: " + o);
        };
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quote != 0) {
                if (ch == '\\') {
                    i++;
                } else if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == o) {
                depth++;
            } else if (ch == c && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Splits on commas at bracket depth 0 outside strings; "-&gt;" arrows never occur inside parameter lists. */
    static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        if (s.isBlank()) {
            return parts;
        }
        int start = 0;
        int comma;
        while ((comma = indexOfTopLevel(s, ",", start)) >= 0) {
            parts.add(s.substring(start, comma).trim());
            start = comma + 1;
        }
        parts.add(s.substring(start).trim());
        return parts;
    }

    static boolean isQualifiedName(String s) {
        return QUALIFIED_NAME.matcher(s).matches();
    }

    static boolean isIdentifier(String s) {
        return IDENTIFIER.matcher(s).matches();
    }
}
