package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** An infix operation; {@code and}/{@code or} included. */
public record Binary(int id, SourceRange range, BinaryOp op, Expr left, Expr right) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBinary(this);
    }
}
