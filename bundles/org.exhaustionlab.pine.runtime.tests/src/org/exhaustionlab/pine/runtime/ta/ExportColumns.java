package org.exhaustionlab.pine.runtime.ta;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.exhaustionlab.pine.runtime.ta.ExportCsv.Bar;

/**
 * How to evaluate each column of the TradingView exports with the ta classes, keyed "file::header". Script variables
 * behind some headers are defined in shared/conformance/README.md. Booleans use the plotted encodings given there.
 * Stand-in for running the same expressions through the Pine interpreter later.
 */
final class ExportColumns {

    /** Per-bar evaluation of one column; a fresh instance holds fresh call-site state. */
    interface Column {
        double next(Bar bar);
    }

    private ExportColumns() {
    }

    static Map<String, Supplier<Column>> all() {
        Map<String, Supplier<Column>> c = new LinkedHashMap<>();
        bb(c);
        oscillators(c);
        crosses(c);
        windows(c);
        volume(c);
        averages(c);
        return c;
    }

    private static void bb(Map<String, Supplier<Column>> c) {
        c.put("bb.csv::ta.bb(close, 20, 2).base", () -> {
            Bb bb = new Bb();
            return b -> bb.next(b.close(), 20, 2);
        });
        c.put("bb.csv::ta.bb(close, 20, 2).upper", () -> {
            Bb bb = new Bb();
            return b -> {
                bb.next(b.close(), 20, 2);
                return bb.upper();
            };
        });
        c.put("bb.csv::ta.bb(close, 20, 2).lower", () -> {
            Bb bb = new Bb();
            return b -> {
                bb.next(b.close(), 20, 2);
                return bb.lower();
            };
        });
        c.put("bb.csv::ta.bbw(close, 20, 2.1)", () -> {
            Bbw bbw = new Bbw();
            return b -> bbw.next(b.close(), 20, 2.1);
        });
        c.put("kc.csv::ta.kc(close, 20, 2).base", () -> {
            Kc kc = new Kc();
            return b -> kc.next(b.close(), 20, 2, true, b.high(), b.low(), b.close());
        });
        c.put("kc.csv::ta.kc(close, 20, 2).upper", () -> {
            Kc kc = new Kc();
            return b -> {
                kc.next(b.close(), 20, 2, true, b.high(), b.low(), b.close());
                return kc.upper();
            };
        });
        c.put("kc.csv::ta.kc(close, 20, 2).lower", () -> {
            Kc kc = new Kc();
            return b -> {
                kc.next(b.close(), 20, 2, true, b.high(), b.low(), b.close());
                return kc.lower();
            };
        });
        c.put("kc.csv::ta.kcw(close, 20, 2.1, useTrueRange=false)", () -> {
            Kcw kcw = new Kcw();
            return b -> kcw.next(b.close(), 20, 2.1, false, b.high(), b.low(), b.close());
        });
    }

    private static void oscillators(Map<String, Supplier<Column>> c) {
        c.put("cci+cmo+cog.csv::ta.cmo(close, 20)", () -> {
            Cmo cmo = new Cmo();
            return b -> cmo.next(b.close(), 20);
        });
        c.put("cci+cmo+cog.csv::ta.cci(close, 20)", () -> {
            Cci cci = new Cci();
            return b -> cci.next(b.close(), 20);
        });
        c.put("cci+cmo+cog.csv::ta.cog(close, 21)", () -> {
            Cog cog = new Cog();
            return b -> cog.next(b.close(), 21);
        });
        c.put("correlation.csv::correlation", () -> {
            Sma sma = new Sma();
            Ema ema = new Ema();
            Correlation correlation = new Correlation();
            return b -> correlation.next(sma.next(b.close(), 20), ema.next(b.close(), 10), 20);
        });
        c.put("mfi+rsi+stoch.csv::ta.mfi(close, 14)", () -> {
            Mfi mfi = new Mfi();
            return b -> mfi.next(b.close(), 14, b.volume());
        });
        c.put("mfi+rsi+stoch.csv::ta.rsi(close, 14)", () -> {
            Rsi rsi = new Rsi();
            return b -> rsi.next(b.close(), 14);
        });
        c.put("mfi+rsi+stoch.csv::ta.stoch(close, high, low, 20)", () -> {
            Stoch stoch = new Stoch();
            return b -> stoch.next(b.close(), b.high(), b.low(), 20);
        });
        for (String part : new String[] {"macd", "signal", "hist"}) {
            c.put("macd.csv::ta.macd(close, 12, 26, 9)." + part, () -> {
                Macd macd = new Macd();
                return b -> {
                    macd.next(b.close(), 12, 26, 9);
                    return part.equals("macd") ? macd.macd() : part.equals("signal") ? macd.signal() : macd.hist();
                };
            });
        }
        c.put("linreg.csv::ta.linreg(close, 20, 0)", () -> {
            Linreg linreg = new Linreg();
            return b -> linreg.next(b.close(), 20, 0);
        });
        c.put("linreg.csv::ta.linreg(close, 20, 10)", () -> {
            Linreg linreg = new Linreg();
            return b -> linreg.next(b.close(), 20, 10);
        });
    }

