package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/** A tuple {@code [a, b]}, as returned by a function or a branch. */
public record TupleExpr(int id, SourceRange range, List<Expr> elements) implements Expr {

    public TupleExpr {
        elements = List.copyOf(elements);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitTupleExpr(this);
    }
}
