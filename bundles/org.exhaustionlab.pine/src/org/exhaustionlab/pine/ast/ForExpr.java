package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** {@code for [type] counter = from to to [by step]}; {@code counterType} and {@code step} are null when omitted. */
public record ForExpr(int id, SourceRange range, TypeRef counterType, Name counter, Expr from, Expr to, Expr step,
        Block body) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitForExpr(this);
    }
}
