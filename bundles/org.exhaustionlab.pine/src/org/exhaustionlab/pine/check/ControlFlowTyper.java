package org.exhaustionlab.pine.check;

import java.util.List;
import org.exhaustionlab.pine.ast.DeclMode;
import org.exhaustionlab.pine.ast.Expr;
import org.exhaustionlab.pine.ast.ForExpr;
import org.exhaustionlab.pine.ast.ForInExpr;
import org.exhaustionlab.pine.ast.IfExpr;
import org.exhaustionlab.pine.ast.SwitchCase;
import org.exhaustionlab.pine.ast.SwitchExpr;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.Qualifier;

/**
 * if/switch/for as expressions: conditions, the common type of their branches, loop variables, and the condition
 * context that decides the qualifier of variables reassigned inside them.
 */
final class ControlFlowTyper {

    private final Analysis a;

    ControlFlowTyper(Analysis a) {
        this.a = a;
    }

    PineType ifExpr(IfExpr i, boolean asValue, boolean quiet) {
        PineType c = a.expressions.type(i.condition(), true);
        a.expressions.condition(i.condition(), c);
        Qualifier outer = a.context;
        a.context = outer.max(Types.qualifierOf(c));
        PineType then;
        PineType other = PineType.NA;
        try {
            then = a.statements.block(i.thenBlock());
            if (i.elseIf() != null) {
                a.lenient = quiet ? 1 : 0;
                other = a.expressions.type(i.elseIf(), asValue);
                a.lenient = 0;
            } else if (i.elseBlock() != null) {
                other = a.statements.block(i.elseBlock());
            }
        } finally {
            a.context = outer;
        }
        if (!asValue) {
            return PineType.VOID;
        }
        PineType common = Types.common(then, other);
        if (common == null) {
            if (!quiet) {
                a.report.error(i.range(), "type.mismatch", "the branches of this if return different types: "
                        + Types.show(then) + " and " + Types.show(other));
            }
            return Types.UNKNOWN;
        }
        return Types.withMaxQualifier(common, Types.qualifierOf(c));
    }

    PineType switchExpr(SwitchExpr s, boolean asValue, boolean quiet) {
        PineType subject = s.subject() == null ? null : a.expressions.type(s.subject(), true);
        Qualifier q = subject == null ? Qualifier.CONST : Types.qualifierOf(subject);
        Qualifier outer = a.context;
        try {
            return switchCases(s, subject, asValue, quiet, q);
        } finally {
            a.context = outer;
        }
    }

    private PineType switchCases(SwitchExpr s, PineType subject, boolean asValue, boolean quiet, Qualifier q) {
        PineType result = null;
        boolean hasDefault = false;
        boolean failed = false;
        a.context = a.context.max(q);
        for (SwitchCase c : s.cases()) {
            if (c.condition() == null) {
                hasDefault = true;
            } else {
                PineType ct = a.expressions.type(c.condition(), true);
                q = q.max(Types.qualifierOf(ct));
                a.context = a.context.max(q);
                if (subject == null) {
                    a.expressions.condition(c.condition(), ct);
                } else if (!Types.isUnknown(subject) && !Types.isUnknown(ct) && !Types.isNa(ct)
                        && Types.common(subject, ct) == null) {
                    a.report.error(c.condition().range(), "type.mismatch", "this case is " + Types.show(ct)
                            + " but the switch value is " + Types.show(subject));
                }
            }
            PineType body = a.statements.block(c.body());
            if (asValue && !failed) {
                PineType common = result == null ? body : Types.common(result, body);
                if (common == null) {
                    if (!quiet) {
                        a.report.error(c.body().range(), "type.mismatch", "the cases of this switch return "
                                + "different types: " + Types.show(result) + " and " + Types.show(body));
                    }
                    failed = true;
                } else {
                    result = common;
                }
            }
        }
        if (!asValue) {
            return PineType.VOID;
        }
        if (failed || result == null) {
            return Types.UNKNOWN;
        }
        if (!hasDefault) {
            result = Types.common(result, PineType.NA);
        }
        return Types.withMaxQualifier(result, q);
    }

    PineType forExpr(ForExpr f) {
        PineType from = a.expressions.type(f.from(), true);
        PineType to = a.expressions.type(f.to(), true);
        PineType step = f.step() == null ? Types.CONST_INT : a.expressions.type(f.step(), true);
        boolean isFloat = false;
        for (Expr bound : new Expr[] {f.from(), f.to(), f.step()}) {
            if (bound == null) {
                continue;
            }
            PineType t = a.types[bound.id()];
            if (t != null && !Types.isNumeric(t) && !Types.isNa(t)) {
                a.report.error(bound.range(), "type.mismatch", "for-loop bounds must be numbers, not "
                        + Types.show(t));
            }
            // the counter runs from + k * step: the end bound does not make it float
            isFloat |= bound != f.to() && Types.is(t, "float");
        }
        Qualifier q = Types.qualifierOf(from).max(Types.qualifierOf(to)).max(Types.qualifierOf(step));
        PineType counter = Types.of(q, isFloat ? "float" : "int");
        if (f.counterType() != null) {
            counter = a.typeResolver.resolve(f.counterType());
        }
        Qualifier outer = a.context;
        a.context = outer.max(q);
        a.pushScope();
        a.loopDepth++;
        try {
            a.bind(f.counter(), a.declareVariable(SymbolKind.LOCAL_VAR, f.counter().name(), f, counter,
                    DeclMode.NONE));
            return a.statements.blockInScope(f.body());
        } finally {
            a.loopDepth--;
            a.popScope();
            a.context = outer;
        }
    }

    PineType forIn(ForInExpr f) {
        PineType it = a.expressions.type(f.iterable(), true);
        PineType index = Types.of(Qualifier.SERIES, "int");
        PineType element = Types.UNKNOWN;
        String coll = Types.collection(it);
        if ("array".equals(coll)) {
            element = new PineType(Qualifier.SERIES, Types.typeArg(it, 0));
        } else if ("matrix".equals(coll)) {
            element = Types.generic("array", List.of(Types.typeArg(it, 0)));
        } else if ("map".equals(coll)) {
            index = new PineType(Qualifier.SERIES, Types.typeArg(it, 0));
            element = new PineType(Qualifier.SERIES, Types.typeArg(it, 1));
            if (f.index() == null) {
                a.report.error(f.iterable().range(), "type.mismatch", "iterate a map with 'for [key, value] in m'");
            }
        } else if (!Types.isUnknown(it) && !Types.isNa(it)) {
            a.report.error(f.iterable().range(), "type.mismatch", "'for ... in' needs an array, matrix or map, not "
                    + Types.show(it));
        }
        Qualifier outer = a.context;
        a.context = outer.max(Types.qualifierOf(it)).max(Types.isUnknown(it) ? Qualifier.SERIES : Qualifier.CONST);
        a.pushScope();
        a.loopDepth++;
        try {
            if (f.index() != null) {
                a.bind(f.index(), a.declareVariable(SymbolKind.LOCAL_VAR, f.index().name(), f, index,
                        DeclMode.NONE));
            }
            a.bind(f.element(), a.declareVariable(SymbolKind.LOCAL_VAR, f.element().name(), f, element,
                    DeclMode.NONE));
            return a.statements.blockInScope(f.body());
        } finally {
            a.loopDepth--;
            a.popScope();
            a.context = outer;
        }
    }
}
