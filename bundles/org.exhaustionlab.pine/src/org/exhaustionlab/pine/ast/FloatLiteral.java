package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** A float literal such as {@code 1.5}, {@code 1.}, {@code .5} or {@code 1e10}. */
public record FloatLiteral(int id, SourceRange range, double value) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFloatLiteral(this);
    }
}
