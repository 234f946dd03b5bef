package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** {@code condition ? whenTrue : whenFalse}. */
public record Ternary(int id, SourceRange range, Expr condition, Expr whenTrue, Expr whenFalse) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitTernary(this);
    }
}
