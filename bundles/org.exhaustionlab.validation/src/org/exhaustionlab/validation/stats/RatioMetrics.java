package org.exhaustionlab.validation.stats;

import org.exhaustionlab.validation.EquityCurve;

/**
 * Risk-adjusted return ratios computed from per-period simple returns.
 *
 * <p>All per-period figures assume a zero risk-free rate unless one is passed; crypto research usually compares
 * against cash at 0 %. Annualisation multiplies a per-period ratio by √(periods per year), the usual i.i.d.
 * approximation (e.g. 365 for daily crypto returns, 12 for monthly returns).
 */
public final class RatioMetrics {
    private RatioMetrics() {
    }

    /** Sharpe ratio per period: mean(r − rf) / stdev(r) (sample stdev); NaN when the returns are constant. */
    public static double sharpePerPeriod(double[] returns, double riskFreePerPeriod) {
        double[] excess = minus(returns, riskFreePerPeriod);
        double sd = Moments.stdev(excess);
        return sd == 0 ? Double.NaN : Moments.mean(excess) / sd;
    }

    public static double sharpePerPeriod(double[] returns) {
        return sharpePerPeriod(returns, 0.0);
    }

    public static double annualisedSharpe(double[] returns, double periodsPerYear) {
        return annualise(sharpePerPeriod(returns), periodsPerYear);
    }

    /** Scales a per-period ratio (Sharpe, Sortino) to a yearly one by √(periods per year). */
    public static double annualise(double perPeriodRatio, double periodsPerYear) {
        if (!(periodsPerYear > 0)) {
            throw new IllegalArgumentException("periods per year must be positive, got " + periodsPerYear);
        }
        return perPeriodRatio * Math.sqrt(periodsPerYear);
    }

    /**
     * Downside deviation below a target: √(Σ min(r − target, 0)² / n), over <em>all</em> n periods (periods above
     * the target count as zero shortfall, which is Sortino &amp; Price's definition).
     */
    public static double downsideDeviation(double[] returns, double target) {
        Moments.requireAtLeast(returns, 1, "downside deviation");
        double s = 0;
        for (double r : returns) {
            double shortfall = Math.min(r - target, 0);
            s += shortfall * shortfall;
        }
        return Math.sqrt(s / returns.length);
    }

    /** Sortino ratio per period with a 0 target: mean / downside deviation; +∞ when nothing ever lost. */
    public static double sortinoPerPeriod(double[] returns) {
        double dd = downsideDeviation(returns, 0.0);
        double mean = Moments.mean(returns);
        if (dd == 0) {
            return mean > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        return mean / dd;
    }

    public static double annualisedSortino(double[] returns, double periodsPerYear) {
        return annualise(sortinoPerPeriod(returns), periodsPerYear);
    }

    /** Calmar ratio: annualised return (CAGR) / maximum drawdown as a fraction; +∞ without a drawdown. */
    public static double calmar(EquityCurve curve) {
        double maxDd = Drawdowns.of(curve).maxDrawdownFraction();
        double cagr = curve.annualisedReturn();
        if (maxDd == 0) {
            return cagr > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        return cagr / maxDd;
    }

    /** Annualised volatility: sample stdev of per-period returns × √(periods per year). */
    public static double annualisedVolatility(double[] returns, double periodsPerYear) {
        return annualise(Moments.stdev(returns), periodsPerYear);
    }

    /**
     * Information ratio per period: mean(r − b) / stdev(r − b), the Sharpe ratio of the returns in excess of a
     * benchmark measured over the same periods.
     */
    public static double informationRatioPerPeriod(double[] returns, double[] benchmark) {
        if (returns.length != benchmark.length) {
            throw new IllegalArgumentException("information ratio needs equally long series, got " + returns.length + " returns and "
                    + benchmark.length + " benchmark returns");
        }
        double[] active = new double[returns.length];
        for (int i = 0; i < active.length; i++) {
            active[i] = returns[i] - benchmark[i];
        }
        return sharpePerPeriod(active);
    }

    /**
     * Stability ratio: R² of a straight line fitted to log equity against time. 1 = perfectly steady compounding,
     * near 0 = no trend; a steadily <em>falling</em> curve also scores high, so read it together with the return.
     */
    public static double stability(EquityCurve curve) {
        int n = curve.size();
        if (n < 3) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += (curve.timeAt(i) - curve.timeAt(0)) / (double) n;
            my += Math.log(curve.equityAt(i)) / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = curve.timeAt(i) - curve.timeAt(0) - mx;
            double dy = Math.log(curve.equityAt(i)) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return syy == 0 ? Double.NaN : sxy * sxy / (sxx * syy);
    }

    private static double[] minus(double[] x, double c) {
        Moments.requireAtLeast(x, 2, "Sharpe ratio");
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] - c;
        }
        return out;
    }
}
