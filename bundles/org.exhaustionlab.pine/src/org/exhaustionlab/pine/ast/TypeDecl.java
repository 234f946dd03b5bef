package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/** A user-defined type {@code type Name} with its fields. */
public record TypeDecl(int id, SourceRange range, boolean exported, Name name, List<FieldDecl> fields,
        List<DocAnnotation> docs) implements Stmt {

    public TypeDecl {
        fields = List.copyOf(fields);
        docs = List.copyOf(docs);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitTypeDecl(this);
    }
}
