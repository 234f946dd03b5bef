package org.exhaustionlab.backtest;

import java.util.List;

/** Assembles a {@link BacktestResult} from the broker's books. */
final class BacktestResults {
    private BacktestResults() {
    }

    static BacktestResult build(StrategyProperties props, Ledger ledger, List<Trade> open, EquityTracker tracker,
            double firstOpen, double lastClose, int bars, int marginCalls) {
        List<Trade> closed = ledger.closedTrades();
        EquityCurve curve = new EquityCurve(tracker.times(), tracker.equity(), tracker.openProfit());
        double capital = props.initialCapital();
        double pv = props.pointValue();
        TradeStats all = TradeStats.of(closed, open, capital, pv,
                Math.max(ledger.maxContractsLong, ledger.maxContractsShort));
        TradeStats longs = TradeStats.of(closed.stream().filter(Trade::isLong).toList(),
                open.stream().filter(Trade::isLong).toList(), capital, pv, ledger.maxContractsLong);
        TradeStats shorts = TradeStats.of(closed.stream().filter(t -> !t.isLong()).toList(),
                open.stream().filter(t -> !t.isLong()).toList(), capital, pv, ledger.maxContractsShort);
        List<PeriodReturn> daily = PeriodReturns.daily(curve, capital);
        List<PeriodReturn> monthly = PeriodReturns.monthly(curve, capital);
        boolean useMonthly = monthly.size() >= 3;
        List<PeriodReturn> basis = useMonthly ? monthly : daily;
        double rf = useMonthly ? PeriodReturns.RISK_FREE_ANNUAL / 12 : PeriodReturns.RISK_FREE_ANNUAL / 365;
        double bhPercent = bars == 0 ? Double.NaN : (lastClose / firstOpen - 1) * 100;
        return new BacktestResult(props, closed, open, curve, new Metrics(all, longs, shorts, capital,
                tracker.maxRunup, tracker.maxRunupPercent, tracker.maxDrawdown, tracker.maxDrawdownPercent,
                capital * bhPercent / 100, bhPercent, PeriodReturns.sharpe(basis, rf),
                PeriodReturns.sortino(basis, rf), useMonthly ? "monthly" : "daily", marginCalls, daily, monthly));
    }
}
