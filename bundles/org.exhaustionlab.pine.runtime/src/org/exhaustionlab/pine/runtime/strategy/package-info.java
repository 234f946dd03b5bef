/**
 * Strategy SPI: the runtime forwards every executed {@code strategy.*} command (and the {@code strategy()}
 * declaration) to a {@link org.exhaustionlab.pine.runtime.strategy.StrategyHost} as a fully evaluated
 * {@link org.exhaustionlab.pine.runtime.strategy.StrategyCall}, and asks the host for strategy state
 * ({@code strategy.position_size}, {@code strategy.closedtrades.profit(n)}, ...). The backtester implements the
 * host; this bundle does not depend on it.
 * <p>
 * {@code calc_on_order_fills}: when {@link org.exhaustionlab.pine.runtime.strategy.StrategyHost#recalculatesOnFills()}
 * says so, the runtime asks the host after {@code beforeBar} for the bar's fill points
 * ({@link org.exhaustionlab.pine.runtime.strategy.FillPoint}) and runs the script once more at each (at most 3, so 4
 * executions per bar with the closing one), with {@code close} = the fill price and {@code high}/{@code low} = the
 * path so far ({@code open}, {@code volume}, {@code time} unchanged). After each extra execution the whole script
 * state (var slots, series history, ta.* and library state, collections, drawings, plots and log events of the
 * bar) is rolled back to the start of the bar, so only the closing execution commits; the strategy commands an extra
 * execution issued stay with the host. Without the property nothing of this runs.
 */
package org.exhaustionlab.pine.runtime.strategy;
