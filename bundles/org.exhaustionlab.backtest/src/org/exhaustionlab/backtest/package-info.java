/**
 * TradingView's strategy broker emulator and Strategy Tester metrics, in plain Java, for the Pine interpreter's
 * {@code strategy.*} built-ins. Entry point: {@link org.exhaustionlab.backtest.Broker} (driven bar by bar) with
 * {@link org.exhaustionlab.backtest.StrategyProperties}; output: {@link org.exhaustionlab.backtest.BacktestResult}
 * ({@link org.exhaustionlab.backtest.Trade}s, {@link org.exhaustionlab.backtest.EquityCurve},
 * {@link org.exhaustionlab.backtest.Metrics}) and the writers {@link org.exhaustionlab.backtest.TradeListCsv} and
 * {@link org.exhaustionlab.backtest.MetricsJson}.
 *
 * <h2>Rules implemented (evidence: shared/conformance strategy exports, reproduced byte for byte)</h2>
 * <ul>
 * <li>Market orders fill at the next bar's open (+ slippage ticks against the order); at this bar's close with
 * process_orders_on_close; at once with close(immediately). Default-sized market entries are sized at the placement
 * close (+ slippage) and equity; price entries at their fill price.</li>
 * <li>Intrabar path open → nearer extreme (tie: low) → other extreme → close; gap fills at the open; stops fill at
 * their level + slippage, limits at their limit once crossed by backtest_fill_limits_assumption ticks.</li>
 * <li>Order prices snap to the tick grid away from the filling side (buy limit / sell stop down, buy stop / sell
 * limit up) with a 1e-4 tick tolerance.</li>
 * <li>strategy.entry reverses in one order; a limit/stop entry's reversal quantity is fixed at placement (placed
 * while flat it only closes an opposite position that opened meanwhile), a market entry's at its fill.</li>
 * <li>strategy.exit waits for its entry, is cancelled once its entry is closed, one order per (id, from_entry) with
 * its limit, stop and trailing legs as a reduce-type group; qty_percent reserves off the entry's size when armed.</li>
 * <li>close_entries_rule FIFO: closing fills consume the oldest trades whatever entry they are bound to; ANY: only
 * the bound entry's trades.</li>
 * <li>Trade P&L % / run-up % / drawdown % are relative to entry value + entry commission; run-up and drawdown are
 * net of the entry commission; net profit (and so equity and the cumulative P&L column) drops by an entry's
 * commission when it fills; cash / percent-of-equity sizing pays the commission out of the budget.</li>
 * </ul>
 *
 * <h2>Simplified or missing (known differences from TradingView)</h2>
 * <ul>
 * <li>calc_on_order_fills: the script runs again at each point of the intrabar path where orders filled, at most
 * 3 extra executions per bar (4 with the closing one; {@link org.exhaustionlab.backtest.Broker#nextFillPoint()}),
 * each seeing close = the path price of the fill (before slippage), high/low = the path walked so far; the
 * interpreter rolls its state back after each. All fills at one path point make one re-execution (TradingView
 * speaks of one per fill). Orders placed at a fill point fill on the rest of the path; market orders at the next
 * path vertex (nearer extreme, other extreme, close), or at the next bar's open when placed at the close. Not
 * validated against a TradingView export (none uses the property). use_bar_magnifier is not supported (the flag is
 * only recorded); calc_on_every_tick has no effect on history (as on TradingView).</li>
 * <li>process_orders_on_close fills market orders at the close; resting price orders still wait for the next bar.</li>
 * <li>strategy.exit without from_entry is one order for the whole position (TradingView issues one leg per filled
 * entry); with both profit and limit (or loss and stop) the level nearer the entry is used.</li>
 * <li>Pyramiding counts open trades; TradingView's separate "binding" book (an entry keeps its pyramiding slot until
 * its own bound quantity is closed) is not modelled.</li>
 * <li>Default sizing does not emulate TradingView's 10-significant-digit budget rounding or its big-money (≥ 1e7)
 * margin gates; the quantity grid is {@link org.exhaustionlab.backtest.StrategyProperties#qtyStep()}. Entries are not
 * cancelled for insufficient margin at placement.</li>
 * <li>Margin calls are checked at each price the path reaches (open, extremes, fills, close) and liquidate four times
 * the contracts needed to cover the shortfall; TradingView's exact rounding of that quantity is not verified.</li>
 * <li>Risk rules use UTC calendar days, not the exchange session, and act at the bar's close.</li>
 * <li>Strategy max drawdown / run-up use each bar's extremes with the position held at the bar's end.</li>
 * <li>Sharpe / Sortino follow the documented formula (see {@link org.exhaustionlab.backtest.Metrics}); no export
 * contains them, so they are not validated against TradingView. Calendar periods are UTC.</li>
 * <li>No currency conversion, no 9,000-order trimming, no alerts (alert messages are carried on orders only).</li>
 * </ul>
 */
package org.exhaustionlab.backtest;
