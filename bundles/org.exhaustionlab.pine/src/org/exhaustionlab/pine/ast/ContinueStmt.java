package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** {@code continue}. */
public record ContinueStmt(int id, SourceRange range) implements Stmt {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitContinueStmt(this);
    }
}
