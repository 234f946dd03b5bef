package org.exhaustionlab.optimize;

/**
 * Metric keys of an {@link Evaluation}. Percentages are in percent (12.5 means 12.5 %), as TradingView reports them.
 */
public final class Metrics {

    public static final String NET_PROFIT_PCT = "net_profit_pct";
    public static final String SHARPE = "sharpe";
    public static final String SORTINO = "sortino";
    /** Positive number: 20 means the equity fell 20 % from a peak. */
    public static final String MAX_DRAWDOWN_PCT = "max_drawdown_pct";
    public static final String WIN_RATE_PCT = "win_rate_pct";
    public static final String PROFIT_FACTOR = "profit_factor";
    public static final String TRADES = "trades";
    public static final String TRADES_PER_DAY = "trades_per_day";
    /** Optional, in [0, 1]: measured by a re-run with extra slippage; otherwise estimated (see WeightedFitness). */
    public static final String SLIPPAGE_RESISTANCE = "slippage_resistance";
    /** Optional, in [0, 1]: from live/paper execution latency; not measurable from one backtest. */
    public static final String EXECUTION_SPEED = "execution_speed";
    /** Optional, in [0, 1]: share of markets the strategy is profitable on, from a multi-market evaluation. */
    public static final String MARKET_DIVERSITY = "market_diversity";

    private Metrics() {
    }
}
