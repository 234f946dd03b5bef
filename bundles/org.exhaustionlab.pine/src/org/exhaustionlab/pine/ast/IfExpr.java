package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** {@code if} as statement or expression; at most one of {@code elseIf} and {@code elseBlock} is non-null. */
public record IfExpr(int id, SourceRange range, Expr condition, Block thenBlock, IfExpr elseIf, Block elseBlock)
        implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitIfExpr(this);
    }
}
