package org.exhaustionlab.pine.check;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.pine.ast.*;
import org.exhaustionlab.pine.catalog.BaseType;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.Qualifier;

/** Infers the type and qualifier of every expression and reports operator and condition errors. */
final class ExpressionTyper {

    private final Analysis a;
    final Names names;

    ExpressionTyper(Analysis a) {
        this.a = a;
        this.names = new Names(a);
    }

    /**
     * The type of {@code e} (recorded in the model). {@code asValue} is false for if/switch/loops used as
     * statements, whose branches then need no common type.
     */
    PineType type(Expr e, boolean asValue) {
        if (e == null) {
            return Types.UNKNOWN; // a part the parser could not read (already reported)
        }
        return a.record(e, infer(e, asValue));
    }

    private PineType infer(Expr e, boolean asValue) {
        boolean lenient = a.lenient > 0;
        int saved = a.lenient;
        a.lenient = 0;
        try {
            return inferStrict(e, asValue, lenient);
        } finally {
            a.lenient = saved;
        }
    }

    private PineType inferStrict(Expr e, boolean asValue, boolean quiet) {
        if (e instanceof IntLiteral) {
            return Types.CONST_INT;
        } else if (e instanceof FloatLiteral) {
            return Types.CONST_FLOAT;
        } else if (e instanceof StringLiteral) {
            return Types.CONST_STRING;
        } else if (e instanceof BoolLiteral) {
            return Types.CONST_BOOL;
        } else if (e instanceof ColorLiteral) {
            return Types.CONST_COLOR;
        } else if (e instanceof NaLiteral) {
            return PineType.NA;
        } else if (e instanceof Identifier id) {
            return names.identifier(id);
        } else if (e instanceof MemberAccess m) {
            return names.member(m);
        } else if (e instanceof Call c) {
            return a.calls.call(c);
        } else if (e instanceof HistoryRef h) {
            return history(h);
        } else if (e instanceof Unary u) {
            return unary(u);
        } else if (e instanceof Binary b) {
            PineType l = type(b.left(), true);
            PineType r = type(b.right(), true);
            return binaryResult(b.op(), l, r, b.left(), b.right(), b);
        } else if (e instanceof Ternary t) {
            return ternary(t);
        } else if (e instanceof TupleExpr t) {
            List<PineType> elements = new ArrayList<>();
            for (Expr x : t.elements()) {
                PineType et = type(x, true);
                if (et.isTuple()) {
                    a.report.error(x.range(), "tuple.nested", "tuples cannot contain tuples");
                    et = Types.UNKNOWN;
                }
                elements.add(et);
            }
            return new PineType(Qualifier.SERIES, new BaseType.Tuple(elements));
        } else if (e instanceof IfExpr i) {
            return a.controlFlow.ifExpr(i, asValue, quiet);
        } else if (e instanceof SwitchExpr s) {
            return a.controlFlow.switchExpr(s, asValue, quiet);
        } else if (e instanceof ForExpr f) {
            return a.controlFlow.forExpr(f);
        } else if (e instanceof ForInExpr f) {
            return a.controlFlow.forIn(f);
        } else if (e instanceof WhileExpr w) {
            PineType c = type(w.condition(), true);
            condition(w.condition(), c);
            Qualifier outer = a.context;
            a.context = outer.max(Types.qualifierOf(c));
            a.loopDepth++;
            try {
                return a.statements.block(w.body());
            } finally {
                a.loopDepth--;
                a.context = outer;
            }
        }
        return Types.UNKNOWN;
    }

    private PineType history(HistoryRef h) {
        PineType t = type(h.target(), true);
        PineType offset = type(h.offset(), true);
        if (!Types.isUnknown(offset) && !Types.is(offset, "int") && !Types.isNa(offset)) {
            a.report.error(h.offset().range(), "type.mismatch", "the history offset must be an int, not "
                    + Types.show(offset));
        }
        if (t.isTuple() || t.isVoid()) {
            a.report.error(h.target().range(), "type.mismatch", "'[]' needs a value with history, not "
                    + (t.isVoid() ? "a call that returns nothing" : "a tuple"));
            return Types.UNKNOWN;
        }
        return Types.withMaxQualifier(t, Qualifier.SERIES);
    }

    private PineType unary(Unary u) {
        PineType t = type(u.operand(), true);
        if (Types.isUnknown(t) || Types.isNa(t)) {
            return t;
        }
        if (u.op() == UnaryOp.NOT) {
            condition(u.operand(), t);
            return Types.of(t.qualifier(), "bool");
        }
        if (!Types.isNumeric(t)) {
            a.report.error(u.operand().range(), "type.mismatch", "'" + u.op().symbol() + "' needs a number, not "
                    + Types.show(t));
            return Types.UNKNOWN;
        }
        return t;
    }

    /** Checks that a condition is a bool (v5 also takes numbers, v6 does not). */
    void condition(Expr e, PineType t) {
        if (Types.isUnknown(t) || Types.is(t, "bool") || Types.isNa(t)) {
            return;
        }
        if (Types.isNumeric(t)) {
            if (a.v6()) {
                a.report.error(e.range(), "type.mismatch", "Pine v6 does not treat " + Types.show(t)
                        + " as a condition: compare it, e.g. 'x != 0', or use bool(x)");
            }
            return;
        }
        a.report.error(e.range(), "type.mismatch", "a condition must be a bool, not " + Types.show(t));
    }

