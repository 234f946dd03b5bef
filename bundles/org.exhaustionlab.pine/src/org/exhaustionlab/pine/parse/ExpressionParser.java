package org.exhaustionlab.pine.parse;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.ast.*;

/**
 * Expressions by precedence climbing: ternary (lowest, right-associative), then {@code or}, {@code and},
 * {@code == !=}, {@code < > <= >=}, {@code + -}, {@code * / %}, unary {@code + - not}, and postfix history
 * reference, call and member access. The block-bodied forms (if/switch/for/while) come from the layer above.
 */
abstract class ExpressionParser extends ParserBase {

    /** Calls of bare names that v4 used and v5/v6 renamed; checked against user functions once parsing ends. */
    final List<Call> v4Calls = new ArrayList<>();

    ExpressionParser(List<Token> tokens, DiagnosticSink sink) {
        super(tokens, sink);
    }

    abstract Expr parseIf(Token start);

    abstract Expr parseSwitch(Token start);

    abstract Expr parseFor(Token start);

    abstract Expr parseWhile(Token start);

    final Expr parseExpression() {
        Token start = peek();
        if (!enter()) {
            return skipDeepExpression(start);
        }
        try {
            Expr condition = parseBinary(1);
            if (afterLineEnd() || !match(TokenKind.QUESTION)) {
                return condition;
            }
            Expr whenTrue = parseExpression();
            expect(TokenKind.COLON, " in the ternary 'condition ? a : b'");
            Expr whenFalse = parseExpression();
            return new Ternary(id(), rangeFrom(start), condition, whenTrue, whenFalse);
        } finally {
            leave();
        }
    }

    /** Too deep to recurse further: swallow the rest of the line as one error node. */
    private Expr skipDeepExpression(Token start) {
        while (!check(TokenKind.NEWLINE) && !check(TokenKind.EOF) && !check(TokenKind.INDENT)
                && !check(TokenKind.DEDENT)) {
            advance();
        }
        return new ErrorExpr(id(), rangeFrom(start));
    }

    private Expr parseBinary(int minPrecedence) {
        Token start = peek();
        Expr left = parseUnary();
        while (!afterLineEnd()) {
            BinaryOp op = binaryOp(peek().kind());
            if (op == null || op.precedence() < minPrecedence) {
                return left;
            }
            if (!spendOperator()) {
                return skipDeepExpression(start);
            }
            advance();
            Expr right = parseBinary(op.precedence() + 1);
            left = new Binary(id(), rangeFrom(start), op, left, right);
        }
        return left;
    }

    private Expr parseUnary() {
        Token start = peek();
        UnaryOp op = switch (start.kind()) {
            case MINUS -> UnaryOp.MINUS;
            case PLUS -> UnaryOp.PLUS;
            case NOT -> UnaryOp.NOT;
            default -> null;
        };
        if (op == null) {
            return parsePostfix();
        }
        advance();
        if (!enter()) {
            return skipDeepExpression(start);
        }
        try {
            Expr operand = parseUnary();
            return new Unary(id(), rangeFrom(start), op, operand);
        } finally {
            leave();
        }
    }

    private Expr parsePostfix() {
        Token start = peek();
        Expr e = parsePrimary();
        while (!afterLineEnd()) {
            TokenKind k = peek().kind();
            boolean postfix = k == TokenKind.DOT || k == TokenKind.LPAREN || k == TokenKind.LBRACKET;
            if (postfix && !spendOperator()) {
                return skipDeepExpression(start);
            }
            if (check(TokenKind.DOT)) {
                advance();
                Token nameTok = peek();
                if (!expect(TokenKind.IDENT, " after '.'")) {
                    return new MemberAccess(id(), rangeFrom(start), e, new Name(id(), nameTok.range(), ""));
                }
                e = new MemberAccess(id(), rangeFrom(start), e, new Name(id(), nameTok.range(), nameTok.text()));
            } else if (check(TokenKind.LPAREN)) {
                e = finishCall(start, e, List.of());
            } else if (check(TokenKind.LBRACKET)) {
                advance();
                Expr offset = parseExpression();
                expect(TokenKind.RBRACKET, " to close the history reference '['");
                e = new HistoryRef(id(), rangeFrom(start), e, offset);
            } else if (check(TokenKind.LT) && isCallee(e) && isGenericCall()) {
                List<TypeRef> typeArgs = parseTypeArguments();
                e = finishCall(start, e, typeArgs);
            } else {
                return e;
            }
        }
        return e;
    }

