/**
 * The catalog of TradingView Pine Script built-ins (functions, variables, constants, types) used by the checker,
 * the editor (hover, completion) and the LLM repair loop. {@link org.exhaustionlab.pine.catalog.BuiltinCatalog}
 * is the entry point; the data lives in the {@code *.pinedef} files beside it (format described at the top of
 * {@code core.pinedef}). JDK only.
 */
package org.exhaustionlab.pine.catalog;
