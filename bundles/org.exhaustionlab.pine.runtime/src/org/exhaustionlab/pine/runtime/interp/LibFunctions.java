package org.exhaustionlab.pine.runtime.interp;

import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.runtime.lib.PineColor;
import org.exhaustionlab.pine.runtime.lib.PineStr;
import org.exhaustionlab.pine.runtime.lib.PineTime;
import org.exhaustionlab.pine.runtime.ta.RollingSum;

/** Calendar, timestamp, str.* and colour-component functions from the runtime library, and math.sum. */
final class LibFunctions {
    private LibFunctions() {
    }

    interface TimePart {
        long of(long time, String zone);
    }

    static final Map<String, TimePart> PARTS = Map.of("year", PineTime::year, "month", PineTime::month,
            "dayofmonth", PineTime::dayofmonth, "dayofweek", PineTime::dayofweek, "hour", PineTime::hour,
            "minute", PineTime::minute, "second", PineTime::second, "weekofyear", PineTime::weekofyear);

    /** The calendar variables (hour, dayofweek, ...) of the current bar's open time in syminfo.timezone. */
    static Ex variable(String name, SourceRange pos) {
        TimePart part = PARTS.get(name);
        if (part == null) {
            return null;
        }
        return new Ex(Kind.INT, pos) {
            @Override
            long l(Frame f) {
                RunContext c = f.ctx;
                return part.of(c.time[c.bar], c.timezone);
            }
        };
    }

