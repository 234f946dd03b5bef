/**
 * Strategy evolution: a language model proposes Pine strategies (generate, check, repair, backtest), mutation
 * operators and an island population with novelty pressure keep the search diverse, and the genetic optimiser tunes
 * each proposed structure's inputs. Models are reached only through {@link org.exhaustionlab.llm.LlmProvider}.
 */
package org.exhaustionlab.evolution;
