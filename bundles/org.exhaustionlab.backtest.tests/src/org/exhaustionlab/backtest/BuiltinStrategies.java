package org.exhaustionlab.backtest;

import org.exhaustionlab.pine.runtime.ta.Crossover;
import org.exhaustionlab.pine.runtime.ta.Crossunder;
import org.exhaustionlab.pine.runtime.ta.Ema;
import org.exhaustionlab.pine.runtime.ta.Rsi;
import org.exhaustionlab.pine.runtime.ta.Sma;
import org.exhaustionlab.pine.runtime.ta.Stdev;

/** TradingView's built-in strategies of the conformance README, hand-translated (one instance = one run). */
final class BuiltinStrategies {
    private BuiltinStrategies() {
    }

    /** "RSI Strategy": length 14, oversold 30, overbought 70. */
    static BarScript rsi() {
        Rsi rsi = new Rsi();
        Crossover co = new Crossover();
        Crossunder cu = new Crossunder();
        return (b, bars, i) -> {
            double vrsi = rsi.next(bars.close(i), 14);
            boolean up = co.next(vrsi, 30);
            boolean down = cu.next(vrsi, 70);
            if (!Double.isNaN(vrsi)) {
                if (up) {
                    b.entry("RsiLE", Direction.LONG, Double.NaN, Double.NaN, Double.NaN, null, null, "RsiLE", null);
                }
                if (down) {
                    b.entry("RsiSE", Direction.SHORT, Double.NaN, Double.NaN, Double.NaN, null, null, "RsiSE", null);
                }
            }
        };
    }

    /** "MACD Strategy": fast 12, slow 26, signal 9. */
    static BarScript macd() {
        Ema fast = new Ema();
        Ema slow = new Ema();
        Ema signal = new Ema();
        Crossover co = new Crossover();
        Crossunder cu = new Crossunder();
        return (b, bars, i) -> {
            double macd = fast.next(bars.close(i), 12) - slow.next(bars.close(i), 26);
            double delta = macd - signal.next(macd, 9);
            if (co.next(delta, 0)) {
                b.entry("MacdLE", Direction.LONG, Double.NaN, Double.NaN, Double.NaN, null, null, "MacdLE", null);
            }
            if (cu.next(delta, 0)) {
                b.entry("MacdSE", Direction.SHORT, Double.NaN, Double.NaN, Double.NaN, null, null, "MacdSE", null);
            }
        };
    }

    /** "Bollinger Bands Strategy": length 20, mult 2, stop entries in one OCA cancel group. */
    static BarScript bollinger() {
        Sma basis = new Sma();
        Stdev stdev = new Stdev();
        Crossover co = new Crossover();
        Crossunder cu = new Crossunder();
        return (b, bars, i) -> {
            double source = bars.close(i);
            double mid = basis.next(source, 20);
            double dev = 2.0 * stdev.next(source, 20);
            double upper = mid + dev;
            double lower = mid - dev;
            if (co.next(source, lower)) {
                b.entry("BBandLE", Direction.LONG, Double.NaN, Double.NaN, lower, "BollingerBands", OcaType.CANCEL,
                        "BBandLE", null);
            } else {
                b.cancel("BBandLE");
            }
            if (cu.next(source, upper)) {
                b.entry("BBandSE", Direction.SHORT, Double.NaN, Double.NaN, upper, "BollingerBands",
                        OcaType.CANCEL, "BBandSE", null);
            } else {
                b.cancel("BBandSE");
            }
        };
    }

    /** slippage_basic: long entered on bar 10, closed on 20; short entered on 40, closed on 50. */
    static BarScript slippageBasic() {
        return (b, bars, i) -> {
            if (i == 10) {
                b.entry("Long", Direction.LONG, Double.NaN, Double.NaN, Double.NaN, null, null, "Long Entry", null);
            }
            if (i == 20) {
                b.close("Long", Double.NaN, Double.NaN, "Long Exit", null, false);
            }
            if (i == 40) {
                b.entry("Short", Direction.SHORT, Double.NaN, Double.NaN, Double.NaN, null, null, "Short Entry",
                        null);
            }
            if (i == 50) {
                b.close("Short", Double.NaN, Double.NaN, "Short Exit", null, false);
            }
        };
    }

    static StrategyProperties slippageBasicProperties() {
        return StrategyProperties.builder().initialCapital(10_000).slippageTicks(10)
                .commission(CommissionType.PERCENT, 0.1).build();
    }
}
