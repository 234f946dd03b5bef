package org.exhaustionlab.pine.parse;

import java.util.List;
import org.exhaustionlab.pine.ast.Qualifier;

/**
 * Side-effect-free scans over the token list that decide which statement form starts at a position. Each returns
 * the index just after the recognised shape, or -1. Scans stop at line ends, so they cost at most one line.
 */
final class Lookahead {

    /** Generic type arguments nest at most this deep, e.g. {@code map<string, array<int>>}. */
    private static final int MAX_TYPE_DEPTH = 16;

    private Lookahead() {
    }

    /** {@code Name}, {@code lib.Type}, {@code array<float>}, {@code map<string, int>}, {@code float[]}. */
    static int typeRef(List<Token> t, int i) {
        return typeRef(t, i, 0);
    }

    private static int typeRef(List<Token> t, int i, int depth) {
        if (depth > MAX_TYPE_DEPTH || !kind(t, i, TokenKind.IDENT)) {
            return -1;
        }
        i++;
        while (kind(t, i, TokenKind.DOT) && kind(t, i + 1, TokenKind.IDENT)) {
            i += 2;
        }
        if (kind(t, i, TokenKind.LT)) {
            i = typeArguments(t, i, depth + 1);
            if (i < 0) {
                return -1;
            }
        }
        if (kind(t, i, TokenKind.LBRACKET) && kind(t, i + 1, TokenKind.RBRACKET)) {
            i += 2;
        }
        return i;
    }

    /** {@code <T, U>} starting at the '<'. */
    static int typeArguments(List<Token> t, int i) {
        return typeArguments(t, i, 0);
    }

    private static int typeArguments(List<Token> t, int i, int depth) {
        if (!kind(t, i, TokenKind.LT)) {
            return -1;
        }
        i = typeRef(t, i + 1, depth);
        while (i >= 0 && kind(t, i, TokenKind.COMMA)) {
            i = typeRef(t, i + 1, depth);
        }
        return i >= 0 && kind(t, i, TokenKind.GT) ? i + 1 : -1;
    }

    /**
     * A typed declaration head {@code [qualifier] type name =}; returns the index of the name, or -1. The qualifier
     * is optional, and a type written alone before a name counts even when the name is followed by something else
     * than '=' only when {@code requireAssign} is false (parameters and fields).
     */
    static int typedName(List<Token> t, int i, boolean requireAssign) {
        if (kind(t, i, TokenKind.IDENT) && Qualifier.fromKeyword(t.get(i).text()) != null
                && kind(t, i + 1, TokenKind.IDENT)) {
            int afterType = typeRef(t, i + 1);
            if (afterType >= 0 && kind(t, afterType, TokenKind.IDENT)
                    && (!requireAssign || kind(t, afterType + 1, TokenKind.ASSIGN))) {
                return afterType;
            }
        }
        int afterType = typeRef(t, i);
        if (afterType >= 0 && kind(t, afterType, TokenKind.IDENT)
                && (!requireAssign || kind(t, afterType + 1, TokenKind.ASSIGN))) {
            return afterType;
        }
        return -1;
    }

    /** {@code name(...) =>} : a function declaration head; returns the index of the '=>'. */
    static int functionHead(List<Token> t, int i) {
        if (!kind(t, i, TokenKind.IDENT) || !kind(t, i + 1, TokenKind.LPAREN)) {
            return -1;
        }
        int close = matchingClose(t, i + 1);
        return close >= 0 && kind(t, close + 1, TokenKind.ARROW) ? close + 1 : -1;
    }

    /** {@code [a, b] =} : a tuple declaration head; returns the index of the '='. */
    static int tupleHead(List<Token> t, int i) {
        if (!kind(t, i, TokenKind.LBRACKET)) {
            return -1;
        }
        i++;
        while (kind(t, i, TokenKind.IDENT)) {
            i++;
            if (kind(t, i, TokenKind.RBRACKET)) {
                return kind(t, i + 1, TokenKind.ASSIGN) ? i + 1 : -1;
            }
            if (!kind(t, i, TokenKind.COMMA)) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** Index of the bracket closing the one at {@code open}, within the same logical line, or -1. */
    static int matchingClose(List<Token> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            switch (t.get(i).kind()) {
                case LPAREN, LBRACKET -> depth++;
                case RPAREN, RBRACKET -> {
                    if (--depth == 0) {
                        return i;
                    }
                }
                case NEWLINE, INDENT, DEDENT, EOF -> {
                    return -1;
                }
                default -> { }
            }
        }
        return -1;
    }

    static boolean kind(List<Token> t, int i, TokenKind kind) {
        return i >= 0 && i < t.size() && t.get(i).kind() == kind;
    }
}
