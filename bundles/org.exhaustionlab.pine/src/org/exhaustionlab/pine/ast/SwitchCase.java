package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** One {@code condition => body} arm of a switch; {@code condition} is null for the default arm. */
public record SwitchCase(int id, SourceRange range, Expr condition, Block body) implements Node {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitSwitchCase(this);
    }
}
