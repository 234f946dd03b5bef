package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** The {@code na} value (when not called as {@code na(x)}). */
public record NaLiteral(int id, SourceRange range) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitNaLiteral(this);
    }
}
