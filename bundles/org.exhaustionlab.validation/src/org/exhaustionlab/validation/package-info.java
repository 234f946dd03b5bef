/**
 * Statistics and scoring core of the Validator (JDK only, no UI, no OSGi).
 *
 * <p>Inputs are small immutable values that a thin mapper fills from the backtester: {@link
 * org.exhaustionlab.validation.TradeOutcome} (closed trades), {@link org.exhaustionlab.validation.EquityCurve}
 * (equity over time) and {@link org.exhaustionlab.validation.ReturnSeries} (per-period returns). Simulations return
 * {@link org.exhaustionlab.validation.Distribution}s (sorted samples with percentiles and histograms).
 *
 * <ul>
 * <li>{@code stats}: moments, the normal distribution, Sharpe / Sortino / Calmar, drawdowns, ulcer index,
 * recovery time, VaR / CVaR, monthly returns and consistency, trade statistics, {@code PerformanceSummary}.</li>
 * <li>{@code overfit}: probabilistic and deflated Sharpe ratios, minimum backtest length, PBO by CSCV.</li>
 * <li>{@code montecarlo}: trade permutation, bootstrap and block bootstrap with skipping and slippage.</li>
 * <li>{@code realitycheck}: White's Reality Check and Hansen's SPA with the stationary bootstrap.</li>
 * <li>{@code score}: the readiness score, pre-production gates, production risk limits and verdict.</li>
 * <li>{@code walkforward}: rolling / anchored windows, OOS stitching, walk-forward efficiency.</li>
 * </ul>
 * Every random procedure takes a seed; equal seeds give equal results regardless of thread count.
 */
package org.exhaustionlab.validation;
