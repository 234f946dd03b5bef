package org.exhaustionlab.validation.adapters;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Trade;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.validation.TimeUnits;
import org.exhaustionlab.validation.report.ExecutionEstimates;

/**
 * Slippage and signal-frequency estimates from the bars and the trade list.
 *
 * <p>Slippage: bar data has no quotes, so the estimate is a fraction (default 10 %) of the bar's relative range
 * (high − low) / close, averaged over the bars where fills happened, because that is where the strategy trades, and
 * those bars are often the volatile ones. With a per-bar relative spread (ask − bid) / mid, half the spread is used
 * instead: a market order crosses half the spread from the mid. Without fills the average over all bars is used.
 */
final class ExecutionEstimator {
    private ExecutionEstimator() {
    }

    static ExecutionEstimates estimate(BarSeries bars, BacktestResult r, PipelineOptions o) {
        Set<Integer> fillBars = new HashSet<>();
        Set<String> entries = new HashSet<>();
        Set<String> exits = new HashSet<>();
        for (Trade t : r.allTrades()) {
            fillBars.add(t.entryBarIndex());
            // a partial close splits one entry into several trades: count each entry and each exit fill once
            entries.add(t.entryBarIndex() + "/" + t.entryId() + "/" + t.entryPrice());
            if (!t.open()) {
                fillBars.add(t.exitBarIndex());
                exits.add(t.exitBarIndex() + "/" + t.exitId() + "/" + t.exitPrice());
            }
        }
        double days = spanDays(bars);
        double slippage;
        String method;
        if (o.relativeSpread() != null) {
            if (o.relativeSpread().length != bars.size()) {
                throw new IllegalArgumentException("spread series has " + o.relativeSpread().length + " values but the data has " + bars.size() + " bars");
            }
            slippage = 0.5 * average(o.relativeSpread(), fillBars, bars.size());
            method = "half the quoted bid/ask spread, averaged over " + describe(fillBars);
        } else {
            double[] range = new double[bars.size()];
            for (int i = 0; i < range.length; i++) {
                range[i] = (bars.high(i) - bars.low(i)) / bars.close(i);
            }
            slippage = o.slippageRangeFraction() * average(range, fillBars, bars.size());
            method = String.format(Locale.ROOT, "%.0f %% of the average bar range (high − low) / close over %s (estimate, no quotes)",
                    o.slippageRangeFraction() * 100, describe(fillBars));
        }
        return new ExecutionEstimates(slippage, method, o.latencyMillis(), o.latencySource(), (entries.size() + exits.size()) / days,
                r.closedTrades().size() / days);
    }

    /** Calendar days the bars cover, the last bar counted in full. */
    static double spanDays(BarSeries bars) {
        long span = bars.lastTime() - bars.firstTime() + bars.timeframe().durationMs();
        return span / TimeUnits.MILLIS_PER_DAY;
    }

    private static String describe(Set<Integer> fillBars) {
        return fillBars.isEmpty() ? "all bars (no fills)" : fillBars.size() + " bars with fills";
    }

    private static double average(double[] values, Set<Integer> at, int n) {
        double sum = 0;
        int count = 0;
        if (at.isEmpty()) {
            for (int i = 0; i < n; i++) {
                sum += values[i];
                count++;
            }
        } else {
            for (int i : at) {
                if (i >= 0 && i < n) {
                    sum += values[i];
                    count++;
                }
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
