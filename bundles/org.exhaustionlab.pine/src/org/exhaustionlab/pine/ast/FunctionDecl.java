package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/** A function or method {@code name(parameters) => body}; a one-line body is a block holding that line's statements. */
public record FunctionDecl(int id, SourceRange range, boolean exported, boolean method, Name name,
        List<Parameter> parameters, Block body, List<DocAnnotation> docs) implements Stmt {

    public FunctionDecl {
        parameters = List.copyOf(parameters);
        docs = List.copyOf(docs);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFunctionDecl(this);
    }
}
