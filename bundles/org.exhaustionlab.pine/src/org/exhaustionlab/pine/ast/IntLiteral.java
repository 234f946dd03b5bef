package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** An integer literal such as {@code 14}. */
public record IntLiteral(int id, SourceRange range, long value) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitIntLiteral(this);
    }
}
