package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/** A tuple declaration {@code [a, b] = f()}; a name may be {@code _}. */
public record TupleDecl(int id, SourceRange range, List<Name> names, Expr initializer) implements Stmt {

    public TupleDecl {
        names = List.copyOf(names);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitTupleDecl(this);
    }
}
