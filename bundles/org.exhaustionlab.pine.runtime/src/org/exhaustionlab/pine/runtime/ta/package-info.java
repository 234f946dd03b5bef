/**
 * Incremental implementations of Pine Script's {@code ta.*} functions and variables.
 *
 * <p>Each class is the state of ONE call site: the interpreter creates one instance per call site and calls its
 * {@code next(...)} once per bar on which that call is executed (a call skipped by an {@code if} does not advance).
 * Arguments are the current bar's values as primitives; {@code na} is {@link Double#NaN}. Results that Pine types as
 * {@code int} (bar offsets, counts, directions) are returned as a {@code double} holding a whole number, NaN for na.
 * Lengths are passed on every call and may change between bars. After warm-up, an update allocates nothing: history
 * buffers grow on demand (amortised doubling) up to {@link org.exhaustionlab.pine.runtime.ta.DoubleRing#HISTORY_LIMIT}
 * bars beyond the longest length seen.
 *
 * <p>Where TradingView's exact behaviour is not documented, the rule implemented is noted in a one-line comment with
 * its evidence: a conformance export in {@code shared/conformance/tradingview/indicators}, the Pine reference's
 * documented formula, or a TradingView measurement published by the PyneCore project (its ta.py notes).
 */
package org.exhaustionlab.pine.runtime.ta;
