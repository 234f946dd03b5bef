package org.exhaustionlab.backtest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
        LocalDate current = null;
        for (int i = 0; i < times.length; i++) {
            LocalDate d = LocalDate.ofInstant(Instant.ofEpochMilli(times[i]), ZoneOffset.UTC);
            LocalDate period = monthly ? d.withDayOfMonth(1) : d;
            boolean last = i == times.length - 1;
            LocalDate next = last ? null
                    : LocalDate.ofInstant(Instant.ofEpochMilli(times[i + 1]), ZoneOffset.UTC);
            LocalDate nextPeriod = next == null ? null : monthly ? next.withDayOfMonth(1) : next;
            current = period;
            if (last || !nextPeriod.equals(current)) {
                long start = current.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                out.add(new PeriodReturn(start, startEquity, equity[i], equity[i] / startEquity - 1));
                startEquity = equity[i];
            }
        }
        return out;
    }

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
