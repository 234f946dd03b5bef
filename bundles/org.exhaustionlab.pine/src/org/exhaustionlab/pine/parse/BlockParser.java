package org.exhaustionlab.pine.parse;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.ast.*;

/** Indented blocks, the statement loop with its recovery, and the block-bodied if/switch/for/while forms. */
abstract class BlockParser extends ExpressionParser {

    BlockParser(List<Token> tokens, DiagnosticSink sink) {
        super(tokens, sink);
    }

    /** One statement, without its line end. */
    abstract Stmt parseStatement();

    /**
     * Parses statements until the DEDENT closing the current block (not consumed) or the end of file. Each
     * statement starts with a clean error state; a broken one is skipped up to its line end.
     */
    final void parseStatements(List<Stmt> out) {
        while (!check(TokenKind.DEDENT) && !check(TokenKind.EOF)) {
            if (match(TokenKind.NEWLINE)) {
                continue;
            }
            int before = index;
            panic = false;
            if (check(TokenKind.INDENT)) {
                strayIndent(out);
                continue;
            }
            int outerBudget = beginStatement();
            parseLine(out);
            endStatement(outerBudget);
            if (!panic) {
                expectStatementEnd();
            }
            if (panic && !(index > before && afterLineEnd())) {
                syncToStatementEnd();
            }
            if (index == before) {
                advance();
            }
        }
    }

    /** One line's statements: Pine allows several, separated by commas ({@code a = 1, b = 2}). */
    private void parseLine(List<Stmt> out) {
        out.add(parseStatement());
        while (!panic && !afterLineEnd() && match(TokenKind.COMMA)) {
            if (check(TokenKind.NEWLINE) || check(TokenKind.EOF) || check(TokenKind.DEDENT)) {
                return; // a trailing comma ends the line's statement list
            }
            out.add(parseStatement());
        }
    }

    /** A line indented deeper than its block: reported, and its statements kept so later stages still see them. */
    private void strayIndent(List<Stmt> out) {
        if (continuesAnExpression(peek(1).kind())) {
            errorAtCurrent("syntax.bad-continuation", "this line continues the previous one but is indented by a "
                    + "multiple of 4: indent it by a non-multiple of 4 (e.g. 6 spaces)");
            advance();
            syncBlock();
            match(TokenKind.DEDENT);
            return;
        }
        errorAtCurrent("syntax.unexpected-indent", "unexpected indentation: this line is indented deeper than "
                + "the block it belongs to");
        advance();
        if (enter()) {
            parseStatements(out);
            leave();
        } else {
            syncToStatementEnd();
        }
        match(TokenKind.DEDENT);
    }

    /** Tokens that cannot start a statement but can carry on an expression from the line above. */
    private static boolean continuesAnExpression(TokenKind k) {
        return binaryOp(k) != null && k != TokenKind.MINUS && k != TokenKind.PLUS || switch (k) {
            case QUESTION, COLON, COMMA, RPAREN, RBRACKET, DOT, ARROW -> true;
            default -> false;
        };
    }

    final void expectStatementEnd() {
        if (match(TokenKind.NEWLINE) || afterLineEnd() || check(TokenKind.EOF) || check(TokenKind.DEDENT)) {
            return;
        }
        errorAtCurrent("syntax.unexpected-token", "unexpected " + peek().describe() + ": expected end of line");
    }

    /**
     * The indented block after a header such as {@code if cond}; reports junk after the header and a missing
     * block. The block's statements continue until its DEDENT.
     */
    final Block parseBlock(Token header, String what) {
        Token start = peek();
        if (!check(TokenKind.NEWLINE)) {
            errorAtCurrent("syntax.unexpected-token", "unexpected " + peek().describe() + " after " + what
                    + ": the body goes on the next line, indented");
            while (!check(TokenKind.NEWLINE) && !check(TokenKind.EOF) && !check(TokenKind.INDENT)
                    && !check(TokenKind.DEDENT)) {
                advance();
            }
        }
        match(TokenKind.NEWLINE);
        List<Stmt> statements = new ArrayList<>();
        if (!check(TokenKind.INDENT)) {
            error(header.range(), false, "syntax.expected-block", "expected an indented block (4 spaces or a tab) "
                    + "after " + what);
            return new Block(id(), header.range(), statements);
        }
        advance();
        Token first = peek();
        if (enter()) {
            parseStatements(statements);
            leave();
        } else {
            syncBlock();
        }
        match(TokenKind.DEDENT);
        panic = false; // at a clean line boundary again
        return new Block(id(), statements.isEmpty() ? start.range() : rangeFrom(first), statements);
    }

    /** Skips a whole block that nests too deep to parse. */
    private void syncBlock() {
        int balance = 0;
        while (!check(TokenKind.EOF) && !(check(TokenKind.DEDENT) && balance == 0)) {
            if (check(TokenKind.INDENT)) {
                balance++;
            } else if (check(TokenKind.DEDENT)) {
                balance--;
            }
            advance();
        }
    }

