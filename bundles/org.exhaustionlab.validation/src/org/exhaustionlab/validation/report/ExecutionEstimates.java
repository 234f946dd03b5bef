package org.exhaustionlab.validation.report;

/**
 * Execution figures that a backtest on bars cannot measure directly and are estimated instead.
 *
 * @param slippage        estimated slippage per fill as a fraction of price (0.001 = 0.1 %)
 * @param slippageMethod  how it was estimated, in words
 * @param latencyMillis   signal-to-order latency
 * @param latencySource   where the latency figure comes from (an assumption unless measured)
 * @param signalsPerDay   entries and exits per calendar day over the tested span
 * @param tradesPerDay    closed trades per calendar day
 */
public record ExecutionEstimates(double slippage, String slippageMethod, double latencyMillis, String latencySource,
        double signalsPerDay, double tradesPerDay) {
}
