package org.exhaustionlab.pine.runtime.interp;

import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.runtime.ta.Bb;
import org.exhaustionlab.pine.runtime.ta.Change;
import org.exhaustionlab.pine.runtime.ta.Dmi;
import org.exhaustionlab.pine.runtime.ta.Highest;
import org.exhaustionlab.pine.runtime.ta.HighestBars;
import org.exhaustionlab.pine.runtime.ta.Kc;
import org.exhaustionlab.pine.runtime.ta.Lowest;
import org.exhaustionlab.pine.runtime.ta.LowestBars;
import org.exhaustionlab.pine.runtime.ta.Macd;
import org.exhaustionlab.pine.runtime.ta.Max;
import org.exhaustionlab.pine.runtime.ta.Min;
import org.exhaustionlab.pine.runtime.ta.Supertrend;

/** ta.* functions with several overloads or tuple results. */
final class TaSpecial {
    private TaSpecial() {
    }

    static void register(Map<String, Function<Bound, Ex>> r) {
        r.put("ta.highest", b -> {
            Ex src = b.arg("source") == null ? TaFunctions.field(b, "high") : TaFunctions.f(b, "source");
            Ex len = TaFunctions.i(b, "length");
            int s = b.state(c -> new Highest());
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame fr) {
                    return ((Highest) fr.st[s]).next(src.d(fr), TaFunctions.len(len.l(fr)));
                }
            };
        });
        r.put("ta.lowest", b -> {
            Ex src = b.arg("source") == null ? TaFunctions.field(b, "low") : TaFunctions.f(b, "source");
            Ex len = TaFunctions.i(b, "length");
            int s = b.state(c -> new Lowest());
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame fr) {
                    return ((Lowest) fr.st[s]).next(src.d(fr), TaFunctions.len(len.l(fr)));
                }
            };
        });
        r.put("ta.highestbars", b -> {
            Ex src = b.arg("source") == null ? TaFunctions.field(b, "high") : TaFunctions.f(b, "source");
            Ex len = TaFunctions.i(b, "length");
            int s = b.state(c -> new HighestBars());
            return toInt(new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame fr) {
                    return ((HighestBars) fr.st[s]).next(src.d(fr), TaFunctions.len(len.l(fr)));
                }
            });
        });
        r.put("ta.lowestbars", b -> {
            Ex src = b.arg("source") == null ? TaFunctions.field(b, "low") : TaFunctions.f(b, "source");
            Ex len = TaFunctions.i(b, "length");
            int s = b.state(c -> new LowestBars());
            return toInt(new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame fr) {
                    return ((LowestBars) fr.st[s]).next(src.d(fr), TaFunctions.len(len.l(fr)));
                }
            });
        });
        r.put("ta.max", b -> {
            Ex src = TaFunctions.f(b, "source");
            int s = b.state(c -> new Max());
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame fr) {
                    return ((Max) fr.st[s]).next(src.d(fr));
                }
            };
        });
        r.put("ta.min", b -> {
            Ex src = TaFunctions.f(b, "source");
            int s = b.state(c -> new Min());
            return new Ex(Kind.FLOAT, b.pos) {
                @Override
                double d(Frame fr) {
                    return ((Min) fr.st[s]).next(src.d(fr));
                }
            };
        });
        r.put("ta.change", TaSpecial::change);
        r.put("ta.bb", b -> {
            Ex src = TaFunctions.f(b, "series");
            Ex len = TaFunctions.i(b, "length");
            Ex mult = TaFunctions.f(b, "mult");
            int s = b.state(c -> new Bb());
            return tuple(new Ex(Kind.TUPLE, b.pos) {
                @Override
                Object o(Frame fr) {
                    Bb bb = (Bb) fr.st[s];
                    bb.next(src.d(fr), TaFunctions.len(len.l(fr)), mult.d(fr));
                    return new Object[] {bb.middle(), bb.upper(), bb.lower()};
                }
            }, 3);
        });
        r.put("ta.kc", b -> {
            Ex src = TaFunctions.f(b, "series");
            Ex len = TaFunctions.i(b, "length");
            Ex mult = TaFunctions.f(b, "mult");
            Ex tr = TaFunctions.bo(b, "useTrueRange");
            int s = b.state(c -> new Kc());
            return tuple(new Ex(Kind.TUPLE, b.pos) {
                @Override
                Object o(Frame fr) {
                    Kc kc = (Kc) fr.st[s];
                    RunContext c = fr.ctx;
                    int i = c.bar;
                    kc.next(src.d(fr), TaFunctions.len(len.l(fr)), mult.d(fr), tr.b(fr), c.high[i], c.low[i],
                            c.close[i]);
                    return new Object[] {kc.middle(), kc.upper(), kc.lower()};
                }
            }, 3);
        });
        r.put("ta.macd", b -> {
            Ex src = TaFunctions.f(b, "source");
            Ex fast = TaFunctions.i(b, "fastlen");
            Ex slow = TaFunctions.i(b, "slowlen");
            Ex sig = TaFunctions.i(b, "siglen");
            int s = b.state(c -> new Macd());
            return tuple(new Ex(Kind.TUPLE, b.pos) {
                @Override
                Object o(Frame fr) {
                    Macd m = (Macd) fr.st[s];
                    m.next(src.d(fr), TaFunctions.len(fast.l(fr)), TaFunctions.len(slow.l(fr)),
                            TaFunctions.len(sig.l(fr)));
                    return new Object[] {m.macd(), m.signal(), m.hist()};
                }
            }, 3);
        });
        r.put("ta.dmi", b -> {
            Ex di = TaFunctions.i(b, "diLength");
            Ex adx = TaFunctions.i(b, "adxSmoothing");
            int s = b.state(c -> new Dmi());
            return tuple(new Ex(Kind.TUPLE, b.pos) {
                @Override
                Object o(Frame fr) {
                    Dmi m = (Dmi) fr.st[s];
                    RunContext c = fr.ctx;
                    m.next(TaFunctions.len(di.l(fr)), TaFunctions.len(adx.l(fr)), c.high[c.bar], c.low[c.bar],
                            c.close[c.bar]);
                    return new Object[] {m.plus(), m.minus(), m.adx()};
                }
            }, 3);
        });
        r.put("ta.supertrend", b -> {
            Ex factor = TaFunctions.f(b, "factor");
            Ex period = TaFunctions.i(b, "atrPeriod");
            int s = b.state(c -> new Supertrend());
            Ex t = new Ex(Kind.TUPLE, b.pos) {
                @Override
                Object o(Frame fr) {
                    Supertrend m = (Supertrend) fr.st[s];
                    RunContext c = fr.ctx;
                    m.next(factor.d(fr), TaFunctions.len(period.l(fr)), c.high[c.bar], c.low[c.bar],
                            c.close[c.bar]);
                    double dir = m.direction();
                    return new Object[] {m.supertrend(), Double.isNaN(dir) ? null : (Object) (long) dir};
                }
            };
            t.tupleKinds = new Kind[] {Kind.FLOAT, Kind.INT};
            return t;
        });
    }

    private static Ex tuple(Ex e, int n) {
        Kind[] k = new Kind[n];
        java.util.Arrays.fill(k, Kind.FLOAT);
        e.tupleKinds = k;
        return e;
    }

    private static Ex toInt(Ex e) {
        return new Conv.FloatToInt(e);
    }

    private static Ex change(Bound b) {
        Ex src = b.arg("source");
        Ex len = TaFunctions.i(b, "length");
        int s = b.state(c -> new Change());
        if (src.kind == Kind.BOOL) {
            return new Ex(Kind.BOOL, b.pos) {
                @Override
                boolean b(Frame fr) {
                    return ((Change) fr.st[s]).next(src.b(fr), TaFunctions.len(len.l(fr)));
                }
            };
        }
        boolean isInt = src.kind == Kind.INT;
        Ex fsrc = b.comp.coerce(src, Kind.FLOAT, b.pos);
        Ex out = new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Change) fr.st[s]).next(fsrc.d(fr), TaFunctions.len(len.l(fr)));
            }
        };
        return isInt ? toInt(out) : out;
    }
}
