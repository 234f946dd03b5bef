package org.exhaustionlab.pine.runtime.interp;

import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.runtime.ta.*;

/**
 * ta.* functions: one state object of the ta library per call site (created with the frame), advanced once per
 * executed call. Generated from a table (see the interpreter's notes); each function is its own node class so the
 * JIT sees monomorphic calls.
 */
final class TaFunctions {
    private TaFunctions() {
    }

    static Ex f(Bound b, String p) {
        Ex e = b.arg(p);
        if (e == null) {
            throw new Compiler.Unsupported(b.name + ": this form is not supported", b.pos);
        }
        return b.comp.coerce(e, Kind.FLOAT, b.pos);
    }

    static Ex i(Bound b, String p) {
        Ex e = b.arg(p);
        if (e == null) {
            throw new Compiler.Unsupported(b.name + ": this form is not supported", b.pos);
        }
        return b.comp.coerce(e, Kind.INT, b.pos);
    }

    static Ex bo(Bound b, String p) {
        Ex e = b.arg(p);
        if (e == null) {
            throw new Compiler.Unsupported(b.name + ": this form is not supported", b.pos);
        }
        return b.comp.coerce(e, Kind.BOOL, b.pos);
    }

    static int len(long v) {
        return v == Long.MIN_VALUE ? 0 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    static Ex field(Bound b, String name) {
        return BuiltinVariables.of(b.comp, name, b.pos);
    }

    static void register(Map<String, Function<Bound, Ex>> r) {
        TaSpecial.register(r);
        r.put("ta.percentile_linear_interpolation", TaFunctions::make_percentile_linear_interpolation);
        r.put("ta.percentile_nearest_rank", TaFunctions::make_percentile_nearest_rank);
        r.put("ta.rci", TaFunctions::make_rci);
        r.put("ta.sma", TaFunctions::make_sma);
        r.put("ta.ema", TaFunctions::make_ema);
        r.put("ta.rma", TaFunctions::make_rma);
        r.put("ta.wma", TaFunctions::make_wma);
        r.put("ta.hma", TaFunctions::make_hma);
        r.put("ta.swma", TaFunctions::make_swma);
        r.put("ta.vwma", TaFunctions::make_vwma);
        r.put("ta.alma", TaFunctions::make_alma);
        r.put("ta.stdev", TaFunctions::make_stdev);
        r.put("ta.variance", TaFunctions::make_variance);
        r.put("ta.dev", TaFunctions::make_dev);
        r.put("ta.linreg", TaFunctions::make_linreg);
        r.put("ta.atr", TaFunctions::make_atr);
        r.put("ta.rsi", TaFunctions::make_rsi);
        r.put("ta.cci", TaFunctions::make_cci);
        r.put("ta.cmo", TaFunctions::make_cmo);
        r.put("ta.cog", TaFunctions::make_cog);
        r.put("ta.mom", TaFunctions::make_mom);
        r.put("ta.roc", TaFunctions::make_roc);
        r.put("ta.median", TaFunctions::make_median);
        r.put("ta.mode", TaFunctions::make_mode);
        r.put("ta.range", TaFunctions::make_range);
        r.put("ta.percentrank", TaFunctions::make_percentrank);
        r.put("ta.cum", TaFunctions::make_cum);
        r.put("ta.correlation", TaFunctions::make_correlation);
        r.put("ta.mfi", TaFunctions::make_mfi);
        r.put("ta.stoch", TaFunctions::make_stoch);
        r.put("ta.bbw", TaFunctions::make_bbw);
        r.put("ta.kcw", TaFunctions::make_kcw);
        r.put("ta.wpr", TaFunctions::make_wpr);
        r.put("ta.tsi", TaFunctions::make_tsi);
        r.put("ta.sar", TaFunctions::make_sar);
        r.put("ta.pivothigh", TaFunctions::make_pivothigh);
        r.put("ta.pivotlow", TaFunctions::make_pivotlow);
        r.put("ta.tr", TaFunctions::make_tr);
        r.put("ta.barssince", TaFunctions::make_barssince);
        r.put("ta.valuewhen", TaFunctions::make_valuewhen);
        r.put("ta.crossover", TaFunctions::make_crossover);
        r.put("ta.crossunder", TaFunctions::make_crossunder);
        r.put("ta.cross", TaFunctions::make_cross);
        r.put("ta.rising", TaFunctions::make_rising);
        r.put("ta.falling", TaFunctions::make_falling);
    }

    private static Ex make_sma(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Sma());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Sma) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_ema(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Ema());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Ema) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_rma(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Rma());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Rma) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_wma(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Wma());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Wma) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_hma(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Hma());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Hma) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_swma(Bound b) {
        Ex a0 = f(b, "source");
        int s = b.state(c -> new Swma());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Swma) fr.st[s]).next(a0.d(fr));
            }
        };
    }

    private static Ex make_vwma(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        Ex a2 = field(b, "volume");
        int s = b.state(c -> new Vwma());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Vwma) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), a2.d(fr));
            }
        };
    }

    private static Ex make_alma(Bound b) {
        Ex a0 = f(b, "series");
        Ex a1 = i(b, "length");
        Ex a2 = f(b, "offset");
        Ex a3 = f(b, "sigma");
        Ex a4 = bo(b, "floor");
        int s = b.state(c -> new Alma());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Alma) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), a2.d(fr), a3.d(fr), a4.b(fr));
            }
        };
    }

    private static Ex make_stdev(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        Ex a2 = bo(b, "biased");
        int s = b.state(c -> new Stdev());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Stdev) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), a2.b(fr));
            }
        };
    }

    private static Ex make_variance(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        Ex a2 = bo(b, "biased");
        int s = b.state(c -> new Variance());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Variance) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), a2.b(fr));
            }
        };
    }

    private static Ex make_dev(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Dev());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Dev) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_linreg(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        Ex a2 = i(b, "offset");
        int s = b.state(c -> new Linreg());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Linreg) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), len(a2.l(fr)));
            }
        };
    }

    private static Ex make_atr(Bound b) {
        Ex a0 = i(b, "length");
        Ex a1 = field(b, "high");
        Ex a2 = field(b, "low");
        Ex a3 = field(b, "close");
        int s = b.state(c -> new Atr());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Atr) fr.st[s]).next(len(a0.l(fr)), a1.d(fr), a2.d(fr), a3.d(fr));
            }
        };
    }

    private static Ex make_rsi(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Rsi());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Rsi) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_cci(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Cci());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Cci) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_cmo(Bound b) {
        Ex a0 = f(b, "series");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Cmo());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Cmo) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_cog(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Cog());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Cog) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_mom(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Mom());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Mom) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_roc(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Roc());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Roc) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_median(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Median());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Median) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_mode(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Mode());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Mode) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_range(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Range());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Range) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_percentrank(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new PercentRank());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((PercentRank) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_cum(Bound b) {
        Ex a0 = f(b, "source");
        int s = b.state(c -> new Cum());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Cum) fr.st[s]).next(a0.d(fr));
            }
        };
    }

    private static Ex make_correlation(Bound b) {
        Ex a0 = f(b, "source1");
        Ex a1 = f(b, "source2");
        Ex a2 = i(b, "length");
        int s = b.state(c -> new Correlation());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Correlation) fr.st[s]).next(a0.d(fr), a1.d(fr), len(a2.l(fr)));
            }
        };
    }

    private static Ex make_mfi(Bound b) {
        Ex a0 = f(b, "series");
        Ex a1 = i(b, "length");
        Ex a2 = field(b, "volume");
        int s = b.state(c -> new Mfi());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Mfi) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), a2.d(fr));
            }
        };
    }

    private static Ex make_stoch(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = f(b, "high");
        Ex a2 = f(b, "low");
        Ex a3 = i(b, "length");
        int s = b.state(c -> new Stoch());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Stoch) fr.st[s]).next(a0.d(fr), a1.d(fr), a2.d(fr), len(a3.l(fr)));
            }
        };
    }

    private static Ex make_bbw(Bound b) {
        Ex a0 = f(b, "series");
        Ex a1 = i(b, "length");
        Ex a2 = f(b, "mult");
        int s = b.state(c -> new Bbw());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Bbw) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), a2.d(fr));
            }
        };
    }

    private static Ex make_kcw(Bound b) {
        Ex a0 = f(b, "series");
        Ex a1 = i(b, "length");
        Ex a2 = f(b, "mult");
        Ex a3 = bo(b, "useTrueRange");
        Ex a4 = field(b, "high");
        Ex a5 = field(b, "low");
        Ex a6 = field(b, "close");
        int s = b.state(c -> new Kcw());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Kcw) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), a2.d(fr), a3.b(fr), a4.d(fr), a5.d(fr), a6.d(fr));
            }
        };
    }

    private static Ex make_wpr(Bound b) {
        Ex a0 = i(b, "length");
        Ex a1 = field(b, "high");
        Ex a2 = field(b, "low");
        Ex a3 = field(b, "close");
        int s = b.state(c -> new Wpr());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Wpr) fr.st[s]).next(len(a0.l(fr)), a1.d(fr), a2.d(fr), a3.d(fr));
            }
        };
    }

    private static Ex make_tsi(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "short_length");
        Ex a2 = i(b, "long_length");
        int s = b.state(c -> new Tsi());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Tsi) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), len(a2.l(fr)));
            }
        };
    }

    private static Ex make_sar(Bound b) {
        Ex a0 = f(b, "start");
        Ex a1 = f(b, "inc");
        Ex a2 = f(b, "max");
        Ex a3 = field(b, "high");
        Ex a4 = field(b, "low");
        Ex a5 = field(b, "close");
        int s = b.state(c -> new Sar());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Sar) fr.st[s]).next(a0.d(fr), a1.d(fr), a2.d(fr), a3.d(fr), a4.d(fr), a5.d(fr));
            }
        };
    }

    private static Ex make_pivothigh(Bound b) {
        // ta.pivothigh(leftbars, rightbars) has no source: it is the high series
        Ex a0 = b.arg("source") == null ? BuiltinVariables.of(b.comp, "high", b.pos) : f(b, "source");
        Ex a1 = i(b, "leftbars");
        Ex a2 = i(b, "rightbars");
        int s = b.state(c -> new Pivothigh());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Pivothigh) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), len(a2.l(fr)));
            }
        };
    }

    private static Ex make_pivotlow(Bound b) {
        // ta.pivotlow(leftbars, rightbars) has no source: it is the low series
        Ex a0 = b.arg("source") == null ? BuiltinVariables.of(b.comp, "low", b.pos) : f(b, "source");
        Ex a1 = i(b, "leftbars");
        Ex a2 = i(b, "rightbars");
        int s = b.state(c -> new Pivotlow());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Pivotlow) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), len(a2.l(fr)));
            }
        };
    }

    private static Ex make_tr(Bound b) {
        Ex a0 = bo(b, "handle_na");
        Ex a1 = field(b, "high");
        Ex a2 = field(b, "low");
        Ex a3 = field(b, "close");
        int s = b.state(c -> new Tr());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Tr) fr.st[s]).next(a0.b(fr), a1.d(fr), a2.d(fr), a3.d(fr));
            }
        };
    }

    private static Ex make_barssince(Bound b) {
        Ex a0 = bo(b, "condition");
        int s = b.state(c -> new Barssince());
        return new Ex(Kind.INT, b.pos) {
            @Override
            long l(Frame fr) {
                double v = ((Barssince) fr.st[s]).next(a0.b(fr));
                return Double.isNaN(v) ? Long.MIN_VALUE : (long) v;
            }
        };
    }

    private static Ex make_valuewhen(Bound b) {
        Ex a0 = bo(b, "condition");
        Ex a1 = f(b, "source");
        Ex a2 = i(b, "occurrence");
        int s = b.state(c -> new Valuewhen());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Valuewhen) fr.st[s]).next(a0.b(fr), a1.d(fr), len(a2.l(fr)));
            }
        };
    }

    private static Ex make_crossover(Bound b) {
        Ex a0 = f(b, "source1");
        Ex a1 = f(b, "source2");
        int s = b.state(c -> new Crossover());
        return new Ex(Kind.BOOL, b.pos) {
            @Override
            boolean b(Frame fr) {
                return ((Crossover) fr.st[s]).next(a0.d(fr), a1.d(fr));
            }
        };
    }

    private static Ex make_crossunder(Bound b) {
        Ex a0 = f(b, "source1");
        Ex a1 = f(b, "source2");
        int s = b.state(c -> new Crossunder());
        return new Ex(Kind.BOOL, b.pos) {
            @Override
            boolean b(Frame fr) {
                return ((Crossunder) fr.st[s]).next(a0.d(fr), a1.d(fr));
            }
        };
    }

    private static Ex make_cross(Bound b) {
        Ex a0 = f(b, "source1");
        Ex a1 = f(b, "source2");
        int s = b.state(c -> new Cross());
        return new Ex(Kind.BOOL, b.pos) {
            @Override
            boolean b(Frame fr) {
                return ((Cross) fr.st[s]).next(a0.d(fr), a1.d(fr));
            }
        };
    }

    private static Ex make_rising(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Rising());
        return new Ex(Kind.BOOL, b.pos) {
            @Override
            boolean b(Frame fr) {
                return ((Rising) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_falling(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Falling());
        return new Ex(Kind.BOOL, b.pos) {
            @Override
            boolean b(Frame fr) {
                return ((Falling) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }

    private static Ex make_percentile_linear_interpolation(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        Ex a2 = f(b, "percentage");
        int s = b.state(c -> new PercentileLinearInterpolation());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((PercentileLinearInterpolation) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), a2.d(fr));
            }
        };
    }

    private static Ex make_percentile_nearest_rank(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        Ex a2 = f(b, "percentage");
        int s = b.state(c -> new PercentileNearestRank());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((PercentileNearestRank) fr.st[s]).next(a0.d(fr), len(a1.l(fr)), a2.d(fr));
            }
        };
    }

    private static Ex make_rci(Bound b) {
        Ex a0 = f(b, "source");
        Ex a1 = i(b, "length");
        int s = b.state(c -> new Rci());
        return new Ex(Kind.FLOAT, b.pos) {
            @Override
            double d(Frame fr) {
                return ((Rci) fr.st[s]).next(a0.d(fr), len(a1.l(fr)));
            }
        };
    }
}
