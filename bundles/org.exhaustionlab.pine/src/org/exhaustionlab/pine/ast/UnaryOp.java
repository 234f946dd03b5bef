package org.exhaustionlab.pine.ast;

/** Prefix operators. */
public enum UnaryOp {
    PLUS("+"), MINUS("-"), NOT("not");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
