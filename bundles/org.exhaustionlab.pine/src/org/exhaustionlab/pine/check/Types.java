package org.exhaustionlab.pine.check;

import java.util.List;
import org.exhaustionlab.pine.catalog.BaseType;
import org.exhaustionlab.pine.catalog.PineType;
import org.exhaustionlab.pine.catalog.Qualifier;

/** Small helpers over the catalog's type model, plus the checker's "unknown" type that silences follow-up errors. */
final class Types {

    /** The type of anything the checker could not work out; it fits everywhere and never causes an error. */
    static final PineType UNKNOWN = new PineType(Qualifier.SERIES, BaseType.Special.ANY);
    /** The same for argument matching: the weakest qualifier, so no qualifier error either. */
    static final PineType UNKNOWN_ARG = new PineType(Qualifier.CONST, BaseType.Special.ANY);
    static final PineType CONST_INT = of(Qualifier.CONST, "int");
    static final PineType CONST_FLOAT = of(Qualifier.CONST, "float");
    static final PineType CONST_BOOL = of(Qualifier.CONST, "bool");
    static final PineType CONST_STRING = of(Qualifier.CONST, "string");
    static final PineType CONST_COLOR = of(Qualifier.CONST, "color");

    private Types() {
    }

    static PineType of(Qualifier q, String name) {
        return new PineType(q, BaseType.Named.of(name));
    }

    static boolean isUnknown(PineType t) {
        return t == null || t.base() == BaseType.Special.ANY || t.base() instanceof BaseType.TypeVar
                || t.base() instanceof BaseType.Union;
    }

    static boolean isNa(PineType t) {
        return t != null && t.base() == BaseType.Special.NA;
    }

    static boolean isVoid(PineType t) {
        return t != null && t.isVoid();
    }

    /** True for the plain (non-generic) named type {@code name}. */
    static boolean is(PineType t, String name) {
        return t != null && t.base() instanceof BaseType.Named n && n.args().isEmpty() && n.name().equals(name);
    }

    static boolean isNumeric(PineType t) {
        return is(t, "int") || is(t, "float");
    }

    /** The generic collection name ({@code array}, {@code map}, {@code matrix}) or null. */
    static String collection(PineType t) {
        if (t != null && t.base() instanceof BaseType.Named n && !n.args().isEmpty()) {
            return n.name();
        }
        return null;
    }

    static BaseType typeArg(PineType t, int index) {
        if (t != null && t.base() instanceof BaseType.Named n && index < n.args().size()) {
            return n.args().get(index);
        }
        return BaseType.Special.ANY;
    }

    /** The named type's name (without arguments), or null. */
    static String nameOf(PineType t) {
        return t != null && t.base() instanceof BaseType.Named n ? n.name() : null;
    }

    static PineType generic(String name, List<BaseType> args) {
        return new PineType(Qualifier.SERIES, new BaseType.Named(name, args));
    }

    static Qualifier max(Qualifier a, Qualifier b) {
        return a.max(b);
    }

    static PineType withMaxQualifier(PineType t, Qualifier q) {
        if (t == null || isUnknown(t) || t.isTuple() || t.isVoid() || isNa(t)) {
            return t;
        }
        return t.withQualifier(t.qualifier().max(q));
    }

    /** The qualifier used for combining: unknown and na count as const (they must not strengthen a result). */
    static Qualifier qualifierOf(PineType t) {
        if (t == null || isUnknown(t) || isNa(t) || t.isTuple() || t.isVoid()) {
            return Qualifier.CONST;
        }
        return t.qualifier();
    }

    /**
     * The type both branches of a ternary/if/switch fit into: int and float give float, na gives the other side,
     * unknown gives unknown. Null when they do not fit together.
     */
    static PineType common(PineType a, PineType b) {
        if (a == null || b == null || isUnknown(a) || isUnknown(b)) {
            return UNKNOWN;
        }
        Qualifier q = qualifierOf(a).max(qualifierOf(b));
        if (isNa(a)) {
            return isNa(b) ? PineType.NA : b.isTuple() ? b : b.withQualifier(q);
        }
        if (isNa(b)) {
            return a.isTuple() ? a : a.withQualifier(q);
        }
        if (a.isVoid() || b.isVoid()) {
            return PineType.VOID;
        }
        if (a.isTuple() || b.isTuple()) {
            if (a.base() instanceof BaseType.Tuple ta && b.base() instanceof BaseType.Tuple tb
                    && ta.elements().size() == tb.elements().size()) {
                List<PineType> out = new java.util.ArrayList<>();
                for (int i = 0; i < ta.elements().size(); i++) {
                    PineType c = common(ta.elements().get(i), tb.elements().get(i));
                    if (c == null) {
                        return null;
                    }
                    out.add(c);
                }
                return new PineType(Qualifier.SERIES, new BaseType.Tuple(out));
            }
            return null;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return of(q, is(a, "float") || is(b, "float") ? "float" : "int");
        }
        if (a.base().equals(b.base()) || a.withQualifier(Qualifier.SERIES).isAssignableFrom(b)) {
            return a.withQualifier(q);
        }
        if (b.withQualifier(Qualifier.SERIES).isAssignableFrom(a)) {
            return b.withQualifier(q);
        }
        return null;
    }

    /** For messages: {@code series float}; unknown prints as {@code unknown}. */
    static String show(PineType t) {
        return isUnknown(t) ? "unknown" : t.toString();
    }
}
