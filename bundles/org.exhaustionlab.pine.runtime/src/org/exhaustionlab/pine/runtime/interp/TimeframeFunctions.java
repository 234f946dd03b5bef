package org.exhaustionlab.pine.runtime.interp;

import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.runtime.lib.Na;
import org.exhaustionlab.pine.runtime.lib.PineTime;
import org.exhaustionlab.pine.runtime.lib.Timeframe;

/**
 * timeframe.change, timeframe.in_seconds and timeframe.from_seconds. An empty or na timeframe string means the
 * chart's own timeframe (as everywhere in Pine).
 */
final class TimeframeFunctions {
    private TimeframeFunctions() {
    }

    static void register(Map<String, Function<Bound, Ex>> r) {
        r.put("timeframe.change", TimeframeFunctions::change);
        r.put("timeframe.in_seconds", b -> {
            Ex tf = b.arg("timeframe");
            return new Ex(Kind.INT, b.pos) {
                @Override
                long l(Frame f) {
                    return Timeframe.parse(period(f.ctx, tf == null ? null : tf.o(f))).inSeconds();
                }
            };
        });
        r.put("timeframe.from_seconds", b -> {
            Ex seconds = b.arg("seconds", Kind.INT);
            return new Ex(Kind.STRING, b.pos) {
                @Override
                Object o(Frame f) {
                    return Timeframe.fromSeconds(seconds.l(f));
                }
            };
        });
    }

    /** The timeframe text to use: the argument, or the chart's period when it is empty or na. */
    static String period(RunContext c, Object text) {
        return text == null || ((String) text).isEmpty() ? c.bars.timeframe().pinePeriod() : (String) text;
    }

    /**
     * True on the chart bar where a new bar of the timeframe opens: the opening time of the timeframe bar containing
     * this chart bar differs from the previous chart bar's. The first chart bar opens the first timeframe bar seen,
     * so it is true there as well.
     */
    private static Ex change(Bound b) {
        Ex tf = b.arg("timeframe");
        int s = b.state(c -> new long[] {Na.INT});
        return new Ex(Kind.BOOL, b.pos) {
            @Override
            boolean b(Frame f) {
                RunContext c = f.ctx;
                long open = PineTime.time(c.time[c.bar], period(c, tf.o(f)), null, c.timezone);
                long[] last = (long[]) f.st[s];
                boolean changed = open != last[0] && open != Na.INT;
                if (open != Na.INT) {
                    last[0] = open;
                }
                return changed;
            }

            @Override
            long l(Frame f) {
                return b(f) ? 1 : 0;
            }
        };
    }
}
