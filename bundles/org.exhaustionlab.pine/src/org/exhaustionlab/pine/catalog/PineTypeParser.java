package org.exhaustionlab.pine.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the type notation of the catalog:
 * {@code type := '[' type (',' type)* ']' | [qualifier] base},
 * {@code base := single ('|' single)*}, {@code single := 'void' | 'na' | 'any' | name ('<' base (',' base)* '>')?}, where {@code name} may be dotted
 * ({@code chart.point}). A name that is one upper-case letter, optionally followed by digits ({@code T}, {@code K},
 * {@code V}, {@code T2}), is a type variable.
 */
final class PineTypeParser {
    private final String text;
    private int pos;

    PineTypeParser(String text) {
        this.text = text;
    }

    PineType parseWhole() {
        PineType type = parseType();
        skipSpaces();
        if (pos != text.length()) {
            throw error("unexpected '" + text.substring(pos) + "'");
        }
        return type;
    }

    private PineType parseType() {
        skipSpaces();
        if (peek() == '[') {
            pos++;
            List<PineType> elements = new ArrayList<>();
            do {
                elements.add(parseType());
                skipSpaces();
            } while (consume(','));
            expect(']');
            if (elements.size() < 2) {
                throw error("a tuple needs at least two elements");
            }
            return new PineType(Qualifier.SERIES, new BaseType.Tuple(elements));
        }
        int start = pos;
        String word = readName();
        Qualifier qualifier = Qualifier.fromKeyword(word);
        if (qualifier == null) {
            pos = start;
            qualifier = Qualifier.SERIES;
        }
        BaseType base = parseBase();
        if (base == BaseType.Special.NA) {
            qualifier = Qualifier.CONST;
        }
        return new PineType(qualifier, base);
    }

    private BaseType parseBase() {
        BaseType first = parseSingleBase();
        if (peek() != '|') {
            return first;
        }
        List<BaseType> alternatives = new ArrayList<>(List.of(first));
        while (peek() == '|') {
            pos++;
            alternatives.add(parseSingleBase());
        }
        return new BaseType.Union(alternatives);
    }

    private BaseType parseSingleBase() {
        skipSpaces();
        String name = readName();
        if (name.isEmpty()) {
            throw error(pos < text.length() ? "expected a type name at '" + text.substring(pos) + "'"
                    : "expected a type name");
        }
        switch (name) {
            case "void": return BaseType.Special.VOID;
            case "na": return BaseType.Special.NA;
            case "any": return BaseType.Special.ANY;
            default: break;
        }
        if (Qualifier.fromKeyword(name) != null) {
            throw error("two qualifiers in a row ('" + name + "')");
        }
        if (isTypeVariableName(name)) {
            return new BaseType.TypeVar(name);
        }
        skipSpaces();
        List<BaseType> args = new ArrayList<>();
        if (consume('<')) {
            do {
                args.add(parseBase());
                skipSpaces();
            } while (consume(','));
            expect('>');
        }
        return new BaseType.Named(name, args);
    }

    static boolean isTypeVariableName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
            return false;
        }
        return name.chars().skip(1).allMatch(Character::isDigit);
    }

    private String readName() {
        skipSpaces();
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            boolean dotInside = c == '.' && pos > start && pos + 1 < text.length()
                    && Character.isLetter(text.charAt(pos + 1));
            if (!(Character.isLetterOrDigit(c) || c == '_' || dotInside)) {
                break;
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean consume(char c) {
        skipSpaces();
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("bad type '" + text + "': " + what);
    }
}
