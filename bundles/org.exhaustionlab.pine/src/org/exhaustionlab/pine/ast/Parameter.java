package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** A function parameter; qualifier, type and default are null when omitted. */
public record Parameter(int id, SourceRange range, Qualifier qualifier, TypeRef type, Name name, Expr defaultValue)
        implements Node {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitParameter(this);
    }
}
