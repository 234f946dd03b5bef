package org.exhaustionlab.validation.report;

import org.exhaustionlab.validation.montecarlo.MonteCarloResult;

/**
 * Trade Monte Carlo of the full-period trade list: the order permutation gives the drawdown distribution (the final
 * P&amp;L is fixed), the bootstrap with replacement gives the spread of the total return.
 */
public record MonteCarloSummary(int runs, long seed, MonteCarloResult permutation, MonteCarloResult bootstrap) {

    public MonteCarloSummary {
        if (permutation == null || bootstrap == null) {
            throw new IllegalArgumentException("Monte Carlo summary needs both the permutation and the bootstrap result");
        }
    }
}
