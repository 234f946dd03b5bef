package org.exhaustionlab.pine.parse;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/**
 * Token cursor, node ids, diagnostics with panic-mode suppression and statement-level resynchronisation shared by the
 * parser layers. After a syntax error, further errors are suppressed until the statement loop resynchronises at the
 * next line, so one mistake yields one diagnostic while a file with many mistakes still yields many.
 */
abstract class ParserBase {

    /** Deepest nesting of expressions and blocks accepted; deeper input is reported, never a stack overflow. */
    static final int MAX_DEPTH = 200;

    /**
     * Most binary and postfix operators accepted in one statement. Operator chains are parsed by loops, not
     * recursion, but they build left-deep trees; this keeps every tree shallow enough for recursive visitors.
     */
    static final int MAX_OPERATORS = 1000;

    final List<Token> tokens;
    final DiagnosticSink sink;
    int index;
    private Token lastReal;
    private int nextId;
    boolean panic;
    private int depth;
    private int operatorBudget = MAX_OPERATORS;

    ParserBase(List<Token> tokens, DiagnosticSink sink) {
        this.tokens = tokens;
        this.sink = sink;
    }

    // ---- cursor -------------------------------------------------------------------------------------------------

    final Token peek() {
        return tokens.get(index);
    }

    final Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    final boolean check(TokenKind kind) {
        return tokens.get(index).kind() == kind;
    }

    final boolean checkWord(String word) {
        return tokens.get(index).isWord(word);
    }

    final Token advance() {
        Token t = tokens.get(index);
        if (t.kind() != TokenKind.EOF) {
            index++;
        }
        switch (t.kind()) {
            case NEWLINE, INDENT, DEDENT, EOF -> { }
            default -> lastReal = t;
        }
        return t;
    }

    final boolean match(TokenKind kind) {
        if (check(kind)) {
            advance();
            return true;
        }
        return false;
    }

    /** Consumes a token of {@code kind} or reports what was expected; returns whether it was there. */
    final boolean expect(TokenKind kind, String context) {
        if (match(kind)) {
            return true;
        }
        errorAtCurrent("syntax.expected-token", "expected " + kind.display() + context + " but found "
                + peek().describe());
        return false;
    }

    /** True when the previous token closed a block or line, so the construct just parsed cannot continue. */
    final boolean afterLineEnd() {
        if (index == 0) {
            return false;
        }
        TokenKind k = tokens.get(index - 1).kind();
        return k == TokenKind.DEDENT || k == TokenKind.NEWLINE;
    }

    // ---- ranges and ids -----------------------------------------------------------------------------------------

    final int id() {
        return nextId++;
    }

    final int nodeCount() {
        return nextId;
    }

    /** From the start of {@code first} to the end of the last real token consumed. */
    final SourceRange rangeFrom(Token first) {
        if (lastReal == null || lastReal.end() < first.start() || lastReal.start() < first.start()) {
            return first.range();
        }
        return new SourceRange(first.start(), lastReal.end(), first.line(), first.column(), lastReal.endLine(),
                lastReal.endColumn());
    }

    // ---- diagnostics --------------------------------------------------------------------------------------------

    final void errorAtCurrent(String code, String message) {
        error(peek(), code, message);
    }

    final void error(Token at, String code, String message) {
        error(at.range(), at.kind() == TokenKind.ERROR, code, message);
    }

    final void error(SourceRange range, boolean alreadyReported, String code, String message) {
        if (!panic && !alreadyReported) {
            sink.error(range, code, message);
        }
        panic = true;
    }

    // ---- nesting guard ------------------------------------------------------------------------------------------

    /** Enters one nesting level; false (after reporting once) when the input nests deeper than MAX_DEPTH. */
    final boolean enter() {
        if (depth >= MAX_DEPTH) {
            errorAtCurrent("syntax.nesting-too-deep", "nesting too deep: more than " + MAX_DEPTH
                    + " levels of brackets, operators or blocks");
            return false;
        }
        depth++;
        return true;
    }

    final void leave() {
        depth--;
    }

    /** Starts a statement's operator budget; returns the enclosing statement's budget for {@link #endStatement}. */
    final int beginStatement() {
        int outer = operatorBudget;
        operatorBudget = MAX_OPERATORS;
        return outer;
    }

    final void endStatement(int outerBudget) {
        operatorBudget = outerBudget;
    }

    /** Spends one operator of the statement's budget; false (after reporting once) when it is used up. */
    final boolean spendOperator() {
        if (operatorBudget > 0) {
            operatorBudget--;
            return true;
        }
        errorAtCurrent("syntax.nesting-too-deep", "statement too long: more than " + MAX_OPERATORS
                + " operators; split it into several variables");
        return false;
    }

    // ---- recovery -----------------------------------------------------------------------------------------------

    /**
     * Skips to the end of the current statement: past the next NEWLINE at this block level (and past an indented
     * block that follows it, which belonged to the broken statement), or up to the DEDENT closing this block.
     */
    final void syncToStatementEnd() {
        int balance = 0;
        while (!check(TokenKind.EOF)) {
            TokenKind k = peek().kind();
            if (k == TokenKind.DEDENT) {
                if (balance == 0) {
                    return;
                }
                balance--;
                advance();
                if (balance == 0 && !check(TokenKind.ELSE)) {
                    return;
                }
            } else if (k == TokenKind.NEWLINE && balance == 0) {
                advance();
                if (!check(TokenKind.INDENT)) {
                    return;
                }
            } else {
                if (k == TokenKind.INDENT) {
                    balance++;
                }
                advance();
            }
        }
    }
}