    private static boolean isCallee(Expr e) {
        return e instanceof Identifier || e instanceof MemberAccess;
    }

    private boolean isGenericCall() {
        int after = Lookahead.typeArguments(tokens, index);
        return after >= 0 && Lookahead.kind(tokens, after, TokenKind.LPAREN);
    }

    private Expr finishCall(Token start, Expr callee, List<TypeRef> typeArgs) {
        advance(); // '('
        List<Argument> args = new ArrayList<>();
        while (!check(TokenKind.RPAREN)) {
            int before = index;
            args.add(parseArgument());
            if (!match(TokenKind.COMMA) || index == before) {
                break;
            }
        }
        expect(TokenKind.RPAREN, " to close the argument list");
        Call call = new Call(id(), rangeFrom(start), callee, typeArgs, args);
        if (callee instanceof Identifier && V4Names.replacement(((Identifier) callee).name()) != null) {
            v4Calls.add(call);
        }
        return call;
    }

    private Argument parseArgument() {
        Token start = peek();
        Name name = null;
        if (start.is(TokenKind.IDENT) && peek(1).is(TokenKind.ASSIGN)) {
            name = new Name(id(), start.range(), start.text());
            advance();
            advance();
        }
        Expr value = parseExpression();
        return new Argument(id(), rangeFrom(start), name, value);
    }

    private Expr parsePrimary() {
        Token t = peek();
        switch (t.kind()) {
            case INT -> {
                advance();
                return intLiteral(t);
            }
            case FLOAT -> {
                advance();
                return new FloatLiteral(id(), t.range(), Double.parseDouble(t.text()));
            }
            case STRING -> {
                advance();
                return new StringLiteral(id(), t.range(), t.text());
            }
            case COLOR -> {
                advance();
                return new ColorLiteral(id(), t.range(), colorValue(t.text()));
            }
            case TRUE, FALSE -> {
                advance();
                return new BoolLiteral(id(), t.range(), t.is(TokenKind.TRUE));
            }
            case IDENT -> {
                advance();
                if (t.text().equals("na") && !check(TokenKind.LPAREN)) {
                    return new NaLiteral(id(), t.range());
                }
                return new Identifier(id(), t.range(), t.text());
            }
            case LPAREN -> {
                advance();
                Expr inner = parseExpression();
                expect(TokenKind.RPAREN, " to close '('");
                return inner;
            }
            case LBRACKET -> {
                return parseTuple(t);
            }
            case IF -> {
                return parseIf(advance());
            }
            case SWITCH -> {
                return parseSwitch(advance());
            }
            case FOR -> {
                return parseFor(advance());
            }
            case WHILE -> {
                return parseWhile(advance());
            }
            case ERROR -> {
                advance();
                panic = true; // the lexer already reported it
                return new ErrorExpr(id(), t.range());
            }
            default -> {
                Token prev = index > 0 ? tokens.get(index - 1) : t;
                if (t.is(TokenKind.NEWLINE) && peek(1).is(TokenKind.INDENT) && expectsOperand(prev.kind())) {
                    errorAtCurrent("syntax.bad-continuation", "the expression goes on in the next line, which is "
                            + "indented by a multiple of 4: indent it by a non-multiple of 4 (e.g. 6 spaces)");
                    return new ErrorExpr(id(), t.range());
                }
                if (t.is(TokenKind.NEWLINE) && (binaryOp(prev.kind()) != null || prev.is(TokenKind.QUESTION)
                        || prev.is(TokenKind.COLON))) {
                    errorAtCurrent("syntax.bad-continuation", "the line ends with " + prev.describe()
                            + ": continue it on a line indented by a non-multiple of 4 (e.g. 6 spaces)");
                    return new ErrorExpr(id(), t.range());
                }
                errorAtCurrent("syntax.expected-expression", "expected an expression but found " + t.describe());
                return new ErrorExpr(id(), t.range());
            }
        }
    }

