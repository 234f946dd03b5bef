package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/** A field of a user-defined type; {@code defaultValue} is null when omitted. */
public record FieldDecl(int id, SourceRange range, boolean varip, TypeRef type, Name name, Expr defaultValue,
        List<DocAnnotation> docs) implements Node {

    public FieldDecl {
        docs = List.copyOf(docs);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFieldDecl(this);
    }
}
