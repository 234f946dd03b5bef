package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** A reassignment {@code target := value} or compound assignment such as {@code target += value}. */
public record Assignment(int id, SourceRange range, AssignOp op, Expr target, Expr value) implements Stmt {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAssignment(this);
    }
}
