package org.exhaustionlab.backtest;

/**
 * The {@code strategy.risk.*} rules. NaN / 0 / null mean "off". When a halting rule trips, the broker closes the
 * position at the bar's close, cancels pending orders and ignores new ones (for the rest of the day for the
 * intraday rules, for good for max drawdown / consecutive loss days).
 *
 * @param allowEntryIn             only this direction may open positions (an opposite entry only closes); null = both
 * @param maxPositionSize          max absolute position size in contracts; entries are cut to fit (NaN = off)
 * @param maxDrawdown              max equity drawdown before halting, in money or percent (NaN = off)
 * @param maxDrawdownPercent       true: {@code maxDrawdown} is percent of the equity peak
 * @param maxIntradayLoss          max loss within a day (UTC day) before halting for the day (NaN = off)
 * @param maxIntradayLossPercent   true: {@code maxIntradayLoss} is percent of the day's starting equity
 * @param maxConsLossDays          halt after this many consecutive losing days (0 = off)
 * @param maxIntradayFilledOrders  max fills per day; reaching it closes the position and halts for the day (0 = off)
 */
public record RiskRules(Direction allowEntryIn, double maxPositionSize, double maxDrawdown, boolean maxDrawdownPercent,
        double maxIntradayLoss, boolean maxIntradayLossPercent, int maxConsLossDays, int maxIntradayFilledOrders) {

    public static final RiskRules NONE = new RiskRules(null, Double.NaN, Double.NaN, false, Double.NaN, false, 0, 0);

    public RiskRules withAllowEntryIn(Direction d) {
        return new RiskRules(d, maxPositionSize, maxDrawdown, maxDrawdownPercent, maxIntradayLoss,
                maxIntradayLossPercent, maxConsLossDays, maxIntradayFilledOrders);
    }

    public RiskRules withMaxPositionSize(double v) {
        return new RiskRules(allowEntryIn, v, maxDrawdown, maxDrawdownPercent, maxIntradayLoss,
                maxIntradayLossPercent, maxConsLossDays, maxIntradayFilledOrders);
    }

    public RiskRules withMaxDrawdown(double v, boolean percent) {
        return new RiskRules(allowEntryIn, maxPositionSize, v, percent, maxIntradayLoss, maxIntradayLossPercent,
                maxConsLossDays, maxIntradayFilledOrders);
    }

    public RiskRules withMaxIntradayLoss(double v, boolean percent) {
        return new RiskRules(allowEntryIn, maxPositionSize, maxDrawdown, maxDrawdownPercent, v, percent,
                maxConsLossDays, maxIntradayFilledOrders);
    }

    public RiskRules withMaxConsLossDays(int v) {
        return new RiskRules(allowEntryIn, maxPositionSize, maxDrawdown, maxDrawdownPercent, maxIntradayLoss,
                maxIntradayLossPercent, v, maxIntradayFilledOrders);
    }

    public RiskRules withMaxIntradayFilledOrders(int v) {
        return new RiskRules(allowEntryIn, maxPositionSize, maxDrawdown, maxDrawdownPercent, maxIntradayLoss,
                maxIntradayLossPercent, maxConsLossDays, v);
    }
}
