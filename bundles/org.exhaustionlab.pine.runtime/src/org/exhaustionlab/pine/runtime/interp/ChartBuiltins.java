package org.exhaustionlab.pine.runtime.interp;

import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.SourceRange;

/**
 * chart.* built-ins. The engine runs without a chart, so the chart's properties read fixed values: an ordinary
 * candle chart (chart.is_standard) in the light theme, showing every bar of the run. chart.point values are objects
 * of a built-in type with the fields {@code time}, {@code index} and {@code price} (field access, copy() and arrays
 * of points work as for user-defined types).
 */
final class ChartBuiltins {
    private ChartBuiltins() {
    }

    /** TradingView's light-theme chart background (#FFFFFF) and the foreground that contrasts best with it (black). */
    static final long LIGHT_BG = 0xFFFFFFFFL;
    static final long LIGHT_FG = 0xFF000000L;

    /** The built-in type chart.point. */
    static final Udt.Info POINT = new Udt.Info("chart.point");
    static final int TIME = POINT.add("time", Kind.INT, null);
    static final int INDEX = POINT.add("index", Kind.INT, null);
    static final int PRICE = POINT.add("price", Kind.FLOAT, null);

    static Ex variable(String name, SourceRange pos) {
        switch (name) {
            case "chart.bg_color":
                return new Lit.L(Kind.COLOR, LIGHT_BG, pos);
            case "chart.fg_color":
                return new Lit.L(Kind.COLOR, LIGHT_FG, pos);
            // no chart, so no visible range: the whole run is "visible", from its first to its last bar
            case "chart.left_visible_bar_time":
                return new BuiltinVariables.IntVar(pos) {
                    @Override
                    long l(Frame f) {
                        return f.ctx.time[0];
                    }
                };
            case "chart.right_visible_bar_time":
                return new BuiltinVariables.IntVar(pos) {
                    @Override
                    long l(Frame f) {
                        return f.ctx.time[f.ctx.count - 1];
                    }
                };
            case "chart.is_standard":
                return new Lit.B(true, pos);
            case "chart.is_heikinashi", "chart.is_renko", "chart.is_linebreak", "chart.is_kagi", "chart.is_pnf",
                    "chart.is_range":
                return new Lit.B(false, pos);
            default:
                return null;
        }
    }

    static void register(Map<String, Function<Bound, Ex>> r) {
        r.put("chart.point.new", b -> point(b, b.arg("time", Kind.INT), b.arg("index", Kind.INT),
                b.arg("price", Kind.FLOAT)));
        r.put("chart.point.from_index", b -> point(b, Lit.na(Kind.INT, b.pos), b.arg("index", Kind.INT),
                b.arg("price", Kind.FLOAT)));
        r.put("chart.point.from_time", b -> point(b, b.arg("time", Kind.INT), Lit.na(Kind.INT, b.pos),
                b.arg("price", Kind.FLOAT)));
        r.put("chart.point.now", b -> point(b, BuiltinVariables.of(b.comp, "time", b.pos),
                BuiltinVariables.of(b.comp, "bar_index", b.pos), b.arg("price", Kind.FLOAT)));
        r.put("chart.point.copy", b -> new Udt.Copy(typed(b.a[0]), b.pos));
    }

    private static Ex typed(Ex e) {
        if (e.kind == Kind.NA) {
            Ex na = Lit.na(Kind.OBJECT, e.pos);
            na.udt = POINT;
            return na;
        }
        return e;
    }

    private static Ex point(Bound b, Ex time, Ex index, Ex price) {
        Ex e = new Ex(Kind.OBJECT, b.pos) {
            @Override
            Object o(Frame f) {
                Udt.Obj p = new Udt.Obj(POINT);
                p.l[POINT.slots.get(TIME)] = time.l(f);
                p.l[POINT.slots.get(INDEX)] = index.l(f);
                p.d[POINT.slots.get(PRICE)] = price.d(f);
                return p;
            }
        };
        e.udt = POINT;
        return e;
    }

    /** The point's fields of a chart.point object, or null when {@code o} is not one. */
    static Map<String, Object> fields(Object o) {
        if (!(o instanceof Udt.Obj p) || p.type != POINT) {
            return null;
        }
        long t = p.l[POINT.slots.get(TIME)];
        long i = p.l[POINT.slots.get(INDEX)];
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("time", t == Long.MIN_VALUE ? (Object) Double.NaN : (Object) t);
        m.put("index", i == Long.MIN_VALUE ? (Object) Double.NaN : (Object) i);
        m.put("price", p.d[POINT.slots.get(PRICE)]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
