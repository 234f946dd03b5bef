package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** {@code import user/library/version [as alias]}; {@code alias} is null when omitted. */
public record ImportStmt(int id, SourceRange range, String user, String library, int version, Name alias)
        implements Stmt {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitImportStmt(this);
    }
}
