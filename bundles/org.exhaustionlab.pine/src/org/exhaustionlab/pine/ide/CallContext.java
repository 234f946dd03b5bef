package org.exhaustionlab.pine.ide;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.exhaustionlab.pine.parse.SourceTokens.Kind;
import org.exhaustionlab.pine.parse.SourceTokens.Lexeme;

/**
 * The call whose parentheses enclose a position, found from the lexemes alone (so it works while the line is still
 * broken): the callee's dotted name, which argument the position is in and the names already given.
 *
 * @param callee        the dotted callee name, e.g. {@code ta.sma}
 * @param argumentIndex 0 for the first argument
 * @param namedGiven    names of the named arguments written so far ({@code length} of {@code length=14})
 * @param argumentStart true when only the word being typed stands between the position and the '(' or ','
 */
record CallContext(String callee, int argumentIndex, Set<String> namedGiven, boolean argumentStart) {

    /** How far back to look for the '(': calls longer than this are not worth the scan. */
    private static final int MAX_LEXEMES_BACK = 400;

    /**
     * The innermost call around {@code offset}, or null. {@code firstAfter} is the index of the first lexeme that
     * starts at or after the word being typed (the word itself is not an argument yet).
     */
    static CallContext at(List<Lexeme> lexemes, int offset) {
        int last = -1; // the last lexeme ending at or before offset, skipping the word under the cursor
        for (int k = lexemes.size() - 1; k >= 0; k--) {
            if (lexemes.get(k).end() <= offset) {
                last = k;
                break;
            }
        }
        if (last >= 0 && lexemes.get(last).kind() == Kind.IDENTIFIER && lexemes.get(last).end() == offset) {
            last--; // the word being typed
        }
        int depth = 0;
        int commas = 0;
        int open = -1;
        for (int k = last; k >= 0 && k > last - MAX_LEXEMES_BACK; k--) {
            Lexeme l = lexemes.get(k);
            if (l.isOperator(")") || l.isOperator("]")) {
                depth++;
            } else if (l.isOperator("(") || l.isOperator("[")) {
                if (depth == 0) {
                    if (l.isOperator("(")) {
                        open = k;
                    }
                    break;
                }
                depth--;
            } else if (depth == 0 && l.isOperator(",")) {
                commas++;
            }
        }
        if (open < 1) {
            return null;
        }
        int calleeEnd = open - 1;
        if (lexemes.get(calleeEnd).isOperator(">")) { // array.new<float>(
            int d = 0;
            for (int k = calleeEnd; k > 0; k--) {
                if (lexemes.get(k).isOperator(">")) {
                    d++;
                } else if (lexemes.get(k).isOperator("<") && --d == 0) {
                    calleeEnd = k - 1;
                    break;
                }
            }
        }
        if (calleeEnd < 0 || lexemes.get(calleeEnd).kind() != Kind.IDENTIFIER) {
            return null;
        }
        String callee = NameChains.text(lexemes, NameChains.chainStart(lexemes, calleeEnd), calleeEnd);
        Set<String> named = new LinkedHashSet<>();
        int d = 0;
        for (int k = open + 1; k < lexemes.size(); k++) {
            Lexeme l = lexemes.get(k);
            if (l.isOperator("(") || l.isOperator("[")) {
                d++;
            } else if (l.isOperator(")") || l.isOperator("]")) {
                if (d-- == 0) {
                    break;
                }
            } else if (d == 0 && l.kind() == Kind.IDENTIFIER && k + 1 < lexemes.size()
                    && lexemes.get(k + 1).isOperator("=") && (lexemes.get(k - 1).isOperator("(")
                            || lexemes.get(k - 1).isOperator(","))
                    && !(l.start() <= offset && offset <= l.end())) {
                named.add(l.text());
            }
        }
        boolean start = last == open || lexemes.get(last).isOperator(",");
        return new CallContext(callee, commas, named, start);
    }
}
