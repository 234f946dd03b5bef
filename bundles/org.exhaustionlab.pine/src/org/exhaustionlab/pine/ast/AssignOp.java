package org.exhaustionlab.pine.ast;

/** Reassignment operators; every one except {@link #REASSIGN} combines the old value with a binary operator. */
public enum AssignOp {
    REASSIGN(":=", null), ADD("+=", BinaryOp.ADD), SUB("-=", BinaryOp.SUB), MUL("*=", BinaryOp.MUL),
    DIV("/=", BinaryOp.DIV), MOD("%=", BinaryOp.MOD);

    private final String symbol;
    private final BinaryOp binary;

    AssignOp(String symbol, BinaryOp binary) {
        this.symbol = symbol;
        this.binary = binary;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator applied to old and new value, or null for plain {@code :=}. */
    public BinaryOp binary() {
        return binary;
    }
}
