package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** A call argument; {@code name} is null for positional arguments. */
public record Argument(int id, SourceRange range, Name name, Expr value) implements Node {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitArgument(this);
    }
}
