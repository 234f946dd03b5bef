package org.exhaustionlab.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Calendar-period returns of an equity curve and the Sharpe / Sortino ratios on them (see {@link Metrics}). */
final class PeriodReturns {
    static final double RISK_FREE_ANNUAL = 0.02;

    private PeriodReturns() {
    }

    static List<PeriodReturn> daily(EquityCurve curve, double initialCapital) {
        return group(curve, initialCapital, false);
    }

    static List<PeriodReturn> monthly(EquityCurve curve, double initialCapital) {
        return group(curve, initialCapital, true);
    }

    private static List<PeriodReturn> group(EquityCurve curve, double initialCapital, boolean monthly) {
        long[] times = curve.times();
        double[] equity = curve.equity();
        List<PeriodReturn> out = new ArrayList<>();
        double startEquity = initialCapital;
        // periods as UTC epoch days (monthly: the epoch day of the month's first day); a calendar date is only made
        // when the day changes, not for each of the (often 100,000s of) bars
        long day = Long.MIN_VALUE;
        long period = 0;
        for (int i = 0; i < times.length; i++) {
            boolean last = i == times.length - 1;
            if (Math.floorDiv(times[i], DAY_MS) != day) {
                day = Math.floorDiv(times[i], DAY_MS);
                period = monthly ? LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay() : day;
            }
            boolean closes = last;
            if (!last) {
                long nextDay = Math.floorDiv(times[i + 1], DAY_MS);
                closes = nextDay != day
                        && (!monthly || LocalDate.ofEpochDay(nextDay).withDayOfMonth(1).toEpochDay() != period);
            }
            if (closes) {
                out.add(new PeriodReturn(period * DAY_MS, startEquity, equity[i], equity[i] / startEquity - 1));
                startEquity = equity[i];
            }
        }
        return out;
    }

    private static final long DAY_MS = 86_400_000L;

    /** (mean − rf) / population stdev. */
    static double sharpe(List<PeriodReturn> returns, double riskFreePerPeriod) {
        int n = returns.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mean = mean(returns);
        double var = 0;
        for (PeriodReturn r : returns) {
            var += (r.returnRate() - mean) * (r.returnRate() - mean);
        }
        double sd = Math.sqrt(var / n);
        return sd == 0 ? Double.NaN : (mean - riskFreePerPeriod) / sd;
    }

    /** (mean − rf) / downside deviation below rf. */
    static double sortino(List<PeriodReturn> returns, double riskFreePerPeriod) {
        int n = returns.size();
        if (n < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (PeriodReturn r : returns) {
            double below = Math.min(0, r.returnRate() - riskFreePerPeriod);
            sum += below * below;
        }
        double dd = Math.sqrt(sum / n);
        return dd == 0 ? Double.NaN : (mean(returns) - riskFreePerPeriod) / dd;
    }

    private static double mean(List<PeriodReturn> returns) {
        double s = 0;
        for (PeriodReturn r : returns) {
            s += r.returnRate();
        }
        return s / returns.size();
    }
}
