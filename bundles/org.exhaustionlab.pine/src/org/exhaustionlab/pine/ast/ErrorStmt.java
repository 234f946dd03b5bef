package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** Stands in for a statement that could not be parsed (a diagnostic was reported). */
public record ErrorStmt(int id, SourceRange range) implements Stmt {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitErrorStmt(this);
    }
}
