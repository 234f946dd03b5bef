package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/** {@code switch} with an optional {@code subject} (null when absent), as statement or expression. */
public record SwitchExpr(int id, SourceRange range, Expr subject, List<SwitchCase> cases) implements Expr {

    public SwitchExpr {
        cases = List.copyOf(cases);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitSwitchExpr(this);
    }
}
