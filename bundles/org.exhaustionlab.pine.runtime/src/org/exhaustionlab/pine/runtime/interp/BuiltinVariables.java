package org.exhaustionlab.pine.runtime.interp;

import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.runtime.ta.Accdist;
import org.exhaustionlab.pine.runtime.ta.Iii;
import org.exhaustionlab.pine.runtime.ta.Nvi;
import org.exhaustionlab.pine.runtime.ta.Obv;
import org.exhaustionlab.pine.runtime.ta.Pvi;
import org.exhaustionlab.pine.runtime.ta.Pvt;
import org.exhaustionlab.pine.runtime.ta.Tr;
import org.exhaustionlab.pine.runtime.ta.Vwap;
import org.exhaustionlab.pine.runtime.ta.Wad;
import org.exhaustionlab.pine.runtime.ta.Wvad;

/** Bar data, bar state, symbol and timeframe variables, and the ta.* variables. */
final class BuiltinVariables {
    private BuiltinVariables() {
    }

    static final int OPEN = 0;
    static final int HIGH = 1;
    static final int LOW = 2;
    static final int CLOSE = 3;
    static final int VOLUME = 4;
    static final int HL2 = 5;
    static final int HLC3 = 6;
    static final int OHLC4 = 7;
    static final int HLCC4 = 8;

    static int priceField(String name) {
        return switch (name) {
            case "open" -> OPEN;
            case "high" -> HIGH;
            case "low" -> LOW;
            case "close" -> CLOSE;
            case "volume" -> VOLUME;
            case "hl2" -> HL2;
            case "hlc3" -> HLC3;
            case "ohlc4" -> OHLC4;
            case "hlcc4" -> HLCC4;
            default -> -1;
        };
    }

    static double price(RunContext c, int field, int i) {
        return switch (field) {
            case OPEN -> c.open[i];
            case HIGH -> c.high[i];
            case LOW -> c.low[i];
            case CLOSE -> c.close[i];
            case VOLUME -> c.volume[i];
            case HL2 -> (c.high[i] + c.low[i]) / 2;
            case HLC3 -> (c.high[i] + c.low[i] + c.close[i]) / 3;
            case OHLC4 -> (c.open[i] + c.high[i] + c.low[i] + c.close[i]) / 4;
            default -> (c.high[i] + c.low[i] + c.close[i] + c.close[i]) / 4;
        };
    }

    static final class Close extends Ex {
        Close(SourceRange pos) {
            super(Kind.FLOAT, pos);
        }

        @Override
        double d(Frame f) {
            RunContext c = f.ctx;
            return c.close[c.bar];
        }
    }

    static final class High extends Ex {
        High(SourceRange pos) {
            super(Kind.FLOAT, pos);
        }

        @Override
        double d(Frame f) {
            RunContext c = f.ctx;
            return c.high[c.bar];
        }
    }

    static final class Low extends Ex {
        Low(SourceRange pos) {
            super(Kind.FLOAT, pos);
        }

        @Override
        double d(Frame f) {
            RunContext c = f.ctx;
            return c.low[c.bar];
        }
    }

    static final class Price extends Ex {
        final int field;

        Price(int field, SourceRange pos) {
            super(Kind.FLOAT, pos);
            this.field = field;
        }

        @Override
        double d(Frame f) {
            RunContext c = f.ctx;
            return price(c, field, c.bar);
        }
    }

    /** {@code close[n]} and friends read straight from the bar arrays. */
    static final class PriceBack extends Ex {
        final int field;
        final Ex offset;

        PriceBack(int field, Ex offset, SourceRange pos) {
            super(Kind.FLOAT, pos);
            this.field = field;
            this.offset = offset;
        }

        @Override
        double d(Frame f) {
            RunContext c = f.ctx;
            long n = offset.l(f);
            if (n == Long.MIN_VALUE) {
                return Double.NaN;
            }
            if (n < 0) {
                throw new PineError("History offset must not be negative, got " + n, pos);
            }
            long i = c.bar - n;
            return i < 0 ? Double.NaN : price(c, field, (int) i);
        }
    }

    abstract static class IntVar extends Ex {
        IntVar(SourceRange pos) {
            super(Kind.INT, pos);
        }
    }

    abstract static class BoolVar extends Ex {
        BoolVar(SourceRange pos) {
            super(Kind.BOOL, pos);
        }
    }

    abstract static class FloatVar extends Ex {
        FloatVar(SourceRange pos) {
            super(Kind.FLOAT, pos);
        }
    }

    /** A ta.* variable: one state per program, advanced exactly once per bar (memoised by bar index). */
    abstract static class TaVar {
        int lastBar = -1;
        double value = Double.NaN;

        double get(RunContext c) {
            if (lastBar != c.bar) {
                lastBar = c.bar;
                value = compute(c, c.bar);
            }
            return value;
        }

        abstract double compute(RunContext c, int i);
    }

