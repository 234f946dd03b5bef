package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/**
 * A variable declaration {@code [export] [var|varip] [qualifier] [type] name = initializer}; {@code qualifier} and
 * {@code type} are null when omitted; {@code exported} marks a library constant ({@code export const int N = 1}).
 */
public record VarDecl(int id, SourceRange range, boolean exported, DeclMode mode, Qualifier qualifier, TypeRef type,
        Name name, Expr initializer, List<DocAnnotation> docs) implements Stmt {

    public VarDecl {
        docs = List.copyOf(docs);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitVarDecl(this);
    }
}