    /** The statements used as a body on the header's line ({@code f() => x}, {@code cond => x}). */
    final Block inlineBody() {
        Token first = peek();
        List<Stmt> statements = new ArrayList<>();
        parseLine(statements);
        return new Block(id(), rangeFrom(first), statements);
    }

    @Override
    final Expr parseIf(Token start) {
        Expr condition = parseExpression();
        Block then = parseBlock(start, "'if'");
        IfExpr elseIf = null;
        Block elseBlock = null;
        if (check(TokenKind.ELSE)) {
            Token elseTok = advance();
            if (check(TokenKind.IF)) {
                Token ifTok = advance();
                if (enter()) {
                    elseIf = (IfExpr) parseIf(ifTok);
                    leave();
                }
            } else {
                elseBlock = parseBlock(elseTok, "'else'");
            }
        }
        return new IfExpr(id(), rangeFrom(start), condition, then, elseIf, elseBlock);
    }

    @Override
    final Expr parseSwitch(Token start) {
        Expr subject = check(TokenKind.NEWLINE) ? null : parseExpression();
        List<SwitchCase> cases = new ArrayList<>();
        if (!match(TokenKind.NEWLINE) || !match(TokenKind.INDENT)) {
            error(start.range(), false, "syntax.expected-block", "expected the indented 'value => result' arms "
                    + "of 'switch' on the next lines");
            return new SwitchExpr(id(), rangeFrom(start), subject, cases);
        }
        while (!check(TokenKind.DEDENT) && !check(TokenKind.EOF)) {
            if (match(TokenKind.NEWLINE)) {
                continue;
            }
            int before = index;
            panic = false;
            int outerBudget = beginStatement();
            cases.add(parseSwitchCase());
            endStatement(outerBudget);
            if (!panic) {
                expectStatementEnd();
            }
            if (panic && !(index > before && afterLineEnd())) {
                syncToStatementEnd();
            }
            if (index == before) {
                advance();
            }
        }
        panic = false;
        match(TokenKind.DEDENT);
        return new SwitchExpr(id(), rangeFrom(start), subject, cases);
    }

    private SwitchCase parseSwitchCase() {
        Token start = peek();
        Expr condition = check(TokenKind.ARROW) ? null : parseExpression();
        if (!expect(TokenKind.ARROW, " after the switch arm's value")) {
            return new SwitchCase(id(), rangeFrom(start), condition, new Block(id(), start.range(), List.of()));
        }
        Block body = check(TokenKind.NEWLINE) ? parseBlock(start, "'=>'") : inlineBody();
        return new SwitchCase(id(), rangeFrom(start), condition, body);
    }

    @Override
    final Expr parseFor(Token start) {
        if (check(TokenKind.LBRACKET)) {
            advance();
            Name index = name("the index variable");
            expect(TokenKind.COMMA, " between the index and element variables");
            Name element = name("the element variable");
            expect(TokenKind.RBRACKET, " after 'for [index, element'");
            return finishForIn(start, index, element);
        }
        TypeRef counterType = null;
        int afterType = Lookahead.typeRef(tokens, index);
        if (afterType > index && Lookahead.kind(tokens, afterType, TokenKind.IDENT)
                && Lookahead.kind(tokens, afterType + 1, TokenKind.ASSIGN)) {
            counterType = parseTypeRef(); // 'for int i = 0 to n', accepted by TradingView
        }
        Name counter = name("the loop variable");
        if (checkWord("in")) {
            return finishForIn(start, null, counter);
        }
        expect(TokenKind.ASSIGN, " after the loop variable (for i = from to to)");
        Expr from = parseExpression();
        if (!checkWord("to")) {
            errorAtCurrent("syntax.expected-token", "expected 'to' in 'for i = from to to' but found "
                    + peek().describe());
        } else {
            advance();
        }
        Expr to = parseExpression();
        Expr step = null;
        if (checkWord("by")) {
            advance();
            step = parseExpression();
        }
        Block body = parseBlock(start, "'for'");
        return new ForExpr(id(), rangeFrom(start), counterType, counter, from, to, step, body);
    }

    private Expr finishForIn(Token start, Name index, Name element) {
        if (!checkWord("in")) {
            errorAtCurrent("syntax.expected-token", "expected 'in' but found " + peek().describe());
        } else {
            advance();
        }
        Expr iterable = parseExpression();
        Block body = parseBlock(start, "'for ... in'");
        return new ForInExpr(id(), rangeFrom(start), index, element, iterable, body);
    }

    @Override
    final Expr parseWhile(Token start) {
        Expr condition = parseExpression();
        Block body = parseBlock(start, "'while'");
        return new WhileExpr(id(), rangeFrom(start), condition, body);
    }

    /** A name token, or an empty placeholder name after reporting what was expected. */
    final Name name(String what) {
        Token t = peek();
        if (t.is(TokenKind.IDENT)) {
            advance();
            return new Name(id(), t.range(), t.text());
        }
        errorAtCurrent("syntax.expected-name", "expected " + what + " but found " + t.describe());
        return new Name(id(), t.range(), "");
    }
}
