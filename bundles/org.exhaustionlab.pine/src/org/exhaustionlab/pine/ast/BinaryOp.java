package org.exhaustionlab.pine.ast;

/** Infix operators, with Pine's precedence (higher binds tighter; the ternary sits below all of them). */
public enum BinaryOp {
    OR("or", 1), AND("and", 2),
    EQ("==", 3), NE("!=", 3),
    LT("<", 4), GT(">", 4), LE("<=", 4), GE(">=", 4),
    ADD("+", 5), SUB("-", 5),
    MUL("*", 6), DIV("/", 6), MOD("%", 6);

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }
}
