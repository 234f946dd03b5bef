package org.exhaustionlab.validation.overfit;

import org.exhaustionlab.validation.stats.Moments;
import org.exhaustionlab.validation.stats.Normal;

/**
 * Probabilistic and Deflated Sharpe ratios (Bailey &amp; López de Prado, 2012 and 2014) and the minimum backtest
 * length (Bailey, Borwein, López de Prado &amp; Zhu, 2014).
 *
 * <p>All Sharpe ratios here are <em>per period</em> (not annualised) and the sample length T is the number of
 * periods; γ₃ is the skewness and γ₄ the raw kurtosis (normal = 3) of the returns, see {@link Moments}.
 */
public final class SharpeInference {
    /** Euler–Mascheroni constant γ. */
    public static final double EULER_MASCHERONI = 0.5772156649015329;

    private SharpeInference() {
    }

    /**
     * PSR(SR*) = Φ[(SR − SR*)·√(T − 1) / √(1 − γ₃·SR + ((γ₄ − 1)/4)·SR²)]: the probability that the true Sharpe
     * ratio exceeds the benchmark SR*, given the observed one.
     */
    public static double probabilisticSharpe(double sharpe, double benchmarkSharpe, long periods, double skewness, double rawKurtosis) {
        if (periods < 2) {
            throw new IllegalArgumentException("PSR needs at least 2 periods, got " + periods);
        }
        double variance = 1 - skewness * sharpe + (rawKurtosis - 1) / 4 * sharpe * sharpe;
        if (!(variance > 0)) {
            throw new IllegalArgumentException("PSR is undefined: 1 − γ₃·SR + (γ₄ − 1)/4·SR² = " + variance + " is not positive");
        }
        return Normal.cdf((sharpe - benchmarkSharpe) * Math.sqrt(periods - 1.0) / Math.sqrt(variance));
    }

    /** PSR of a return series against SR*, estimating SR, γ₃ and γ₄ from the series itself. */
    public static double probabilisticSharpe(double[] returns, double benchmarkSharpe) {
        double sr = Moments.mean(returns) / Moments.stdev(returns);
        return probabilisticSharpe(sr, benchmarkSharpe, returns.length, Moments.skewness(returns), Moments.kurtosis(returns));
    }

    /**
     * Expected maximum Sharpe ratio of N independent trials with true Sharpe 0:
     * SR₀ = √V[SRₙ] · [(1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e))].
     *
     * @param trials         N, at least 2 (one trial has no selection bias to deflate)
     * @param sharpeVariance variance of the trials' per-period Sharpe ratios
     */
    public static double expectedMaxSharpe(double trials, double sharpeVariance) {
        if (!(trials >= 2)) {
            throw new IllegalArgumentException("the deflated Sharpe ratio needs at least 2 trials, got " + trials);
        }
        if (!(sharpeVariance >= 0)) {
            throw new IllegalArgumentException("variance of the trials' Sharpe ratios must be ≥ 0, got " + sharpeVariance);
        }
        return Math.sqrt(sharpeVariance) * expectedMaxStandardNormal(trials);
    }

    /** (1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e)): the expected maximum of N standard normals. */
    public static double expectedMaxStandardNormal(double trials) {
        double g = EULER_MASCHERONI;
        return (1 - g) * Normal.inverseCdf(1 - 1 / trials) + g * Normal.inverseCdf(1 - 1 / (trials * Math.E));
    }

    /** DSR = PSR(SR₀) with SR₀ from {@link #expectedMaxSharpe}. */
    public static double deflatedSharpe(double sharpe, long periods, double skewness, double rawKurtosis, double trials, double sharpeVariance) {
        return probabilisticSharpe(sharpe, expectedMaxSharpe(trials, sharpeVariance), periods, skewness, rawKurtosis);
    }

    /**
     * DSR of the selected strategy, taking N and V[SRₙ] from the per-period Sharpe ratios of every trial
     * (sample variance); the selected strategy's own returns give SR, T, γ₃, γ₄.
     */
    public static double deflatedSharpe(double[] selectedReturns, double[] allTrialSharpes) {
        double sr = Moments.mean(selectedReturns) / Moments.stdev(selectedReturns);
        return deflatedSharpe(sr, selectedReturns.length, Moments.skewness(selectedReturns), Moments.kurtosis(selectedReturns),
                allTrialSharpes.length, Moments.variance(allTrialSharpes));
    }

    /**
     * Minimum backtest length in years ≈ 2·ln N / E[max SR]², the bound of Bailey et al. below which N trials of
     * skill-less strategies are expected to show an annualised Sharpe of {@code expectedMaxAnnualSharpe}.
     */
    public static double minimumBacktestLengthYears(double trials, double expectedMaxAnnualSharpe) {
        if (!(trials > 1)) {
            throw new IllegalArgumentException("minimum backtest length needs more than one trial, got " + trials);
        }
        if (!(expectedMaxAnnualSharpe > 0)) {
            throw new IllegalArgumentException("expected maximum Sharpe must be positive, got " + expectedMaxAnnualSharpe);
        }
        return 2 * Math.log(trials) / (expectedMaxAnnualSharpe * expectedMaxAnnualSharpe);
    }

    /**
     * Minimum track record length (periods) for the observed SR to beat SR* with the given confidence:
     * 1 + (1 − γ₃·SR + (γ₄ − 1)/4·SR²)·(Φ⁻¹(confidence) / (SR − SR*))². Infinite when SR ≤ SR*.
     */
    public static double minimumTrackRecordLength(double sharpe, double benchmarkSharpe, double skewness, double rawKurtosis, double confidence) {
        if (sharpe <= benchmarkSharpe) {
            return Double.POSITIVE_INFINITY;
        }
        double z = Normal.inverseCdf(confidence);
        double variance = 1 - skewness * sharpe + (rawKurtosis - 1) / 4 * sharpe * sharpe;
        double ratio = z / (sharpe - benchmarkSharpe);
        return 1 + variance * ratio * ratio;
    }
}
