package org.exhaustionlab.pine.ast;

import java.util.List;
import org.exhaustionlab.pine.SourceRange;

/**
 * A call {@code callee<typeArguments>(arguments)}; {@code typeArguments} is empty unless written, e.g. {@code
 * array.new<float>(10)}.
 */
public record Call(int id, SourceRange range, Expr callee, List<TypeRef> typeArguments, List<Argument> arguments)
        implements Expr {

    public Call {
        typeArguments = List.copyOf(typeArguments);
        arguments = List.copyOf(arguments);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCall(this);
    }
}