    private static void crosses(Map<String, Supplier<Column>> c) {
        c.put("cross.csv::ta.cross(ema1, ema2)", () -> {
            Ema ema1 = new Ema();
            Ema ema2 = new Ema();
            Cross cross = new Cross();
            return b -> cross.next(ema1.next(b.close(), 5), ema2.next(b.close(), 11)) ? 0.5 : 0;
        });
        c.put("cross.csv::ta.crossover(ema1, ema2)", () -> {
            Ema ema1 = new Ema();
            Ema ema2 = new Ema();
            Crossover crossover = new Crossover();
            return b -> crossover.next(ema1.next(b.close(), 5), ema2.next(b.close(), 11)) ? 1 : 0;
        });
        c.put("cross.csv::ta.crossunder(ema1, ema2)", () -> {
            Ema ema1 = new Ema();
            Ema ema2 = new Ema();
            Crossunder crossunder = new Crossunder();
            return b -> crossunder.next(ema1.next(b.close(), 5), ema2.next(b.close(), 11)) ? -1 : 0;
        });
        c.put("falling+rising.csv::ta.falling(ema, 5)", () -> {
            Ema ema = new Ema();
            Falling falling = new Falling();
            return b -> falling.next(ema.next(b.close(), 20), 5) ? -1 : 0;
        });
        c.put("falling+rising.csv::ta.rising(ema, 5)", () -> {
            Ema ema = new Ema();
            Rising rising = new Rising();
            return b -> rising.next(ema.next(b.close(), 20), 5) ? 1 : 0;
        });
        c.put("valuewhen.csv::ta.valuewhen(ta.cross(slow, fast), close, 1)", () -> {
            Sma slow = new Sma();
            Sma fast = new Sma();
            Cross cross = new Cross();
            Valuewhen valuewhen = new Valuewhen();
            return b -> valuewhen.next(cross.next(slow.next(b.close(), 7), fast.next(b.close(), 14)), b.close(), 1);
        });
    }

    private static void windows(Map<String, Supplier<Column>> c) {
        String f = "highest+lowest.csv::";
        c.put(f + "ta.highest(10)", () -> highest(true, true));
        c.put(f + "ta.highest(close, 10)", () -> highest(true, false));
        c.put(f + "ta.lowest(10)", () -> highest(false, true));
        c.put(f + "ta.lowest(close, 10)", () -> highest(false, false));
        c.put(f + "ta.highestbars(10)", () -> bars(true, true));
        c.put(f + "ta.highestbars(close, 10)", () -> bars(true, false));
        c.put(f + "ta.lowestbars(10)", () -> bars(false, true));
        c.put(f + "ta.lowestbars(close, 10)", () -> bars(false, false));
        c.put("range.csv::ta.range(close, 20)", () -> {
            Range range = new Range();
            return b -> range.next(b.close(), 20);
        });
        String m = "min+max+median+mode.csv::";
        c.put(m + "min(close)", () -> {
            Min min = new Min();
            return b -> min.next(b.close());
        });
        c.put(m + "max(close)", () -> {
            Max max = new Max();
            return b -> max.next(b.close());
        });
        c.put(m + "median(close)", () -> {
            Median median = new Median();
            return b -> median.next(b.close(), 20);
        });
        c.put(m + "mode(close)", () -> {
            Mode mode = new Mode();
            return b -> mode.next(b.close(), 20);
        });
    }

    private static Column highest(boolean high, boolean implicitSource) {
        if (high) {
            Highest highest = new Highest();
            return b -> highest.next(implicitSource ? b.high() : b.close(), 10);
        }
        Lowest lowest = new Lowest();
        return b -> lowest.next(implicitSource ? b.low() : b.close(), 10);
    }

    private static Column bars(boolean high, boolean implicitSource) {
        if (high) {
            HighestBars highest = new HighestBars();
            return b -> highest.next(implicitSource ? b.high() : b.close(), 10);
        }
        LowestBars lowest = new LowestBars();
        return b -> lowest.next(implicitSource ? b.low() : b.close(), 10);
    }

