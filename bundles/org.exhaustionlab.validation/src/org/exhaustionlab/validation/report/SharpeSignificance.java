package org.exhaustionlab.validation.report;

/**
 * Probabilistic and deflated Sharpe ratios of the strategy's per-period returns.
 *
 * @param period              which returns, e.g. "daily"
 * @param periods             T, the number of returns
 * @param sharpePerPeriod     SR per period (not annualised)
 * @param skewness            γ₃ of the returns
 * @param kurtosis            raw kurtosis γ₄ (normal = 3)
 * @param psr                 PSR(0): probability that the true Sharpe ratio is above zero
 * @param trials              N, the number of trials the strategy was selected from (1 = no search recorded)
 * @param trialSharpeVariance V[SRₙ] of the trials' per-period Sharpe ratios (NaN when N = 1)
 * @param expectedMaxSharpe   SR₀, the Sharpe ratio the best of N skill-less trials is expected to show (0 for N = 1)
 * @param dsr                 PSR(SR₀); equal to {@code psr} when N = 1
 * @param note                what the reader must know, e.g. that no trial count was supplied
 */
public record SharpeSignificance(String period, long periods, double sharpePerPeriod, double skewness, double kurtosis, double psr,
        double trials, double trialSharpeVariance, double expectedMaxSharpe, double dsr, String note) {

    /** True when DSR was deflated for more than one trial. */
    public boolean deflated() {
        return trials >= 2;
    }
}
