package org.exhaustionlab.backtest;

/**
 * The strategy's return over one calendar period (UTC day or month).
 *
 * @param start       period start, epoch ms UTC (midnight / first of the month)
 * @param startEquity equity at the end of the previous period (the initial capital for the first)
 * @param endEquity   equity at the close of the period's last bar
 * @param returnRate  endEquity / startEquity − 1 (0.01 = 1 %)
 */
public record PeriodReturn(long start, double startEquity, double endEquity, double returnRate) {
}