    static Ex taVar(Compiler comp, Layout.StateFactory factory, SourceRange pos) {
        // ta variables live in the frame of the bar context (the script, or a request.security context), advanced
        // on every bar of that context by its per-bar prologue
        Layout saved = comp.layout;
        Layout home = comp.contextLayout;
        int slot = home.state(factory);
        home.perBar.add(slot);
        Ex read = new FloatVar(pos) {
            @Override
            double d(Frame f) {
                return ((TaVar) f.st[slot]).get(f.ctx);
            }
        };
        return saved == home ? read : new AtContext(read);
    }

    static Ex of(Compiler comp, String name, SourceRange pos) {
        int field = priceField(name);
        if (field == CLOSE) {
            return new Close(pos);
        }
        if (field == HIGH) {
            return new High(pos);
        }
        if (field == LOW) {
            return new Low(pos);
        }
        if (field >= 0) {
            return new Price(field, pos);
        }
        switch (name) {
            case "bar_index":
                return new IntVar(pos) {
                    @Override
                    long l(Frame f) {
                        return f.ctx.bar;
                    }
                };
            case "last_bar_index":
                return new IntVar(pos) {
                    @Override
                    long l(Frame f) {
                        return f.ctx.count - 1;
                    }
                };
            case "time", "time_tradingday":
                return new IntVar(pos) {
                    @Override
                    long l(Frame f) {
                        return f.ctx.time[f.ctx.bar];
                    }
                };
            case "time_close":
                return new IntVar(pos) {
                    @Override
                    long l(Frame f) {
                        RunContext c = f.ctx;
                        return c.bars.timeframe().nextOpen(c.time[c.bar]);
                    }
                };
            case "timenow":
                return new IntVar(pos) {
                    @Override
                    long l(Frame f) {
                        return f.ctx.time[f.ctx.count - 1];
                    }
                };
            case "last_bar_time":
                return new IntVar(pos) {
                    @Override
                    long l(Frame f) {
                        return f.ctx.time[f.ctx.count - 1];
                    }
                };
            case "barstate.isfirst":
                return new BoolVar(pos) {
                    @Override
                    boolean b(Frame f) {
                        return f.ctx.bar == 0;
                    }
                };
            case "barstate.islast", "barstate.islastconfirmedhistory":
                return new BoolVar(pos) {
                    @Override
                    boolean b(Frame f) {
                        return f.ctx.bar == f.ctx.count - 1;
                    }
                };
            case "barstate.ishistory", "barstate.isconfirmed", "barstate.isnew":
                return new Lit.B(true, pos);
            case "barstate.isrealtime":
                return new Lit.B(false, pos);
            case "syminfo.mintick":
                return new FloatVar(pos) {
                    @Override
                    double d(Frame f) {
                        return f.ctx.mintick;
                    }
                };
            case "syminfo.pointvalue":
                return new Lit.D(1.0, pos);
            case "syminfo.timezone":
                return new Ex(Kind.STRING, pos) {
                    @Override
                    Object o(Frame f) {
                        return f.ctx.timezone;
                    }
                };
            case "syminfo.ticker", "syminfo.tickerid", "syminfo.description":
                return new Ex(Kind.STRING, pos) {
                    @Override
                    Object o(Frame f) {
                        return f.ctx.bars.symbol().name();
                    }
                };
            case "syminfo.basecurrency":
                return new Ex(Kind.STRING, pos) {
                    @Override
                    Object o(Frame f) {
                        return f.ctx.bars.symbol().base();
                    }
                };
            case "syminfo.currency":
                return new Ex(Kind.STRING, pos) {
                    @Override
                    Object o(Frame f) {
                        return f.ctx.bars.symbol().quote();
                    }
                };
            case "syminfo.type":
                return new Lit.O(Kind.STRING, "crypto", pos);
            case "timeframe.period", "timeframe.main_period":
                return new Ex(Kind.STRING, pos) {
                    @Override
                    Object o(Frame f) {
                        return f.ctx.bars.timeframe().pinePeriod();
                    }
                };
            case "timeframe.multiplier":
                return new IntVar(pos) {
                    @Override
                    long l(Frame f) {
                        return TimeframeInfo.multiplier(f.ctx.bars.timeframe());
                    }
                };
            case "timeframe.isintraday", "timeframe.isminutes", "timeframe.isseconds", "timeframe.isdaily",
                    "timeframe.isweekly", "timeframe.ismonthly", "timeframe.isdwm", "timeframe.isticks":
                return new BoolVar(pos) {
                    @Override
                    boolean b(Frame f) {
                        return TimeframeInfo.is(name, f.ctx.bars.timeframe());
                    }
                };
            case "math.pi":
                return new Lit.D(Math.PI, pos);
            case "math.e":
                return new Lit.D(Math.E, pos);
            case "math.phi":
                return new Lit.D(1.618033988749895, pos);
            case "math.rphi":
                return new Lit.D(0.6180339887498948, pos);
            case "ta.tr":
                return taVar(comp, c -> new TaVar() {
                    final Tr tr = new Tr();

                    @Override
                    double compute(RunContext r, int i) {
                        return tr.next(false, r.high[i], r.low[i], r.close[i]);
                    }
                }, pos);
            case "ta.obv":
                return taVar(comp, c -> new TaVar() {
                    final Obv s = new Obv();

                    @Override
                    double compute(RunContext r, int i) {
                        return s.next(r.close[i], r.volume[i]);
                    }
                }, pos);
            case "ta.nvi":
                return taVar(comp, c -> new TaVar() {
                    final Nvi s = new Nvi();

                    @Override
                    double compute(RunContext r, int i) {
                        return s.next(r.close[i], r.volume[i]);
                    }
                }, pos);
            case "ta.pvi":
                return taVar(comp, c -> new TaVar() {
                    final Pvi s = new Pvi();

                    @Override
                    double compute(RunContext r, int i) {
                        return s.next(r.close[i], r.volume[i]);
                    }
                }, pos);
            case "ta.pvt":
                return taVar(comp, c -> new TaVar() {
                    final Pvt s = new Pvt();

                    @Override
                    double compute(RunContext r, int i) {
                        return s.next(r.close[i], r.volume[i]);
                    }
                }, pos);
            case "ta.accdist":
                return taVar(comp, c -> new TaVar() {
                    final Accdist s = new Accdist();

                    @Override
                    double compute(RunContext r, int i) {
                        return s.next(r.high[i], r.low[i], r.close[i], r.volume[i]);
                    }
                }, pos);
            case "ta.wad":
                return taVar(comp, c -> new TaVar() {
                    final Wad s = new Wad();

                    @Override
                    double compute(RunContext r, int i) {
                        return s.next(r.high[i], r.low[i], r.close[i]);
                    }
                }, pos);
            case "ta.iii":
                return taVar(comp, c -> new TaVar() {
                    @Override
                    double compute(RunContext r, int i) {
                        return Iii.of(r.high[i], r.low[i], r.close[i], r.volume[i]);
                    }
                }, pos);
            case "ta.wvad":
                return taVar(comp, c -> new TaVar() {
                    @Override
                    double compute(RunContext r, int i) {
                        return Wvad.of(r.open[i], r.high[i], r.low[i], r.close[i], r.volume[i]);
                    }
                }, pos);
            case "ta.vwap":
                return taVar(comp, c -> new TaVar() {
                    final Vwap s = new Vwap();

                    @Override
                    double compute(RunContext r, int i) {
                        boolean anchor = i == 0 || TimeframeInfo.newDay(r.time[i - 1], r.time[i], r.timezone);
                        double hlc3 = (r.high[i] + r.low[i] + r.close[i]) / 3;
                        return s.next(hlc3, anchor, r.volume[i]);
                    }
                }, pos);
            case "session.ismarket":
                return new Lit.B(true, pos);
            case "session.ispremarket", "session.ispostmarket":
                return new Lit.B(false, pos);
            case "session.isfirstbar", "session.isfirstbar_regular":
                return new BoolVar(pos) {
                    @Override
                    boolean b(Frame f) {
                        RunContext c = f.ctx;
                        return c.bar == 0 || TimeframeInfo.newDay(c.time[c.bar - 1], c.time[c.bar], c.timezone);
                    }
                };
            case "session.islastbar", "session.islastbar_regular":
                return new BoolVar(pos) {
                    @Override
                    boolean b(Frame f) {
                        RunContext c = f.ctx;
                        return c.bar + 1 < c.count && TimeframeInfo.newDay(c.time[c.bar], c.time[c.bar + 1],
                                c.timezone);
                    }
                };
            default: {
                Ex chart = ChartBuiltins.variable(name, pos);
                if (chart != null) {
                    return chart;
                }
                Ex symbol = SymbolVariables.variable(comp, name, pos);
                if (symbol != null) {
                    return symbol;
                }
                Ex calendar = LibFunctions.variable(name, pos);
                if (calendar != null) {
                    return calendar;
                }
                // strategy.* state variables (constants such as strategy.percent_of_equity are catalog constants)
                boolean direction = name.equals("strategy.long") || name.equals("strategy.short");
                return comp.catalog.constant(name).isPresent() && !direction ? null
                        : StrategyFunctions.variable(name, pos);
            }
        }
    }

    static Ex history(String name, Ex offset, SourceRange pos) {
        int field = priceField(name);
        if (field >= 0) {
            return new PriceBack(field, offset, pos);
        }
        if (name.equals("time") || name.equals("bar_index")) {
            boolean isTime = name.equals("time");
            return new IntVar(pos) {
                @Override
                long l(Frame f) {
                    RunContext c = f.ctx;
                    long n = offset.l(f);
                    long i = c.bar - n;
                    if (n == Long.MIN_VALUE || i < 0 || n < 0) {
                        return Long.MIN_VALUE;
                    }
                    return isTime ? c.time[(int) i] : i;
                }
            };
        }
        return null;
    }
}
