package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** {@code target.member}: a namespace member, UDT field or the callee of a method call. */
public record MemberAccess(int id, SourceRange range, Expr target, Name member) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitMemberAccess(this);
    }
}
