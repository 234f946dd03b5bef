/**
 * Glue between the backtester and the Validator (this package may import {@code org.exhaustionlab.backtest} and
 * {@code org.exhaustionlab.market}; the rest of the bundle stays JDK-only).
 *
 * <ul>
 * <li>{@link org.exhaustionlab.validation.adapters.BacktestAdapters}: a {@code BacktestResult} as trade outcomes,
 * an equity curve and daily / monthly return series.</li>
 * <li>{@link org.exhaustionlab.validation.adapters.ValidationPipeline}: runs a strategy (any
 * {@code BarSeries -> BacktestResult} function) through the full validation (full period, out-of-sample split,
 * cross-market, walk-forward, Monte Carlo, PSR/DSR, PBO, execution estimates, look-ahead check) and returns a
 * {@link org.exhaustionlab.validation.report.ValidationReport}.</li>
 * <li>{@link org.exhaustionlab.validation.adapters.LookAheadDetector}: runs a strategy on growing prefixes of the
 * data and flags signals that change once later bars are known.</li>
 * </ul>
 */
package org.exhaustionlab.validation.adapters;
