package org.exhaustionlab.pine.check;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.ast.DeclMode;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.ast.Parameter;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.Qualifier;

/** User function and method declarations: their frames and parameters, and per-call re-typing of their bodies. */
final class FunctionChecker {

    private final Analysis a;

    FunctionChecker(Analysis a) {
        this.a = a;
    }

    void function(FunctionDecl f) {
        if (a.scope.local || a.currentFunction != null) {
            a.report.error(f.name().range(), "function.nested", "functions can only be declared at the top level "
                    + "of the script, not inside a block");
        }
        FunctionDecl outerFunction = a.currentFunction;
        Scope outerScope = a.scope;
        int outerSlots = a.frameSlots;
        Qualifier outerContext = a.context;
        a.context = Qualifier.CONST;
        a.currentFunction = f;
        a.scope = new Scope(a.global, f.id(), true);
        a.frameSlots = 0;
        List<PineType> paramTypes = new ArrayList<>();
        PineType result;
        try {
            for (int i = 0; i < f.parameters().size(); i++) {
                Parameter p = f.parameters().get(i);
                PineType type = parameterType(p);
                if (f.method() && i == 0 && p.type() == null) {
                    a.report.error(p.name().range(), "method.untyped-receiver", "the first parameter of method '"
                            + f.name().name() + "' needs a type: the type the method is called on");
                }
                if (p.defaultValue() != null) {
                    PineType d = a.expressions.type(p.defaultValue(), true);
                    if (type != null) {
                        a.statements.checkAssignable(type.withQualifier(Qualifier.SERIES), d, p.defaultValue(),
                                "type.mismatch", "default of parameter '" + p.name().name() + "'");
                    }
                }
                paramTypes.add(type);
                Symbol s = a.declareVariable(SymbolKind.PARAMETER, p.name().name(), p, type, DeclMode.NONE);
                a.bind(p.name(), s);
            }
            result = a.statements.blockInScope(f.body());
        } finally {
            if (a.silent == 0) {
                a.frameSizes.put(f.id(), a.frameSlots);
            }
            a.currentFunction = outerFunction;
            a.scope = outerScope;
            a.frameSlots = outerSlots;
            a.context = outerContext;
        }
        Symbol symbol = new Symbol(f.method() ? SymbolKind.USER_METHOD : SymbolKind.USER_FUNCTION, f.name().name(),
                f, null, DeclMode.NONE, -1, -1, null);
        a.bind(f.name(), symbol);
        if (a.silent == 0) {
            a.addFunction(new UserFunction(f, paramTypes, result, symbol));
        }
    }

    /**
     * The result type of {@code f}'s body when its parameters have the given types: Pine types a function with
     * untyped parameters per call. Runs silently (no diagnostics, nothing written to the model); memoised.
     */
    PineType instantiate(UserFunction f, List<PineType> argTypes) {
        if (a.silent >= 3) {
            return Types.UNKNOWN; // nested instantiations: give up rather than spend time
        }
        String key = f.decl().id() + ":" + argTypes;
        PineType cached = a.instantiations.get(key);
        if (cached != null) {
            return cached;
        }
        a.instantiations.put(key, Types.UNKNOWN); // guards against recursion through the memo
        FunctionDecl outerFunction = a.currentFunction;
        Scope outerScope = a.scope;
        int outerSlots = a.frameSlots;
        int outerLoops = a.loopDepth;
        Qualifier outerContext = a.context;
        a.context = Qualifier.CONST;
        a.silent++;
        a.report.muted++;
        PineType result = Types.UNKNOWN;
        try {
            a.currentFunction = f.decl();
            a.scope = new Scope(a.global, f.decl().id(), true);
            a.loopDepth = 0;
            for (int i = 0; i < f.decl().parameters().size(); i++) {
                Parameter p = f.decl().parameters().get(i);
                a.declareVariable(SymbolKind.PARAMETER, p.name().name(), p, argTypes.get(i), DeclMode.NONE);
            }
            result = a.statements.blockInScope(f.decl().body());
        } finally {
            a.silent--;
            a.report.muted--;
            a.currentFunction = outerFunction;
            a.scope = outerScope;
            a.frameSlots = outerSlots;
            a.loopDepth = outerLoops;
            a.context = outerContext;
        }
        a.instantiations.put(key, result);
        return result;
    }

    /** A parameter's written type; without a written qualifier the argument decides, so const is assumed. */
    PineType parameterType(Parameter p) {
        if (p.type() == null) {
            return null;
        }
        PineType t = a.typeResolver.resolve(p.type());
        if (Types.isUnknown(t)) {
            return t;
        }
        if (p.qualifier() != null) {
            return t.withQualifier(TypeResolver.qualifier(p.qualifier()));
        }
        return Types.collection(t) != null || a.userTypes.containsKey(Types.nameOf(t)) ? t
                : t.withQualifier(Qualifier.CONST);
    }
}
