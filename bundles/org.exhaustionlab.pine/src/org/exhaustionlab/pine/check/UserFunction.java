package org.exhaustionlab.pine.check;

import java.util.List;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.catalog.PineType;

/**
 * A user function or method as the checker sees it.
 *
 * @param paramTypes per parameter the written type (qualifier as written, const when none was written since
 *                   the argument decides), or null when the parameter has no written type
 * @param returnType the type of the body's last statement, as inferred with the written parameter types
 */
record UserFunction(FunctionDecl decl, List<PineType> paramTypes, PineType returnType, Symbol symbol) {

    String name() {
        return decl.name().name();
    }

    boolean isMethod() {
        return decl.method();
    }

    boolean hasUntypedParams() {
        return paramTypes.stream().anyMatch(t -> t == null);
    }
}
