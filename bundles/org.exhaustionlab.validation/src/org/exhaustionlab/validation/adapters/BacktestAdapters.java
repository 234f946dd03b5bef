package org.exhaustionlab.validation.adapters;

import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.PeriodReturn;
import org.exhaustionlab.backtest.Trade;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.validation.Direction;
import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.ReturnSeries;
import org.exhaustionlab.validation.TimeUnits;
import org.exhaustionlab.validation.TradeOutcome;

/** Maps the backtester's result onto the Validator's input values. */
public final class BacktestAdapters {
    private BacktestAdapters() {
    }

    /**
     * The closed trades as trade outcomes (open trades are left out: their profit is not realised). Times are the
     * bar open times of the entry and exit fill bars; notional is the entry value (price × qty × point value).
     */
    public static List<TradeOutcome> tradeOutcomes(BacktestResult r) {
        double pointValue = r.properties().pointValue();
        List<TradeOutcome> out = new ArrayList<>(r.closedTrades().size());
        for (Trade t : r.closedTrades()) {
            Direction d = t.isLong() ? Direction.LONG : Direction.SHORT;
            out.add(new TradeOutcome(t.entryTime(), t.exitTime(), d, t.entryValue(pointValue), t.profit()));
        }
        return out;
    }

    /**
     * The per-bar equity curve (equity at each bar's close, timed at the bar's open).
     *
     * @throws IllegalArgumentException when equity fell to zero or below (the account was blown): the validator's
     *                                  ratios need positive equity
     */
    public static EquityCurve equityCurve(BacktestResult r) {
        double[] equity = r.equityCurve().equity();
        for (int i = 0; i < equity.length; i++) {
            if (!(equity[i] > 0)) {
                throw new IllegalArgumentException("backtest equity fell to " + equity[i] + " at bar " + i
                        + " (account blown): the validator needs positive equity throughout");
            }
        }
        return new EquityCurve(r.equityCurve().times(), equity);
    }

    /** Daily (UTC) returns of the strategy equity, 365 periods a year (crypto trades every day). */
    public static ReturnSeries dailyReturns(BacktestResult r) {
        return series(r.metrics().dailyReturns(), 365);
    }

    /** Calendar-month (UTC) returns of the strategy equity, 12 periods a year. */
    public static ReturnSeries monthlyReturns(BacktestResult r) {
        return series(r.metrics().monthlyReturns(), 12);
    }

    /** Bars per (365.25-day) year of a timeframe, to annualise per-bar figures. */
    public static double barsPerYear(Timeframe timeframe) {
        return TimeUnits.MILLIS_PER_YEAR / timeframe.durationMs();
    }

    private static ReturnSeries series(List<PeriodReturn> periods, double perYear) {
        long[] start = new long[periods.size()];
        double[] returns = new double[periods.size()];
        for (int i = 0; i < start.length; i++) {
            start[i] = periods.get(i).start();
            returns[i] = periods.get(i).returnRate();
        }
        return new ReturnSeries(start, returns, perYear);
    }
}
