package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** A string literal; {@code value} has its escapes decoded. */
public record StringLiteral(int id, SourceRange range, String value) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitStringLiteral(this);
    }
}
