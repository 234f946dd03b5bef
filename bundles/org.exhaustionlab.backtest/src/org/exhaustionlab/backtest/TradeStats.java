package org.exhaustionlab.backtest;

import java.util.List;

/**
 * The Strategy Tester's trade figures for one side (All, Long or Short). Money in the account currency, percents
 * of the initial capital (net/gross figures) or of the entry value (per-trade averages, as TradingView). NaN where
 * a figure is undefined (e.g. avg losing trade with no losing trades, profit factor with no loss).
 */
public record TradeStats(double netProfit, double netProfitPercent, double grossProfit, double grossProfitPercent,
        double grossLoss, double grossLossPercent, double commissionPaid, double openPnl, double openPnlPercent,
        int totalClosedTrades, int openTrades, int winningTrades, int losingTrades, int evenTrades,
        double percentProfitable, double avgTrade, double avgTradePercent, double avgWinningTrade,
        double avgWinningTradePercent, double avgLosingTrade, double avgLosingTradePercent,
        double ratioAvgWinAvgLoss, double largestWinningTrade, double largestWinningTradePercent,
        double largestLosingTrade, double largestLosingTradePercent, double avgBarsInTrades,
        double avgBarsInWinningTrades, double avgBarsInLosingTrades, double profitFactor, double maxContractsHeld) {

    /** Figures of {@code closed} (and {@code open}) trades already filtered to one side. */
    static TradeStats of(List<Trade> closed, List<Trade> open, double initialCapital, double pointValue,
            double maxContractsHeld) {
        double net = 0;
        double gp = 0;
        double gl = 0;
        double commission = 0;
        double pctSum = 0;
        double winSum = 0;
        double winPct = 0;
        double lossSum = 0;
        double lossPct = 0;
        double largestWin = Double.NaN;
        double largestWinPct = Double.NaN;
        double largestLoss = Double.NaN;
        double largestLossPct = Double.NaN;
        long bars = 0;
        long winBars = 0;
        long lossBars = 0;
        int wins = 0;
        int losses = 0;
        for (Trade t : closed) {
            double p = t.profit();
            double pct = t.profitPercent(pointValue);
            net += p;
            commission += t.commission();
            pctSum += pct;
            bars += t.bars();
            if (p > 0) {
                wins++;
                gp += p;
                winSum += p;
                winPct += pct;
                winBars += t.bars();
                if (Double.isNaN(largestWin) || p > largestWin) {
                    largestWin = p;
                    largestWinPct = pct;
                }
            } else if (p < 0) {
                losses++;
                gl -= p;
                lossSum -= p;
                lossPct -= pct;
                lossBars += t.bars();
                if (Double.isNaN(largestLoss) || -p > largestLoss) {
                    largestLoss = -p;
                    largestLossPct = -pct;
                }
            }
        }
        double openPnl = 0;
        for (Trade t : open) {
            openPnl += t.profit();
            commission += t.commission();
        }
        int n = closed.size();
        double avgWin = wins == 0 ? Double.NaN : winSum / wins;
        double avgLoss = losses == 0 ? Double.NaN : lossSum / losses;
        return new TradeStats(net, net / initialCapital * 100, gp, gp / initialCapital * 100, gl,
                gl / initialCapital * 100, commission, openPnl, openPnl / initialCapital * 100, n, open.size(), wins,
                losses, n - wins - losses, n == 0 ? Double.NaN : 100.0 * wins / n, n == 0 ? Double.NaN : net / n,
                n == 0 ? Double.NaN : pctSum / n, avgWin, wins == 0 ? Double.NaN : winPct / wins, avgLoss,
                losses == 0 ? Double.NaN : lossPct / losses, avgWin / avgLoss, largestWin, largestWinPct,
                largestLoss, largestLossPct, n == 0 ? Double.NaN : (double) bars / n,
                wins == 0 ? Double.NaN : (double) winBars / wins, losses == 0 ? Double.NaN : (double) lossBars / losses,
                gl == 0 ? Double.NaN : gp / gl, maxContractsHeld);
    }
}
