package org.exhaustionlab.pine.runtime.interp;

/** Conversions between representations, inserted by the compiler where a kind must change. */
final class Conv {
    private Conv() {
    }

    /** Converts {@code e} to {@code target}, or returns null when Pine allows no such conversion. */
    static Ex to(Ex e, Kind target) {
        Ex out = convert(e, target);
        if (out != null && out != e) {
            out.simple = e.simple;
            out.constant = e.constant;
        }
        return out;
    }

    private static Ex convert(Ex e, Kind target) {
        if (e.kind == target || target == Kind.VOID) {
            return e;
        }
        if (e.kind == Kind.NA) {
            return Lit.na(target, e.pos);
        }
        switch (target) {
            case FLOAT:
                if (e.kind == Kind.INT) {
                    if (e instanceof Lit.L c) {
                        return new Lit.D(c.v == Long.MIN_VALUE ? Double.NaN : c.v, e.pos);
                    }
                    return new IntToFloat(e);
                }
                if (e.kind == Kind.OBJECT) {
                    return new Unbox(e, Kind.FLOAT);
                }
                if (e.kind == Kind.BOOL) {
                    return new IntToFloat(new BoolToInt(e));
                }
                return null;
            case INT:
                if (e.kind == Kind.FLOAT) {
                    return new FloatToInt(e);
                }
                if (e.kind == Kind.OBJECT) {
                    return new Unbox(e, Kind.INT);
                }
                if (e.kind == Kind.BOOL) {
                    return new BoolToInt(e);
                }
                return null;
            case COLOR:
                return e.kind == Kind.OBJECT ? new Unbox(e, Kind.COLOR) : null;
            case BOOL:
                if (e.kind == Kind.OBJECT) {
                    return new Unbox(e, Kind.BOOL);
                }
                if (e.kind == Kind.FLOAT || e.kind == Kind.INT) {
                    return new NumToBool(to(e, Kind.FLOAT));
                }
                return null;
            case OBJECT, STRING, TUPLE:
                if (e.kind == Kind.STRING || e.kind == Kind.OBJECT || e.kind == Kind.TUPLE) {
                    return new Relabel(e, target);
                }
                return new Box(e, target);
            default:
                return null;
        }
    }

    static final class IntToFloat extends Ex {
        final Ex e;

        IntToFloat(Ex e) {
            super(Kind.FLOAT, e.pos);
            this.e = e;
        }

        @Override
        double d(Frame f) {
            long v = e.l(f);
            return v == Long.MIN_VALUE ? Double.NaN : v;
        }
    }

    static final class FloatToInt extends Ex {
        final Ex e;

        FloatToInt(Ex e) {
            super(Kind.INT, e.pos);
            this.e = e;
        }

        @Override
        long l(Frame f) {
            double v = e.d(f);
            return Double.isNaN(v) || Double.isInfinite(v) ? Long.MIN_VALUE : (long) v;
        }
    }

    static final class BoolToInt extends Ex {
        final Ex e;

        BoolToInt(Ex e) {
            super(Kind.INT, e.pos);
            this.e = e;
        }

        @Override
        long l(Frame f) {
            return e.b(f) ? 1 : 0;
        }
    }

    /** v5: a number used as a condition is true when it is neither 0 nor na. */
    static final class NumToBool extends Ex {
        final Ex e;

        NumToBool(Ex e) {
            super(Kind.BOOL, e.pos);
            this.e = e;
        }

        @Override
        boolean b(Frame f) {
            double v = e.d(f);
            return v != 0 && !Double.isNaN(v);
        }
    }

    static final class Box extends Ex {
        final Ex e;

        Box(Ex e, Kind target) {
            super(target, e.pos);
            this.e = e;
        }

        @Override
        Object o(Frame f) {
            return e.boxed(f);
        }
    }

    static final class Relabel extends Ex {
        final Ex e;

        Relabel(Ex e, Kind target) {
            super(target, e.pos);
            this.e = e;
        }

        @Override
        Object o(Frame f) {
            return e.o(f);
        }
    }

    /** A boxed value (tuple element, generic container element) read back as a primitive. */
    static final class Unbox extends Ex {
        final Ex e;

        Unbox(Ex e, Kind target) {
            super(target, e.pos);
            this.e = e;
        }

        @Override
        double d(Frame f) {
            Object v = e.o(f);
            return v == null ? Double.NaN : ((Number) v).doubleValue();
        }

        @Override
        long l(Frame f) {
            Object v = e.o(f);
            if (v instanceof Double dv) {
                return Double.isNaN(dv) ? Long.MIN_VALUE : dv.longValue();
            }
            return v == null ? Long.MIN_VALUE : ((Number) v).longValue();
        }

        @Override
        boolean b(Frame f) {
            Object v = e.o(f);
            return v instanceof Boolean bv && bv;
        }
    }
}
