package org.exhaustionlab.validation.adapters;

import java.util.Locale;

import org.exhaustionlab.validation.ReturnSeries;
import org.exhaustionlab.validation.overfit.Cscv;
import org.exhaustionlab.validation.overfit.SharpeInference;
import org.exhaustionlab.validation.report.PboSummary;
import org.exhaustionlab.validation.report.SharpeSignificance;
import org.exhaustionlab.validation.stats.Moments;

/** PSR / DSR on the daily returns and PBO on the caller's trial matrix. */
final class SharpeTests {
    private SharpeTests() {
    }

    /** Null when the daily returns are too few or flat, or the PSR variance term is not positive (note says why). */
    static SharpeSignificance significance(ReturnSeries daily, double trials, double trialSharpeVariance, StringBuilder why) {
        double[] r = daily.returns();
        if (r.length < 3) {
            why.append("PSR/DSR not computed: only ").append(r.length).append(" daily returns");
            return null;
        }
        double sd = Moments.stdev(r);
        if (!(sd > 0)) {
            why.append("PSR/DSR not computed: the daily returns do not vary");
            return null;
        }
        double sr = Moments.mean(r) / sd;
        double skew = Moments.skewness(r);
        double kurt = Moments.kurtosis(r);
        double psr;
        try {
            psr = SharpeInference.probabilisticSharpe(sr, 0, r.length, skew, kurt);
        } catch (IllegalArgumentException undefined) {
            why.append("PSR/DSR not computed: ").append(undefined.getMessage());
            return null;
        }
        boolean deflate = trials >= 2 && trialSharpeVariance >= 0;
        if (!deflate) {
            String note = trials >= 2
                    ? "A trial count of " + String.format(Locale.ROOT, "%.0f", trials) + " was supplied without the variance of the trials' Sharpe ratios, so DSR could not be deflated: DSR = PSR."
                    : "No trial count was supplied (N = 1): DSR with N = 1 is the PSR, with no deflation for strategy selection. Supply N and the variance of the trials' Sharpe ratios from the registry.";
            return new SharpeSignificance("daily", r.length, sr, skew, kurt, psr, 1, Double.NaN, 0, psr, note);
        }
        double sr0 = SharpeInference.expectedMaxSharpe(trials, trialSharpeVariance);
        double dsr = SharpeInference.probabilisticSharpe(sr, sr0, r.length, skew, kurt);
        String note = String.format(Locale.ROOT, "Deflated for %.0f trials: the best of them would show a daily Sharpe of %.4f by luck alone.", trials, sr0);
        return new SharpeSignificance("daily", r.length, sr, skew, kurt, psr, trials, trialSharpeVariance, sr0, dsr, note);
    }

    static PboSummary pbo(double[][] trialReturns) {
        if (trialReturns == null) {
            return null;
        }
        return PboSummary.of(Cscv.run(trialReturns), trialReturns[0].length, trialReturns.length);
    }
}
