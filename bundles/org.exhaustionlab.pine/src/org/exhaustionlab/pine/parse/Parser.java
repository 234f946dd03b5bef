package org.exhaustionlab.pine.parse;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.ast.*;

/**
 * The statement layer and entry point: decides which statement form starts each line (declarations by lookahead,
 * since Pine marks none of them with a keyword) and parses a whole token stream.
 */
final class Parser extends DeclarationParser {

    Parser(List<Token> tokens, DiagnosticSink sink, List<DocAnnotation> annotations) {
        super(tokens, sink, annotations);
    }

    List<Stmt> parseScript() {
        List<Stmt> statements = new ArrayList<>();
        while (!check(TokenKind.EOF)) {
            int before = index;
            parseStatements(statements);
            if (check(TokenKind.DEDENT)) {
                advance(); // only after a stray indent that recovery could not close
            }
            if (index == before) {
                advance();
            }
        }
        return statements;
    }

    @Override
    Stmt parseStatement() {
        Token start = peek();
        switch (start.kind()) {
            case EXPORT -> {
                return parseExport(advance());
            }
            case IMPORT -> {
                return parseImport(advance());
            }
            case VAR, VARIP -> {
                advance();
                return parseVarDecl(start, false, start.is(TokenKind.VAR) ? DeclMode.VAR : DeclMode.VARIP);
            }
            case BREAK -> {
                advance();
                return new BreakStmt(id(), start.range());
            }
            case CONTINUE -> {
                advance();
                return new ContinueStmt(id(), start.range());
            }
            case ELSE -> {
                advance();
                error(start, "syntax.unexpected-token", "'else' without a matching 'if' above it at the same "
                        + "indentation");
                return new ErrorStmt(id(), start.range());
            }
            case LBRACKET -> {
                if (Lookahead.tupleHead(tokens, index) >= 0) {
                    return parseTupleDecl(start);
                }
            }
            case IDENT -> {
                Stmt decl = parseIdentStatement(start);
                if (decl != null) {
                    return decl;
                }
            }
            default -> { }
        }
        return parseExpressionStatement(start);
    }

    /** Declarations that start with a name: functions, methods, types, enums, typed and untyped variables. */
    private Stmt parseIdentStatement(Token start) {
        TokenKind next = peek(1).kind();
        if (next == TokenKind.ASSIGN) {
            return parseVarDecl(start, false, DeclMode.NONE);
        }
        if (next == TokenKind.LPAREN && Lookahead.functionHead(tokens, index) >= 0) {
            return parseFunction(start, false, false);
        }
        if (next == TokenKind.IDENT) {
            String word = start.text();
            if (word.equals("method") && Lookahead.functionHead(tokens, index + 1) >= 0) {
                advance();
                return parseFunction(start, false, true);
            }
            if (word.equals("type") && peek(2).is(TokenKind.NEWLINE)) {
                return parseTypeDecl(start, false);
            }
            if (word.equals("enum") && peek(2).is(TokenKind.NEWLINE)) {
                return parseEnumDecl(start, false);
            }
        }
        if (Lookahead.typedName(tokens, index, true) >= 0) {
            return parseVarDecl(start, false, DeclMode.NONE);
        }
        return null;
    }

    private Stmt parseExport(Token start) {
        if (checkWord("type")) {
            return parseTypeDecl(start, true);
        }
        if (checkWord("enum")) {
            return parseEnumDecl(start, true);
        }
        boolean method = checkWord("method") && peek(1).is(TokenKind.IDENT);
        if (method) {
            advance();
        }
        if (!method && Lookahead.typedName(tokens, index, true) >= 0) {
            return parseVarDecl(start, true, DeclMode.NONE); // v6 libraries export constants: 'export const int N = 1'
        }
        if (Lookahead.functionHead(tokens, index) < 0) {
            errorAtCurrent("syntax.unexpected-token", "'export' must be followed by a function, method, type, "
                    + "enum or constant declaration");
            return new ErrorStmt(id(), start.range());
        }
        return parseFunction(start, true, method);
    }

    /** {@code [var|varip] [qualifier] [type] name = value}; the cursor is after var/varip, if any. */
    private Stmt parseVarDecl(Token start, boolean exported, DeclMode mode) {
        List<DocAnnotation> docs = docsAbove(start.line());
        Qualifier qualifier = null;
        TypeRef type = null;
        int nameIndex = Lookahead.typedName(tokens, index, true);
        if (nameIndex >= 0) {
            qualifier = Qualifier.fromKeyword(peek().text());
            if (qualifier != null && nameIndex > index + 1) {
                advance();
            } else {
                qualifier = null;
            }
            type = parseTypeRef();
        }
        Name name = name("a variable name");
        Expr init;
        if (expect(TokenKind.ASSIGN, " after the variable name")) {
            init = parseExpression();
        } else {
            init = new ErrorExpr(id(), peek().range());
        }
        return new VarDecl(id(), rangeFrom(start), exported, mode, qualifier, type, name, init, docs);
    }

    private Stmt parseTupleDecl(Token start) {
        advance(); // '['
        List<Name> names = new ArrayList<>();
        do {
            names.add(name("a variable name"));
        } while (match(TokenKind.COMMA));
        expect(TokenKind.RBRACKET, " to close the tuple");
        expect(TokenKind.ASSIGN, " after the tuple");
        Expr init = parseExpression();
        return new TupleDecl(id(), rangeFrom(start), names, init);
    }

    private Stmt parseExpressionStatement(Token start) {
        Expr e = parseExpression();
        AssignOp op = afterLineEnd() ? null : assignOp(peek().kind());
        if (op != null) {
            advance();
            if (!(e instanceof Identifier) && !(e instanceof MemberAccess) && !(e instanceof ErrorExpr)) {
                error(e.range(), false, "syntax.invalid-target", "cannot assign to this expression: the left of "
                        + op.symbol() + " must be a variable or a field");
            }
            Expr value = parseExpression();
            return new Assignment(id(), rangeFrom(start), op, e, value);
        }
        if (check(TokenKind.ASSIGN) && !afterLineEnd()) {
            error(peek(), "syntax.invalid-target", "'=' declares a plain variable name; to change a field or "
                    + "element use ':='");
            advance();
            parseExpression();
        }
        return new ExprStmt(id(), rangeFrom(start), e);
    }

    private static AssignOp assignOp(TokenKind kind) {
        return switch (kind) {
            case REASSIGN -> AssignOp.REASSIGN;
            case PLUS_ASSIGN -> AssignOp.ADD;
            case MINUS_ASSIGN -> AssignOp.SUB;
            case STAR_ASSIGN -> AssignOp.MUL;
            case SLASH_ASSIGN -> AssignOp.DIV;
            case PERCENT_ASSIGN -> AssignOp.MOD;
            default -> null;
        };
    }
}
