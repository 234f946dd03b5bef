package org.exhaustionlab.pine.runtime.interp;

import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.runtime.lib.Fixnan;

/** na/nz/fixnan, conversions, math.*, str basics, color.*, plots, inputs, alerts and logs. */
final class CoreFunctions {
    private CoreFunctions() {
    }

    static void register(Map<String, Function<Bound, Ex>> r) {
        r.put("na", CoreFunctions::na);
        r.put("nz", CoreFunctions::nz);
        r.put("fixnan", CoreFunctions::fixnan);
        r.put("int", b -> b.comp.coerce(numeric(b.a[0], b), Kind.INT, b.pos));
        r.put("float", b -> b.comp.coerce(numeric(b.a[0], b), Kind.FLOAT, b.pos));
        r.put("bool", b -> b.comp.coerce(b.a[0], Kind.BOOL, b.pos));
        r.put("color", b -> cast(b, Kind.COLOR));
        r.put("string", b -> cast(b, Kind.STRING));
        for (String type : new String[] {"line", "label", "box", "table", "linefill"}) {
            r.put(type, b -> drawingCast(b, type));
        }
        MathFunctions.register(r);
        PlotFunctions.register(r);
        InputFunctions.register(r);
        LibFunctions.register(r);
    }

    /** {@code color(x)} / {@code string(x)}: types an na (the usual use); a typed value passes unchanged. */
    private static Ex cast(Bound b, Kind kind) {
        Ex x = b.a[0];
        return x.kind == Kind.NA ? Lit.na(kind, b.pos) : b.comp.coerce(x, kind, b.pos);
    }

    /** {@code line(x)}, {@code label(x)}, ...: a reference of that drawing type (na when x is na). */
    private static Ex drawingCast(Bound b, String type) {
        Ex x = b.a[0];
        if (x.kind != Kind.NA) {
            if (x.udt != null && !x.udt.name.equals(type)) {
                throw new Compiler.Unsupported("cannot cast a " + x.udt.name + " to " + type, b.pos);
            }
            return x;
        }
        Ex na = Lit.na(Kind.OBJECT, b.pos);
        na.udt = Drawings.typeOf(type);
        return na;
    }

    private static Ex numeric(Ex e, Bound b) {
        return e.kind == Kind.NA ? Lit.na(Kind.FLOAT, b.pos) : e;
    }

    private static Ex na(Bound b) {
        Ex x = b.a[0];
        switch (x.kind) {
            case NA:
                return new Lit.B(true, b.pos);
            case FLOAT:
                return new Ex(Kind.BOOL, b.pos) {
                    @Override
                    boolean b(Frame f) {
                        return Double.isNaN(x.d(f));
                    }
                };
            case INT, COLOR:
                return new Ex(Kind.BOOL, b.pos) {
                    @Override
                    boolean b(Frame f) {
                        return x.l(f) == Long.MIN_VALUE;
                    }
                };
            case BOOL:
                return new Lit.B(false, b.pos);
            default:
                return new Ex(Kind.BOOL, b.pos) {
                    @Override
                    boolean b(Frame f) {
                        return x.o(f) == null;
                    }
                };
        }
    }

    private static Ex nz(Bound b) {
        Ex x = b.a[0];
        Ex rep = b.a.length > 1 ? b.a[1] : null;
        Kind k = x.kind == Kind.NA ? (rep == null || rep.kind == Kind.NA ? Kind.FLOAT : rep.kind) : x.kind;
        if (k == Kind.INT && rep != null && rep.kind == Kind.FLOAT) {
            k = Kind.FLOAT;
        }
        Ex v = b.comp.coerce(x, k, b.pos);
        Ex r = rep == null ? Lit.na(k, b.pos) : b.comp.coerce(rep, k, b.pos);
        switch (k) {
            case FLOAT:
                return new Ex(Kind.FLOAT, b.pos) {
                    @Override
                    double d(Frame f) {
                        double y = v.d(f);
                        return Double.isNaN(y) ? r.d(f) : y;
                    }
                };
            case INT:
                return new Ex(Kind.INT, b.pos) {
                    @Override
                    long l(Frame f) {
                        long y = v.l(f);
                        return y == Long.MIN_VALUE ? (rep == null ? 0 : r.l(f)) : y;
                    }
                };
            case COLOR:
                return new Ex(Kind.COLOR, b.pos) {
                    @Override
                    long l(Frame f) {
                        long y = v.l(f);
                        return y == Long.MIN_VALUE ? r.l(f) : y;
                    }
                };
            case BOOL:
                return v;
            default:
                return new Ex(k, b.pos) {
                    @Override
                    Object o(Frame f) {
                        Object y = v.o(f);
                        return y == null ? r.o(f) : y;
                    }
                };
        }
    }

    private static Ex fixnan(Bound b) {
        Ex x = b.a[0];
        int s = b.state(c -> new Fixnan());
        if (x.kind == Kind.FLOAT) {
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame f) {
                    return ((Fixnan) f.st[s]).next(x.d(f));
                }
            };
        }
        if (x.kind.inLong()) {
            return new Ex(x.kind, b.pos) {
                @Override
                long l(Frame f) {
                    return ((Fixnan) f.st[s]).next(x.l(f));
                }
            };
        }
        return x;
    }
}
