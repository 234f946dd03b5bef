package org.exhaustionlab.validation.score;

/**
 * Measured figures the readiness score is computed from. Fractions are plain (0.25 = 25 %). Use
 * {@link Double#NaN} for anything not measured: its line earns 0 points and is reported as "not measured".
 *
 * @param bars                   bars the backtest covered (pre-production gate)
 * @param sharpe                 annualised Sharpe ratio the report shows (the rubric's 2.0 and the gate's 1.2 refer
 *                               to it; state in the report which Sharpe it is)
 * @param annualisedReturn       compound annual growth rate
 * @param winRate                winning trades / trades
 * @param maxDrawdown            deepest drawdown as a fraction
 * @param monthlyVolatility      standard deviation of monthly returns
 * @param averageRecoveryDays    average trough-to-recovery time in days
 * @param signalsPerDay          signals (entries and exits) per day
 * @param latencyMillis          signal-to-order latency
 * @param slippage               estimated slippage per trade as a fraction of notional
 * @param walkForwardEfficiency  annualised OOS return / annualised IS return
 * @param profitableMarketShare  share of tested markets that were profitable out of sample
 */
public record ScoreInputs(long bars, double sharpe, double annualisedReturn, double winRate, double maxDrawdown,
        double monthlyVolatility, double averageRecoveryDays, double signalsPerDay, double latencyMillis, double slippage,
        double walkForwardEfficiency, double profitableMarketShare) {

    /**
     * Inputs from a backtest's performance summary plus the figures it cannot know. The annualised Sharpe of the
     * summary is used; pass NaN for anything not measured.
     */
    public static ScoreInputs of(org.exhaustionlab.validation.stats.PerformanceSummary perf, long bars, double signalsPerDay,
            double latencyMillis, double slippage, double walkForwardEfficiency, double profitableMarketShare) {
        return new ScoreInputs(bars, perf.annualisedSharpe(), perf.annualisedReturn(), perf.winRate(), perf.maxDrawdown(),
                perf.monthlyVolatility(), perf.averageRecoveryDays(), signalsPerDay, latencyMillis, slippage, walkForwardEfficiency,
                profitableMarketShare);
    }

    /** All values not measured; fill them in with the {@code with…} methods. */
    public static ScoreInputs unmeasured() {
        double n = Double.NaN;
        return new ScoreInputs(0, n, n, n, n, n, n, n, n, n, n, n);
    }

    public ScoreInputs withBars(long v) {
        return new ScoreInputs(v, sharpe, annualisedReturn, winRate, maxDrawdown, monthlyVolatility, averageRecoveryDays,
                signalsPerDay, latencyMillis, slippage, walkForwardEfficiency, profitableMarketShare);
    }

    /** Returns a copy with one rubric line's measured value replaced. */
    public ScoreInputs with(ScoreItem item, double v) {
        return new ScoreInputs(bars,
                item == ScoreItem.SHARPE ? v : sharpe,
                item == ScoreItem.ANNUALISED_RETURN ? v : annualisedReturn,
                item == ScoreItem.WIN_RATE ? v : winRate,
                item == ScoreItem.MAX_DRAWDOWN ? v : maxDrawdown,
                item == ScoreItem.CONSISTENCY ? v : monthlyVolatility,
                item == ScoreItem.RECOVERY_TIME ? v : averageRecoveryDays,
                item == ScoreItem.SIGNAL_FREQUENCY ? v : signalsPerDay,
                item == ScoreItem.LATENCY ? v : latencyMillis,
                item == ScoreItem.SLIPPAGE ? v : slippage,
                item == ScoreItem.OUT_OF_SAMPLE ? v : walkForwardEfficiency,
                item == ScoreItem.CROSS_MARKET ? v : profitableMarketShare);
    }

    /** The measured value that feeds a rubric line. */
    public double valueOf(ScoreItem item) {
        return switch (item) {
            case SHARPE -> sharpe;
            case ANNUALISED_RETURN -> annualisedReturn;
            case WIN_RATE -> winRate;
            case MAX_DRAWDOWN -> maxDrawdown;
            case CONSISTENCY -> monthlyVolatility;
            case RECOVERY_TIME -> averageRecoveryDays;
            case SIGNAL_FREQUENCY -> signalsPerDay;
            case LATENCY -> latencyMillis;
            case SLIPPAGE -> slippage;
            case OUT_OF_SAMPLE -> walkForwardEfficiency;
            case CROSS_MARKET -> profitableMarketShare;
        };
    }
}
