package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** The history reference operator {@code target[offset]}. */
public record HistoryRef(int id, SourceRange range, Expr target, Expr offset) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitHistoryRef(this);
    }
}
