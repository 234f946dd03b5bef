package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/**
 * A whole Pine script.
 *
 * @param version     the {@code //@version=} number, or 0 when absent
 * @param kind        what the declaration statement says the script is
 * @param declaration the top-level {@code indicator(...)}/{@code strategy(...)}/{@code library(...)} call, or null
 * @param annotations every {@code //@...} annotation comment in source order
 * @param statements  top-level statements
 * @param nodeCount   number of node ids handed out: every node's id is in {@code [0, nodeCount)}
 */
public record Script(SourceRange range, int version, ScriptKind kind, Call declaration,
        List<DocAnnotation> annotations, List<Stmt> statements, int nodeCount) {

    public Script {
        annotations = List.copyOf(annotations);
        statements = List.copyOf(statements);
    }
}
