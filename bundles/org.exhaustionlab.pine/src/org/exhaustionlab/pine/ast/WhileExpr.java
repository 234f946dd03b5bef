package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** {@code while condition} with its block. */
public record WhileExpr(int id, SourceRange range, Expr condition, Block body) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitWhileExpr(this);
    }
}