    private Expr parseTuple(Token start) {
        advance();
        List<Expr> elements = new ArrayList<>();
        while (!check(TokenKind.RBRACKET)) {
            int before = index;
            elements.add(parseExpression());
            if (!match(TokenKind.COMMA) || index == before) {
                break;
            }
        }
        expect(TokenKind.RBRACKET, " to close the tuple '['");
        return new TupleExpr(id(), rangeFrom(start), elements);
    }

    private Expr intLiteral(Token t) {
        try {
            return new IntLiteral(id(), t.range(), Long.parseLong(t.text()));
        } catch (NumberFormatException e) {
            error(t, "lex.invalid-number", "integer literal " + t.text() + " is too large");
            return new ErrorExpr(id(), t.range());
        }
    }

    private static int colorValue(String text) {
        long v = Long.parseLong(text.substring(1), 16);
        return text.length() == 7 ? (int) ((v << 8) | 0xFF) : (int) v;
    }

    // ---- types --------------------------------------------------------------------------------------------------

    /** A type; callers check the shape with {@link Lookahead#typeRef} first. */
    final TypeRef parseTypeRef() {
        Token start = peek();
        StringBuilder name = new StringBuilder(advance().text());
        while (check(TokenKind.DOT) && peek(1).is(TokenKind.IDENT)) {
            advance();
            name.append('.').append(advance().text());
        }
        List<TypeRef> args = check(TokenKind.LT) ? parseTypeArguments() : List.of();
        boolean legacyArray = false;
        if (check(TokenKind.LBRACKET) && peek(1).is(TokenKind.RBRACKET)) {
            advance();
            advance();
            legacyArray = true;
        }
        return new TypeRef(id(), rangeFrom(start), name.toString(), args, legacyArray);
    }

    private List<TypeRef> parseTypeArguments() {
        advance(); // '<'
        List<TypeRef> args = new ArrayList<>();
        do {
            if (!check(TokenKind.IDENT)) {
                errorAtCurrent("syntax.expected-type", "expected a type name but found " + peek().describe());
                return args;
            }
            args.add(parseTypeRef());
        } while (match(TokenKind.COMMA));
        expect(TokenKind.GT, " to close the type arguments");
        return args;
    }

    /** Tokens after which a line cannot end: an operand must follow. */
    static boolean expectsOperand(TokenKind k) {
        return binaryOp(k) != null || switch (k) {
            case QUESTION, COLON, COMMA, ASSIGN, REASSIGN, PLUS_ASSIGN, MINUS_ASSIGN, STAR_ASSIGN, SLASH_ASSIGN,
                    PERCENT_ASSIGN, NOT -> true;
            default -> false;
        };
    }

    static BinaryOp binaryOp(TokenKind kind) {
        return switch (kind) {
            case OR -> BinaryOp.OR;
            case AND -> BinaryOp.AND;
            case EQ -> BinaryOp.EQ;
            case NE -> BinaryOp.NE;
            case LT -> BinaryOp.LT;
            case GT -> BinaryOp.GT;
            case LE -> BinaryOp.LE;
            case GE -> BinaryOp.GE;
            case PLUS -> BinaryOp.ADD;
            case MINUS -> BinaryOp.SUB;
            case STAR -> BinaryOp.MUL;
            case SLASH -> BinaryOp.DIV;
            case PERCENT -> BinaryOp.MOD;
            default -> null;
        };
    }
}
