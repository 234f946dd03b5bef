package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** An expression used as a statement (calls, and if/switch/for/while statements). */
public record ExprStmt(int id, SourceRange range, Expr expression) implements Stmt {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitExprStmt(this);
    }
}
