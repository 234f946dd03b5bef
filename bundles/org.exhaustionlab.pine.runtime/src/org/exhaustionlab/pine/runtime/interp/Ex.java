package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.pine.SourceRange;

/**
 * One executable node of a compiled script. Exactly one of the typed evaluation methods is meaningful, chosen by
 * {@link #kind}; callers pick it at compile time, so the numeric hot path is free of boxing and type tests.
 */
public abstract class Ex {
    final Kind kind;
    final SourceRange pos;
    /** Element kinds when {@link #kind} is TUPLE (set by the compiler). */
    Kind[] tupleKinds;
    /** The elements' user-defined types when {@link #kind} is TUPLE and some element is an object (else null). */
    Udt.Info[] tupleUdts;
    /** True when the value cannot change during a run (literals, inputs): usable in request.security contexts. */
    boolean simple;
    /** True for compile-time constants ('const' qualifier): literals and operations on them. */
    boolean constant;
    /** The user-defined type of an OBJECT value, when known (field access and methods resolve through it). */
    Udt.Info udt;

    Ex(Kind kind, SourceRange pos) {
        this.kind = kind;
        this.pos = pos;
    }

    double d(Frame f) {
        throw new IllegalStateException("no float value for " + kind + " at " + pos);
    }

    long l(Frame f) {
        throw new IllegalStateException("no int value for " + kind + " at " + pos);
    }

    boolean b(Frame f) {
        throw new IllegalStateException("no bool value for " + kind + " at " + pos);
    }

    Object o(Frame f) {
        throw new IllegalStateException("no object value for " + kind + " at " + pos);
    }

    /** Evaluates for side effects only. */
    void run(Frame f) {
        switch (kind) {
            case FLOAT -> d(f);
            case INT, COLOR -> l(f);
            case BOOL -> b(f);
            case VOID -> o(f);
            case NA -> { }
            default -> o(f);
        }
    }

    /** The value boxed (tuples, generic containers, logs); na becomes null. */
    Object boxed(Frame f) {
        switch (kind) {
            case FLOAT: {
                double v = d(f);
                return Double.isNaN(v) ? null : (Object) v;
            }
            case INT, COLOR: {
                long v = l(f);
                return v == Long.MIN_VALUE ? null : (Object) v;
            }
            case BOOL:
                return b(f);
            case NA:
                return null;
            default:
                return o(f);
        }
    }

    /** True when this node is a compile-time constant (literals and folded arithmetic). */
    boolean isConst() {
        return false;
    }
}