    /** Result of {@code left op right}; reports operand errors at the offending operand. */
    PineType binaryResult(BinaryOp op, PineType l, PineType r, Expr left, Expr right, Node whole) {
        if (op == BinaryOp.EQ || op == BinaryOp.NE) {
            if (left instanceof NaLiteral || right instanceof NaLiteral) {
                a.report.error(whole.range(), "na.comparison", "'" + op.symbol() + " na' is never true: use "
                        + (op == BinaryOp.EQ ? "na(x)" : "not na(x)") + " to test for na");
                return Types.CONST_BOOL;
            }
        }
        Qualifier q = Types.qualifierOf(l).max(Types.qualifierOf(r));
        if (op == BinaryOp.AND || op == BinaryOp.OR) {
            if (left != null) {
                condition(left, l);
            }
            condition(right, r);
            return Types.of(q, "bool");
        }
        if (Types.isUnknown(l) || Types.isUnknown(r)) {
            return op.precedence() <= 4 ? Types.of(q, "bool") : Types.UNKNOWN;
        }
        switch (op) {
            case EQ, NE -> {
                if (Types.common(l, r) == null && !(Types.isNumeric(l) && Types.isNumeric(r))) {
                    mismatch(right, "cannot compare " + Types.show(l) + " with " + Types.show(r));
                }
                return Types.of(q, "bool");
            }
            case LT, GT, LE, GE -> {
                if (!orderable(l) || !orderable(r)) {
                    mismatch(orderable(l) ? right : left != null ? left : right, "'" + op.symbol()
                            + "' compares numbers, not " + Types.show(orderable(l) ? r : l));
                }
                return Types.of(q, "bool");
            }
            case ADD -> {
                if ((Types.is(l, "string") || Types.isNa(l)) && (Types.is(r, "string") || Types.isNa(r))
                        && !(Types.isNa(l) && Types.isNa(r))) {
                    return Types.of(q, "string");
                }
                if (Types.is(l, "string") || Types.is(r, "string")) {
                    Expr bad = Types.is(l, "string") ? right : left != null ? left : right;
                    mismatch(bad, "cannot add a string and " + Types.show(Types.is(l, "string") ? r : l)
                            + ": convert with str.tostring()");
                    return Types.UNKNOWN;
                }
                return arithmetic(op, l, r, left, right, q);
            }
            default -> {
                return arithmetic(op, l, r, left, right, q);
            }
        }
    }

    /** True for int expressions known at compile time that do not involve function parameters. */
    private boolean constOperand(Expr e) {
        if (e instanceof IntLiteral) {
            return true;
        }
        if (e instanceof Unary u) {
            return constOperand(u.operand());
        }
        if (e instanceof Binary b) {
            return constOperand(b.left()) && constOperand(b.right());
        }
        if (e instanceof Identifier id) {
            Symbol s = a.symbols[id.id()];
            return s != null && s.kind() != SymbolKind.PARAMETER && s.type() != null
                    && s.type().qualifier() == Qualifier.CONST;
        }
        return false;
    }

    private static boolean isDisplay(PineType t) {
        return Types.is(t, "plot_display") || Types.is(t, "plot_simple_display");
    }

    private static boolean orderable(PineType t) {
        return Types.isNumeric(t) || Types.isNa(t) || Types.is(t, "string") || Types.isUnknown(t);
    }

    private PineType arithmetic(BinaryOp op, PineType l, PineType r, Expr left, Expr right, Qualifier q) {
        if ((op == BinaryOp.ADD || op == BinaryOp.SUB) && isDisplay(l) && isDisplay(r)) {
            return Types.of(q, "plot_display");
        }
        boolean lok = Types.isNumeric(l) || Types.isNa(l);
        boolean rok = Types.isNumeric(r) || Types.isNa(r);
        if (!lok || !rok) {
            Expr bad = !lok && left != null ? left : right;
            mismatch(bad, "'" + op.symbol() + "' needs numbers, not " + Types.show(!lok ? l : r));
            return Types.UNKNOWN;
        }
        if (Types.isNa(l) && Types.isNa(r)) {
            return PineType.NA;
        }
        if (Types.isNa(l) || Types.isNa(r)) {
            return Types.withMaxQualifier(Types.isNa(l) ? r : l, q);
        }
        boolean bothInt = Types.is(l, "int") && Types.is(r, "int");
        if (op == BinaryOp.DIV && bothInt) {
            // v6 divides const ints fractionally; other int divisions keep int (TradingView accepts them as int).
            // Parameters count as non-const here: their qualifier is decided per call.
            boolean fractional = a.v6() && q == Qualifier.CONST && a.currentFunction == null && constOperand(left)
                    && constOperand(right);
            return Types.of(q, fractional ? "float" : "int");
        }
        return Types.of(q, bothInt ? "int" : "float");
    }

    private void mismatch(Expr at, String message) {
        if (at != null) {
            a.report.error(at.range(), "type.mismatch", message);
        }
    }

    private PineType ternary(Ternary t) {
        PineType c = type(t.condition(), true);
        condition(t.condition(), c);
        PineType x = type(t.whenTrue(), true);
        PineType y = type(t.whenFalse(), true);
        PineType common = Types.common(x, y);
        if (common == null) {
            a.report.error(t.whenFalse().range(), "type.mismatch", "the two results of '?:' have different types: "
                    + Types.show(x) + " and " + Types.show(y));
            return Types.UNKNOWN;
        }
        return Types.withMaxQualifier(common, Types.qualifierOf(c));
    }
}
