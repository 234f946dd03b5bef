package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** A name being declared or named (variable, parameter, field, named argument, member). */
public record Name(int id, SourceRange range, String name) implements Node {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitName(this);
    }
}
