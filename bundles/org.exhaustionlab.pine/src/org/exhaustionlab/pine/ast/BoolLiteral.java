package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** {@code true} or {@code false}. */
public record BoolLiteral(int id, SourceRange range, boolean value) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBoolLiteral(this);
    }
}
