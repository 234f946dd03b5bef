package org.exhaustionlab.validation.adapters;

import java.util.List;
import java.util.function.Function;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Broker;
import org.exhaustionlab.backtest.CommissionType;
import org.exhaustionlab.backtest.Direction;
import org.exhaustionlab.backtest.QtyType;
import org.exhaustionlab.backtest.StrategyProperties;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.validation.adapters.LookAheadDetector.Signal;

/** Test strategies written directly in Java on the broker (one call = one independent backtest). */
final class JavaStrategies {
    static final StrategyProperties PROPS = StrategyProperties.builder().initialCapital(100_000)
            .defaultQty(QtyType.PERCENT_OF_EQUITY, 50).commission(CommissionType.PERCENT, 0.05).build();
    static final StrategyProperties ON_CLOSE = StrategyProperties.builder().initialCapital(100_000)
            .defaultQty(QtyType.PERCENT_OF_EQUITY, 50).processOrdersOnClose(true).build();

    private JavaStrategies() {
    }

    /** Decides on bar i (between beginBar and endBar, like a Pine script at the close); may record its decisions. */
    interface BarLogic {
        void onBar(Broker broker, BarSeries bars, int i, List<Signal> decisions);
    }

    static BacktestResult run(BarSeries bars, StrategyProperties props, BarLogic logic, List<Signal> decisions) {
        Broker broker = new Broker(props, bars.symbol());
        for (int i = 0; i < bars.size(); i++) {
            broker.beginBar(i, bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
            logic.onBar(broker, bars, i, decisions);
            broker.endBar();
        }
        return broker.result();
    }

    /** Long when the fast SMA crosses above the slow one, short when it crosses below (reversing). Honest. */
    static BarLogic smaCrossLogic(int fast, int slow) {
        return (b, bars, i, decisions) -> {
            if (i < slow) {
                return;
            }
            double f = sma(bars, i, fast);
            double s = sma(bars, i, slow);
            double fPrev = sma(bars, i - 1, fast);
            double sPrev = sma(bars, i - 1, slow);
            if (fPrev <= sPrev && f > s) {
                b.entry("L", Direction.LONG);
                decisions.add(new Signal(i, "want LONG"));
            } else if (fPrev >= sPrev && f < s) {
                b.entry("S", Direction.SHORT);
                decisions.add(new Signal(i, "want SHORT"));
            }
        };
    }

    static Function<BarSeries, BacktestResult> smaCross(int fast, int slow) {
        return bars -> run(bars, PROPS, smaCrossLogic(fast, slow), new java.util.ArrayList<>());
    }

    /**
     * Cheats: on bar i it reads close[i + reach] and positions for the move; when the future is not in the data (the
     * end of a prefix) it goes flat. Live it could never know close[i + reach].
     */
    static BarLogic peekingLogic(int reach) {
        return (b, bars, i, decisions) -> {
            if (i + reach >= bars.size()) {
                if (b.positionSize() != 0) {
                    b.closeAll();
                    decisions.add(new Signal(i, "want FLAT"));
                }
                return;
            }
            boolean up = bars.close(i + reach) > bars.close(i);
            if (up && b.positionSize() <= 0) {
                b.entry("L", Direction.LONG);
                decisions.add(new Signal(i, "want LONG"));
            } else if (!up && b.positionSize() >= 0) {
                b.entry("S", Direction.SHORT);
                decisions.add(new Signal(i, "want SHORT"));
            }
        };
    }

    static Function<BarSeries, BacktestResult> peeking(int reach, StrategyProperties props) {
        return bars -> run(bars, props, peekingLogic(reach), new java.util.ArrayList<>());
    }

    /** The strategy's decisions (bar the order was placed on) instead of its fills. */
    static Function<BarSeries, List<Signal>> decisions(BarLogic logic, StrategyProperties props) {
        return bars -> {
            List<Signal> out = new java.util.ArrayList<>();
            run(bars, props, logic, out);
            return out;
        };
    }

    private static double sma(BarSeries bars, int i, int length) {
        double sum = 0;
        for (int k = i - length + 1; k <= i; k++) {
            sum += bars.close(k);
        }
        return sum / length;
    }
}
