package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** {@code break}. */
public record BreakStmt(int id, SourceRange range) implements Stmt {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBreakStmt(this);
    }
}
