package org.exhaustionlab.pine.ast;

import org.exhaustionlab.pine.SourceRange;

/** A colour literal {@code #RRGGBB} or {@code #RRGGBBAA}, packed as 0xRRGGBBAA (alpha 0xFF when omitted). */
public record ColorLiteral(int id, SourceRange range, int rgba) implements Expr {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitColorLiteral(this);
    }
}
