package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/**
 * {@code for element in iterable} or {@code for [index, element] in iterable}; {@code index} is null in the first
 * form.
 */
public record ForInExpr(int id, SourceRange range, Name index, Name element, Expr iterable, Block body)
        implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitForInExpr(this);
    }
}
