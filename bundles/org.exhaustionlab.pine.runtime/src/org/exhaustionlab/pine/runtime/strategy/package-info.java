/**
 * Strategy SPI: the runtime forwards every executed {@code strategy.*} command (and the {@code strategy()}
 * declaration) to a {@link org.exhaustionlab.pine.runtime.strategy.StrategyHost} as a fully evaluated
 * {@link org.exhaustionlab.pine.runtime.strategy.StrategyCall}, and asks the host for strategy state
 * ({@code strategy.position_size}, {@code strategy.closedtrades.profit(n)}, ...). The backtester implements the
 * host; this bundle does not depend on it.
 */
package org.exhaustionlab.pine.runtime.strategy;
