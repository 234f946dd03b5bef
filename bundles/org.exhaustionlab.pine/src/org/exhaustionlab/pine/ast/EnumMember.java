package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** An enum member; {@code title} is null when omitted. */
public record EnumMember(int id, SourceRange range, Name name, StringLiteral title) implements Node {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitEnumMember(this);
    }
}