    static void register(Map<String, Function<Bound, Ex>> r) {
        PARTS.forEach((name, part) -> r.put(name, b -> {
            Ex t = b.arg("time", Kind.INT);
            Ex zone = b.arg("timezone");
            return new Ex(Kind.INT, b.pos) {
                @Override
                long l(Frame f) {
                    long v = t.l(f);
                    Object z = zone == null ? null : zone.o(f);
                    return v == Long.MIN_VALUE ? v : part.of(v, z == null ? f.ctx.timezone : (String) z);
                }
            };
        }));
        r.put("timestamp", LibFunctions::timestamp);
        r.put("time", b -> timeFunction(b, false));
        r.put("time_close", b -> timeFunction(b, true));
        r.put("math.sum", b -> {
            Ex src = b.arg("source", Kind.FLOAT);
            Ex len = b.arg("length", Kind.INT);
            int s = b.state(c -> new RollingSum());
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame f) {
                    return ((RollingSum) f.st[s]).next(src.d(f), TaFunctions.len(len.l(f)));
                }
            };
        });
        colorPart(r, "color.r", 'r');
        colorPart(r, "color.g", 'g');
        colorPart(r, "color.b", 'b');
        colorPart(r, "color.t", 't');
        r.put("color.from_gradient", b -> {
            Ex v = b.arg("value", Kind.FLOAT);
            Ex lo = b.arg("bottom_value", Kind.FLOAT);
            Ex hi = b.arg("top_value", Kind.FLOAT);
            Ex c1 = b.arg("bottom_color", Kind.COLOR);
            Ex c2 = b.arg("top_color", Kind.COLOR);
            return new Ex(Kind.COLOR, b.pos) {
                @Override
                long l(Frame f) {
                    return PineColor.fromGradient(v.d(f), lo.d(f), hi.d(f), c1.l(f), c2.l(f));
                }
            };
        });
        strings(r);
    }

    private static void colorPart(Map<String, Function<Bound, Ex>> r, String name, char which) {
        r.put(name, b -> {
            Ex c = b.comp.coerce(b.a[0], Kind.COLOR, b.pos);
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame f) {
                    long col = c.l(f);
                    if (col == Long.MIN_VALUE) {
                        return Double.NaN;
                    }
                    return switch (which) {
                        case 'r' -> PineColor.r(col);
                        case 'g' -> PineColor.g(col);
                        case 'b' -> PineColor.b(col);
                        default -> PineColor.t(col);
                    };
                }
            };
        });
    }

    /** time(timeframe, session, timezone, bars_back) / time_close(...): via the runtime library. */
    private static Ex timeFunction(Bound b, boolean close) {
        Ex tf = b.arg("timeframe");
        Ex session = b.arg("session");
        Ex zone = b.arg("timezone");
        Ex back = b.arg("bars_back") == null ? null : b.arg("bars_back", Kind.INT);
        return new Ex(Kind.INT, b.pos) {
            @Override
            long l(Frame f) {
                RunContext c = f.ctx;
                Object tfText = tf.o(f);
                String period = tfText == null || ((String) tfText).isEmpty() ? c.bars.timeframe().pinePeriod()
                        : (String) tfText;
                Object s = session == null ? null : session.o(f);
                Object z = zone == null ? null : zone.o(f);
                String tz = z == null ? c.timezone : (String) z;
                long n = back == null ? 0 : back.l(f);
                long t = c.time[c.bar];
                return close ? PineTime.timeClose(t, period, (String) s, tz, n) : PineTime.time(t, period, (String) s, tz, n);
            }
        };
    }

    private static Ex timestamp(Bound b) {
        Ex date = b.arg("dateString");
        if (date != null) {
            return new Ex(Kind.INT, b.pos) {
                @Override
                long l(Frame f) {
                    Object s = date.o(f);
                    return s == null ? Long.MIN_VALUE : PineTime.timestamp((String) s);
                }
            };
        }
        Ex zone = b.arg("timezone");
        String[] names = {"year", "month", "day", "hour", "minute", "second"};
        Ex[] parts = new Ex[names.length];
        for (int i = 0; i < names.length; i++) {
            parts[i] = b.arg(names[i], Kind.INT);
        }
        return new Ex(Kind.INT, b.pos) {
            @Override
            long l(Frame f) {
                long[] v = new long[parts.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = parts[i] == null ? 0 : parts[i].l(f);
                    if (v[i] == Long.MIN_VALUE) {
                        return Long.MIN_VALUE;
                    }
                }
                Object z = zone == null ? null : zone.o(f);
                return PineTime.timestamp(z == null ? f.ctx.timezone : (String) z, v[0], v[1], v[2], v[3], v[4],
                        v[5]);
            }
        };
    }

    private interface S1 {
        Object apply(String s, Frame f);
    }

    private static void str(Map<String, Function<Bound, Ex>> r, String name, Kind kind,
            Function<Bound, S1> body) {
        r.put(name, b -> {
            Ex src = b.comp.coerce(b.a[0], Kind.STRING, b.pos);
            S1 fn = body.apply(b);
            return new Ex(kind, b.pos) {
                @Override
                Object o(Frame f) {
                    Object s = src.o(f);
                    return s == null ? null : fn.apply((String) s, f);
                }

                @Override
                boolean b(Frame f) {
                    Object v = o(f);
                    return Boolean.TRUE.equals(v);
                }

                @Override
                long l(Frame f) {
                    Object v = o(f);
                    return v == null ? Long.MIN_VALUE : ((Number) v).longValue();
                }

                @Override
                double d(Frame f) {
                    Object v = o(f);
                    return v == null ? Double.NaN : ((Number) v).doubleValue();
                }
            };
        });
    }

    private static String s(Ex e, Frame f) {
        Object v = e.o(f);
        return v == null ? "" : (String) v;
    }

    private static void strings(Map<String, Function<Bound, Ex>> r) {
        str(r, "str.lower", Kind.STRING, b -> (s, f) -> PineStr.lower(s));
        str(r, "str.upper", Kind.STRING, b -> (s, f) -> PineStr.upper(s));
        str(r, "str.trim", Kind.STRING, b -> (s, f) -> PineStr.trim(s));
        str(r, "str.tonumber", Kind.FLOAT, b -> (s, f) -> PineStr.tonumber(s));
        str(r, "str.contains", Kind.BOOL, b -> (s, f) -> PineStr.contains(s, s(b.a[1], f)));
        str(r, "str.startswith", Kind.BOOL, b -> (s, f) -> PineStr.startswith(s, s(b.a[1], f)));
        str(r, "str.endswith", Kind.BOOL, b -> (s, f) -> PineStr.endswith(s, s(b.a[1], f)));
        str(r, "str.pos", Kind.INT, b -> (s, f) -> PineStr.pos(s, s(b.a[1], f)));
        str(r, "str.match", Kind.STRING, b -> (s, f) -> PineStr.match(s, s(b.a[1], f)));
        str(r, "str.replace_all", Kind.STRING, b -> (s, f) -> PineStr.replaceAll(s, s(b.a[1], f), s(b.a[2], f)));
        str(r, "str.replace", Kind.STRING, b -> {
            Ex occ = b.comp.coerce(b.a[3], Kind.INT, b.pos);
            return (s, f) -> PineStr.replace(s, s(b.a[1], f), s(b.a[2], f), occ.l(f));
        });
        str(r, "str.substring", Kind.STRING, b -> {
            Ex begin = b.comp.coerce(b.a[1], Kind.INT, b.pos);
            Ex end = b.a.length > 2 ? b.comp.coerce(b.a[2], Kind.INT, b.pos) : null;
            return (s, f) -> end == null ? PineStr.substring(s, begin.l(f))
                    : PineStr.substring(s, begin.l(f), end.l(f));
        });
        str(r, "str.repeat", Kind.STRING, b -> {
            Ex count = b.comp.coerce(b.a[1], Kind.INT, b.pos);
            return (s, f) -> PineStr.repeat(s, count.l(f), b.a.length > 2 ? s(b.a[2], f) : "");
        });
        r.put("str.split", b -> {
            Ex src = b.comp.coerce(b.a[0], Kind.STRING, b.pos);
            Ex sep = b.a[1];
            Ex e = new Ex(Kind.OBJECT, b.pos) {
                @Override
                Object o(Frame f) {
                    Object s = src.o(f);
                    return s == null ? null : PineStr.split((String) s, s(sep, f));
                }
            };
            e.udt = Udt.Info.array(Kind.STRING, null);
            return e;
        });
        r.put("str.format_time", b -> {
            Ex t = b.comp.coerce(b.a[0], Kind.INT, b.pos);
            Ex fmt = b.a[1];
            Ex zone = b.a[2];
            return new Ex(Kind.STRING, b.pos) {
                @Override
                Object o(Frame f) {
                    long v = t.l(f);
                    Object z = zone.o(f);
                    return v == Long.MIN_VALUE ? null
                            : PineStr.formatTime(v, (String) fmt.o(f), z == null ? f.ctx.timezone : (String) z);
                }
            };
        });
    }
}
