package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/**
 * A written type: {@code name} may be dotted ({@code chart.point}, {@code lib.Type}); {@code float[]} has {@code
 * legacyArray} set.
 */
public record TypeRef(int id, SourceRange range, String name, List<TypeRef> typeArguments, boolean legacyArray)
        implements Node {

    public TypeRef {
        typeArguments = List.copyOf(typeArguments);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitTypeRef(this);
    }
}
