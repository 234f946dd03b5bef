package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/** An {@code enum Name} with its members. */
public record EnumDecl(int id, SourceRange range, boolean exported, Name name, List<EnumMember> members,
        List<DocAnnotation> docs) implements Stmt {

    public EnumDecl {
        members = List.copyOf(members);
        docs = List.copyOf(docs);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitEnumDecl(this);
    }
}
