package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** Stands in for an expression that could not be parsed (a diagnostic was reported). */
public record ErrorExpr(int id, SourceRange range) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitErrorExpr(this);
    }
}
