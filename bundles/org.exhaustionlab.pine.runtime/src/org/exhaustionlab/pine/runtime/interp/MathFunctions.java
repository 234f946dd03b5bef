package org.exhaustionlab.pine.runtime.interp;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.exhaustionlab.pine.runtime.lib.PineColor;
import org.exhaustionlab.pine.runtime.lib.PineMath;
import org.exhaustionlab.pine.runtime.lib.PineRandom;
import org.exhaustionlab.pine.runtime.lib.PineStr;
import org.exhaustionlab.pine.runtime.lib.StrFormat;

/** math.*, str.tostring / str.format basics and color.* functions. */
final class MathFunctions {
    private MathFunctions() {
    }

    static void register(Map<String, Function<Bound, Ex>> r) {
        unary(r, "math.abs", Math::abs);
        unary(r, "math.sqrt", Math::sqrt);
        unary(r, "math.log", Math::log);
        unary(r, "math.log10", Math::log10);
        unary(r, "math.exp", Math::exp);
        r.put("math.floor", b -> toInt(b, true));
        r.put("math.random", MathFunctions::random);
        r.put("math.ceil", b -> toInt(b, false));
        unary(r, "math.sign", Math::signum);
        unary(r, "math.sin", Math::sin);
        unary(r, "math.cos", Math::cos);
        unary(r, "math.tan", Math::tan);
        unary(r, "math.asin", Math::asin);
        unary(r, "math.acos", Math::acos);
        unary(r, "math.atan", Math::atan);
        unary(r, "math.todegrees", Math::toDegrees);
        unary(r, "math.toradians", Math::toRadians);
        r.put("math.round", MathFunctions::round);
        r.put("math.pow", b -> {
            Ex x = f(b, 0);
            Ex y = f(b, 1);
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame fr) {
                    double v = Math.pow(x.d(fr), y.d(fr));
                    return Double.isInfinite(v) ? Double.NaN : v;
                }
            };
        });
        r.put("math.max", b -> extreme(b, true));
        r.put("math.min", b -> extreme(b, false));
        r.put("math.avg", MathFunctions::avg);
        r.put("math.round_to_mintick", b -> {
            Ex x = f(b, 0);
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame fr) {
                    double t = fr.ctx.mintick;
                    return Math.round(x.d(fr) / t) * t;
                }
            };
        });
        r.put("str.tostring", b -> {
            Ex x = b.a[0];
            return new Ex(Kind.STRING, b.pos) {
                @Override
                Object o(Frame fr) {
                    return text(x, fr);
                }
            };
        });
        r.put("str.length", b -> {
            Ex x = b.a[0];
            return new Ex(Kind.INT, b.pos) {
                @Override
                long l(Frame fr) {
                    Object s = x.o(fr);
                    return s == null ? Long.MIN_VALUE : ((String) s).length();
                }
            };
        });
        r.put("str.format", b -> {
            Ex fmt = b.a[0];
            Ex[] args = formatArgs(b);
            return new Ex(Kind.STRING, b.pos) {
                @Override
                Object o(Frame fr) {
                    return format(fmt, args, fr);
                }
            };
        });
        r.put("color.new", b -> {
            Ex c = b.comp.coerce(b.a[0], Kind.COLOR, b.pos);
            Ex t = f(b, 1);
            return new Ex(Kind.COLOR, b.pos) {
                @Override
                long l(Frame fr) {
                    long col = c.l(fr);
                    return col == Long.MIN_VALUE ? col : PineColor.withTransparency(col, t.d(fr));
                }
            };
        });
        r.put("color.rgb", b -> {
            Ex red = f(b, 0);
            Ex green = f(b, 1);
            Ex blue = f(b, 2);
            Ex t = b.a.length > 3 ? f(b, 3) : new Lit.D(0, b.pos);
            return new Ex(Kind.COLOR, b.pos) {
                @Override
                long l(Frame fr) {
                    return PineColor.rgb(red.d(fr), green.d(fr), blue.d(fr), t.d(fr));
                }
            };
        });
    }

    /** The arguments after a format string: the declared ones and the variadic rest. */
    static Ex[] formatArgs(Bound b) {
        Ex[] args = new Ex[b.a.length - 1 + b.extra.length];
        System.arraycopy(b.a, 1, args, 0, b.a.length - 1);
        System.arraycopy(b.extra, 0, args, b.a.length - 1, b.extra.length);
        return args;
    }

    /** str.format semantics (the runtime library's MessageFormat rules) in syminfo.timezone. */
    static String format(Ex pattern, Ex[] args, Frame fr) {
        Object p = pattern.o(fr);
        if (p == null) {
            return null;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Ex a = args[i];
            values[i] = switch (a.kind) {
                case FLOAT -> a.d(fr);
                case INT, COLOR -> a.l(fr);
                case BOOL -> a.b(fr);
                case NA -> null;
                default -> a.o(fr);
            };
        }
        return StrFormat.formatIn(fr.ctx.timezone, (String) p, values);
    }

    /** str.tostring of any value, with the runtime library's formatting rules. */
    static String text(Ex x, Frame fr) {
        switch (x.kind) {
            case FLOAT:
                return PineStr.tostring(x.d(fr));
            case INT:
                return PineStr.tostring(x.l(fr));
            case BOOL:
                return PineStr.tostring(x.b(fr));
            case COLOR: {
                long c = x.l(fr);
                return c == Long.MIN_VALUE ? "NaN" : PineColor.toHex(c);
            }
            case NA:
                return "NaN";
            default: {
                Object v = x.o(fr);
                if (v instanceof org.exhaustionlab.pine.runtime.lib.PineArray a) {
                    return PineStr.tostring(a);
                }
                return v == null ? "NaN" : v.toString();
            }
        }
    }

    private static Ex f(Bound b, int i) {
        return b.comp.coerce(b.a[i], Kind.FLOAT, b.pos);
    }

    private static void unary(Map<String, Function<Bound, Ex>> r, String name, DoubleUnaryOperator op) {
        r.put(name, b -> {
            Ex x = b.a[0];
            if (name.equals("math.abs") && x.kind == Kind.INT) {
                return new Ex(Kind.INT, b.pos) {
                    @Override
                    long l(Frame fr) {
                        long v = x.l(fr);
                        return v == Long.MIN_VALUE ? v : Math.abs(v);
                    }
                };
            }
            Ex fx = f(b, 0);
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame fr) {
                    double v = op.applyAsDouble(fx.d(fr));
                    return Double.isInfinite(v) ? Double.NaN : v;
                }
            };
        });
    }

    /** math.floor / math.ceil return int in Pine. */
    private static Ex toInt(Bound b, boolean floor) {
        Ex x = f(b, 0);
        return new Ex(Kind.INT, b.pos) {
            @Override
            long l(Frame fr) {
                double v = x.d(fr);
                return floor ? PineMath.floor(v) : PineMath.ceil(v);
            }
        };
    }

    private static Ex round(Bound b) {
        Ex x = f(b, 0);
        Ex prec = b.a.length > 1 ? b.a[1] : null;
        if (prec == null || prec.kind == Kind.NA) {
            return new Ex(Kind.INT, b.pos) {
                @Override
                long l(Frame fr) {
                    return PineMath.round(x.d(fr));
                }
            };
        }
        Ex p = b.comp.coerce(prec, Kind.INT, b.pos);
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return PineMath.round(x.d(fr), p.l(fr));
            }
        };
    }

    private static Ex[] all(Bound b) {
        Ex[] out = new Ex[b.a.length + b.extra.length];
        System.arraycopy(b.a, 0, out, 0, b.a.length);
        System.arraycopy(b.extra, 0, out, b.a.length, b.extra.length);
        return out;
    }

    private static Ex extreme(Bound b, boolean max) {
        Ex[] xs = all(b);
        boolean ints = true;
        for (Ex x : xs) {
            ints &= x.kind == Kind.INT;
        }
        if (ints) {
            return new Ex(Kind.INT, b.pos) {
                @Override
                long l(Frame fr) {
                    long best = 0;
                    for (int i = 0; i < xs.length; i++) {
                        long v = xs[i].l(fr);
                        if (v == Long.MIN_VALUE) {
                            return v;
                        }
                        best = i == 0 ? v : max ? Math.max(best, v) : Math.min(best, v);
                    }
                    return best;
                }
            };
        }
        for (int i = 0; i < xs.length; i++) {
            xs[i] = b.comp.coerce(xs[i], Kind.FLOAT, b.pos);
        }
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                double best = xs[0].d(fr);
                for (int i = 1; i < xs.length; i++) {
                    double v = xs[i].d(fr);
                    best = max ? Math.max(best, v) : Math.min(best, v);
                }
                return best;
            }
        };
    }

    private static Ex avg(Bound b) {
        Ex[] xs = all(b);
        for (int i = 0; i < xs.length; i++) {
            xs[i] = b.comp.coerce(xs[i], Kind.FLOAT, b.pos);
        }
        if (xs.length == 2) {
            Ex x = xs[0];
            Ex y = xs[1];
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame fr) {
                    return (x.d(fr) + y.d(fr)) / 2;
                }
            };
        }
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                double s = 0;
                for (Ex x : xs) {
                    s += x.d(fr);
                }
                return s / xs.length;
            }
        };
    }

    /** math.random: one generator per call site (see {@link PineRandom}); unseeded calls share the run's generator. */
    private static Ex random(Bound b) {
        Ex min = b.arg("min", Kind.FLOAT);
        Ex max = b.arg("max", Kind.FLOAT);
        Ex seed = b.arg("seed", Kind.INT);
        int s = b.state(c -> new PineRandom(c.random()));
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame f) {
                return ((PineRandom) f.st[s]).next(min.d(f), max.d(f), seed.l(f));
            }
        };
    }
}
