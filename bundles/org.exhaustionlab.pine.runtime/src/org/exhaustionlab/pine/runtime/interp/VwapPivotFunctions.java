package org.exhaustionlab.pine.runtime.interp;

import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.runtime.lib.FloatArray;
import org.exhaustionlab.pine.runtime.ta.PivotPointLevels;
import org.exhaustionlab.pine.runtime.ta.Vwap;

/**
 * The function forms of {@code ta.vwap} ({@code (source)}, {@code (source, anchor)} and
 * {@code [vwap, upper, lower] = (source, anchor, stdev_mult)}) and {@code ta.pivot_point_levels}. Without an anchor
 * the VWAP restarts on the first bar of each trading day, as the {@code ta.vwap} variable does.
 */
final class VwapPivotFunctions {
    private VwapPivotFunctions() {
    }

    static void register(Map<String, Function<Bound, Ex>> r) {
        r.put("ta.vwap", VwapPivotFunctions::vwap);
        r.put("ta.pivot_point_levels", VwapPivotFunctions::pivotPointLevels);
    }

    private static Ex vwap(Bound b) {
        Ex src = TaFunctions.f(b, "source");
        Ex anchor = b.arg("anchor") == null ? null : TaFunctions.bo(b, "anchor");
        Ex mult = b.arg("stdev_mult") == null ? null : TaFunctions.f(b, "stdev_mult");
        int s = b.state(c -> new Vwap());
        if (mult == null) {
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame f) {
                    return ((Vwap) f.st[s]).next(src.d(f), anchored(f, anchor), f.ctx.volume[f.ctx.bar]);
                }
            };
        }
        Ex out = new Ex(Kind.TUPLE, b.pos) {
            @Override
            Object o(Frame f) {
                Vwap v = (Vwap) f.st[s];
                v.next(src.d(f), anchored(f, anchor), mult.d(f), f.ctx.volume[f.ctx.bar]);
                return new Object[] {box(v.vwap()), box(v.upper()), box(v.lower())};
            }
        };
        out.tupleKinds = new Kind[] {Kind.FLOAT, Kind.FLOAT, Kind.FLOAT};
        return out;
    }

    private static Object box(double v) {
        return Double.isNaN(v) ? null : (Object) v;
    }

    private static boolean anchored(Frame f, Ex anchor) {
        if (anchor != null) {
            return anchor.b(f);
        }
        RunContext c = f.ctx;
        return c.bar == 0 || TimeframeInfo.newDay(c.time[c.bar - 1], c.time[c.bar], c.timezone);
    }

    private static Ex pivotPointLevels(Bound b) {
        Ex type = b.arg("type");
        Ex anchor = TaFunctions.bo(b, "anchor");
        Ex developing = b.arg("developing") == null ? null : TaFunctions.bo(b, "developing");
        int s = b.state(c -> new PivotPointLevels());
        Ex out = new Ex(Kind.OBJECT, b.pos) {
            @Override
            Object o(Frame f) {
                Object name = type.o(f);
                PivotPointLevels.Type t = PivotPointLevels.Type.of((String) name);
                if (t == null) {
                    throw new PineError("ta.pivot_point_levels: unknown type \"" + name + "\" (use Traditional, "
                            + "Fibonacci, Woodie, Classic, DM or Camarilla)", pos);
                }
                RunContext c = f.ctx;
                int i = c.bar;
                double[] v = ((PivotPointLevels) f.st[s]).next(t, anchor.b(f), developing != null && developing.b(f),
                        c.open[i], c.high[i], c.low[i], c.close[i]);
                return FloatArray.from(v);
            }
        };
        out.udt = Udt.Info.array(Kind.FLOAT, null);
        return out;
    }
}
