package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/** An indented block (or a one-line body); its value, when used as an expression, is its last statement's. */
public record Block(int id, SourceRange range, List<Stmt> statements) implements Node {

    public Block {
        statements = List.copyOf(statements);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBlock(this);
    }
}
