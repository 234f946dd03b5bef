package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** A name read as a value, e.g. {@code close} or the callee {@code ta} of {@code ta.sma}. */
public record Identifier(int id, SourceRange range, String name) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitIdentifier(this);
    }
}
