package org.exhaustionlab.pine.ide;

import java.util.List;
import org.exhaustionlab.pine.parse.SourceTokens.Kind;
import org.exhaustionlab.pine.parse.SourceTokens.Lexeme;

/** Dotted names in a lexeme list: {@code strategy.closedtrades.profit} is one chain of three identifiers. */
final class NameChains {

    private NameChains() {
    }

    /** Index of the first identifier of the chain that lexeme {@code i} belongs to. */
    static int chainStart(List<Lexeme> lexemes, int i) {
        int start = i;
        while (start >= 2 && lexemes.get(start - 1).isOperator(".") && adjacent(lexemes, start - 2, start - 1)
                && adjacent(lexemes, start - 1, start) && lexemes.get(start - 2).kind() == Kind.IDENTIFIER) {
            start -= 2;
        }
        return start;
    }

    /** Index of the last identifier of the chain that lexeme {@code i} belongs to. */
    static int chainEnd(List<Lexeme> lexemes, int i) {
        int end = i;
        while (end + 2 < lexemes.size() && lexemes.get(end + 1).isOperator(".") && adjacent(lexemes, end, end + 1)
                && adjacent(lexemes, end + 1, end + 2) && lexemes.get(end + 2).kind() == Kind.IDENTIFIER) {
            end += 2;
        }
        return end;
    }

    /** The dotted text of lexemes {@code from..to} (identifiers at even distance from {@code from}). */
    static String text(List<Lexeme> lexemes, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k += 2) {
            b.append(k == from ? "" : ".").append(lexemes.get(k).text());
        }
        return b.toString();
    }

    /** True when lexeme {@code a} ends where lexeme {@code b} starts (no space in {@code ta.sma}). */
    static boolean adjacent(List<Lexeme> lexemes, int a, int b) {
        return lexemes.get(a).end() == lexemes.get(b).start();
    }

    /** The index of the lexeme covering {@code offset} (or ending at it), or -1. */
    static int lexemeAt(List<Lexeme> lexemes, int offset) {
        int lo = 0;
        int hi = lexemes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Lexeme l = lexemes.get(mid);
            if (offset < l.start()) {
                hi = mid - 1;
            } else if (offset > l.end()) {
                lo = mid + 1;
            } else {
                // prefer an identifier when the offset sits between two lexemes ("x|." or ".|x")
                if (offset == l.end() && mid + 1 < lexemes.size() && lexemes.get(mid + 1).start() == offset
                        && lexemes.get(mid + 1).kind() == Kind.IDENTIFIER && l.kind() != Kind.IDENTIFIER) {
                    return mid + 1;
                }
                return mid;
            }
        }
        return -1;
    }
}