    private static void volume(Map<String, Supplier<Column>> c) {
        c.put("iii+nvi+obv.csv::ta.iii", () -> b -> Iii.of(b.high(), b.low(), b.close(), b.volume()));
        c.put("iii+nvi+obv.csv::ta.nvi", () -> {
            Nvi nvi = new Nvi();
            return b -> nvi.next(b.close(), b.volume());
        });
        c.put("iii+nvi+obv.csv::ta.obv", () -> {
            Obv obv = new Obv();
            return b -> obv.next(b.close(), b.volume());
        });
        c.put("tr.csv::ta.tr(false)", () -> {
            Tr tr = new Tr();
            return b -> tr.next(false, b.high(), b.low(), b.close());
        });
        c.put("tr.csv::ta.tr(true)", () -> {
            Tr tr = new Tr();
            return b -> tr.next(true, b.high(), b.low(), b.close());
        });
        c.put("tr.csv::ta.tr", () -> {
            Tr tr = new Tr();
            return b -> tr.next(false, b.high(), b.low(), b.close());
        });
        c.put("tr.csv::ta.atr(14)", () -> {
            Atr atr = new Atr();
            return b -> atr.next(14, b.high(), b.low(), b.close());
        });
    }

    private static void averages(Map<String, Supplier<Column>> c) {
        String f = "ma.csv::";
        c.put(f + "ta.sma(close, 10)", () -> sma(Bar::close, 10));
        c.put(f + "ta.sma(hl2, 20)", () -> sma(Bar::hl2, 20));
        c.put(f + "ta.sma(hlc3, 15)", () -> sma(Bar::hlc3, 15));
        c.put(f + "ta.ema(close, 20)", () -> {
            Ema ema = new Ema();
            return b -> ema.next(b.close(), 20);
        });
        c.put(f + "ta.ema(ohlc4, 10)", () -> {
            Ema ema = new Ema();
            return b -> ema.next(b.ohlc4(), 10);
        });
        c.put(f + "ta.rma(hlcc4, 5)", () -> {
            Rma rma = new Rma();
            return b -> rma.next(b.hlcc4(), 5);
        });
        c.put(f + "ta.rma(high, 15)", () -> {
            Rma rma = new Rma();
            return b -> rma.next(b.high(), 15);
        });
        c.put(f + "ta.alma(close, 5, 0.85, 6)", () -> {
            Alma alma = new Alma();
            return b -> alma.next(b.close(), 5, 0.85, 6);
        });
        c.put(f + "ta.alma(close, 10, 0.55, 12)", () -> {
            Alma alma = new Alma();
            return b -> alma.next(b.close(), 10, 0.55, 12);
        });
        c.put(f + "ta.wma(close, 5)", () -> wma(5));
        c.put(f + "ta.wma(close, 20)", () -> wma(20));
        c.put(f + "ta.hma(close, 9)", () -> hma(9));
        c.put(f + "ta.hma(close, 20)", () -> hma(20));
        c.put(f + "ta.swma(hlc3)", () -> {
            Swma swma = new Swma();
            return b -> swma.next(b.hlc3());
        });
        c.put(f + "ta.vwma(close, 20)", () -> {
            Vwma vwma = new Vwma();
            return b -> vwma.next(b.close(), 20, b.volume());
        });
        // series_if_for.csv: ta.ema inside a for loop (the last iteration, i = 3, is what ema1 keeps) and inside an if
        // taken only when bar_index % 4 == 3, where ema2 is na on the other bars
        String s = "series_if_for.csv::";
        c.put(s + "ema1", () -> {
            Ema ema = new Ema();
            return b -> ema.next(b.close() * 3, 5);
        });
        c.put(s + "ema1[1]", () -> delayed(c.get(s + "ema1").get(), 1));
        c.put(s + "ema2", () -> {
            Ema ema = new Ema();
            return b -> b.index() % 4 == 3 ? ema.next(b.close(), 10) : Double.NaN;
        });
        c.put(s + "ema2[2]", () -> delayed(c.get(s + "ema2").get(), 2));
    }

    private static Column sma(java.util.function.ToDoubleFunction<Bar> source, int length) {
        Sma sma = new Sma();
        return b -> sma.next(source.applyAsDouble(b), length);
    }

    private static Column wma(int length) {
        Wma wma = new Wma();
        return b -> wma.next(b.close(), length);
    }

    private static Column hma(int length) {
        Hma hma = new Hma();
        return b -> hma.next(b.close(), length);
    }

    /** {@code column[offset]}: the value the column had {@code offset} bars ago, na before the first bar. */
    private static Column delayed(Column column, int offset) {
        double[] past = new double[offset + 1];
        java.util.Arrays.fill(past, Double.NaN);
        return b -> {
            System.arraycopy(past, 0, past, 1, offset);
            past[0] = column.next(b);
            return past[offset];
        };
    }
}
