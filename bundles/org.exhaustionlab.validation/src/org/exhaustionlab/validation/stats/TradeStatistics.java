package org.exhaustionlab.validation.stats;

import java.util.List;

import org.exhaustionlab.validation.TradeOutcome;

/**
 * Trade-list figures: win rate, profit factor, average win and loss.
 *
 * @param trades       number of closed trades
 * @param wins         trades with profit &gt; 0 (break-even trades count as non-wins)
 * @param grossProfit  sum of winning profits
 * @param grossLoss    sum of losing profits as a positive number
 */
public record TradeStatistics(int trades, int wins, double grossProfit, double grossLoss) {

    public static TradeStatistics of(List<TradeOutcome> trades) {
        int wins = 0;
        double gp = 0;
        double gl = 0;
        for (TradeOutcome t : trades) {
            if (t.profit() > 0) {
                wins++;
                gp += t.profit();
            } else {
                gl -= t.profit();
            }
        }
        return new TradeStatistics(trades.size(), wins, gp, gl);
    }

    /** Wins / trades; NaN without trades. */
    public double winRate() {
        return trades == 0 ? Double.NaN : wins / (double) trades;
    }

    /** Gross profit / gross loss; +∞ with profits and no losses, NaN with neither. */
    public double profitFactor() {
        if (grossLoss == 0) {
            return grossProfit > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        return grossProfit / grossLoss;
    }

    public double netProfit() {
        return grossProfit - grossLoss;
    }

    public double averageWin() {
        return wins == 0 ? Double.NaN : grossProfit / wins;
    }

    /** Average losing (or break-even) trade as a positive number. */
    public double averageLoss() {
        int losses = trades - wins;
        return losses == 0 ? Double.NaN : grossLoss / losses;
    }
}
