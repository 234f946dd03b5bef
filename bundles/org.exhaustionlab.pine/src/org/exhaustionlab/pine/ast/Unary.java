package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** A prefix operation: {@code -x}, {@code +x}, {@code not x}. */
public record Unary(int id, SourceRange range, UnaryOp op, Expr operand) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitUnary(this);
    }
}
