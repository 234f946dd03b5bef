package org.exhaustionlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FitnessTest {

    /** +50 % net, Sharpe 2, DD 10 %, 60 % winners, 20 trades, 1 trade/day, 3 of 4 periods positive. */
    static Evaluation good() {
        Map<String, Double> m = new HashMap<>();
        m.put(Metrics.NET_PROFIT_PCT, 50.0);
        m.put(Metrics.SHARPE, 2.0);
        m.put(Metrics.MAX_DRAWDOWN_PCT, 10.0);
        m.put(Metrics.WIN_RATE_PCT, 60.0);
        m.put(Metrics.TRADES, 20.0);
        m.put(Metrics.TRADES_PER_DAY, 1.0);
        return Evaluation.of(m, new double[] { 0.1, -0.02, 0.05, 0.0 });
    }

    @Test
    void componentsAreNormalisedAsDocumented() {
        Evaluation e = good();
        double n = 0.5 + 0.5 * Math.tanh(1); // n(50 %, 50) and n(Sharpe 2, 2)
        assertEquals(n, WeightedFitness.pnl(e), 1e-12);
        assertEquals(n, WeightedFitness.sharpe(e), 1e-12);
        assertEquals(0.8, WeightedFitness.drawdown(e), 1e-12);
        assertEquals(0.6, WeightedFitness.winRate(e), 1e-12);
        assertEquals(0.75, WeightedFitness.consistency(e), 1e-12);
        assertEquals(1.0, WeightedFitness.slippageResistance(e), 1e-12, "2.5 % per trade");
        assertEquals(0.5, WeightedFitness.optional(e, Metrics.EXECUTION_SPEED), 1e-12, "neutral when unmeasured");
        WeightedFitness w = (WeightedFitness) FitnessPresets.AGGRESSIVE_DEMO;
        assertEquals(1.0, w.tradeFrequency(e));
        assertEquals(0.5, w.tradeFrequency(withMetric(e, Metrics.TRADES_PER_DAY, 0.25)), 1e-12);
        assertEquals(0.5, w.tradeFrequency(withMetric(e, Metrics.TRADES_PER_DAY, 100)), 1e-12);
    }

    @Test
    void aggressiveAndConservativePresetsUseTheOriginalWeights() {
        Evaluation e = good();
        double n = 0.5 + 0.5 * Math.tanh(1);
        // components: pnl, sharpe, dd, win, consistency, frequency, slippage, speed, diversity
        double[] c = { n, n, 0.8, 0.6, 0.75, 1.0, 1.0, 0.5, 0.5 };
        double[] aggressive = { 0.35, 0.15, 0.15, 0.10, 0.08, 0.12, 0.02, 0.03, 0.08 };
        double[] conservative = { 0.15, 0.30, 0.25, 0.20, 0.08, 0.05, 0.10, 0.05, 0.15 };
        assertEquals(weighted(c, aggressive), FitnessPresets.AGGRESSIVE_DEMO.score(e), 1e-12);
        assertEquals(weighted(c, conservative), FitnessPresets.CONSERVATIVE_PRODUCTION.score(e), 1e-12);
        assertEquals(1.08, ((WeightedFitness) FitnessPresets.AGGRESSIVE_DEMO).weights().sum(), 1e-12);
        for (String name : FitnessPresets.names()) {
            double s = FitnessPresets.byName(name).score(e);
            assertTrue(name.equals("SEED_CLASSIC") || (s > 0 && s <= 1), name + " " + s);
        }
    }

    @Test
    void aliasesAndSeedClassic() {
        assertSame(FitnessPresets.BALANCED_RESEARCH, FitnessPresets.byName("balanced"));
        assertSame(FitnessPresets.CONSERVATIVE_PRODUCTION, FitnessPresets.byName("CONSERVATIVE"));
        assertSame(FitnessPresets.AGGRESSIVE_DEMO, FitnessPresets.byName("aggressive"));
        assertSame(FitnessPresets.BALANCED_DEMO, FitnessPresets.byName("balanced-demo"));
        assertThrows(IllegalArgumentException.class, () -> FitnessPresets.byName("FAST"));
        assertEquals(0.5 + 2.0 - 0.1, FitnessPresets.SEED_CLASSIC.score(good()), 1e-12);
    }

    @Test
    void betterMetricsScoreHigherUnderEveryPreset() {
        Evaluation worse = withMetric(withMetric(good(), Metrics.SHARPE, 0.5), Metrics.NET_PROFIT_PCT, 5);
        for (String name : FitnessPresets.names()) {
            FitnessFunction f = FitnessPresets.byName(name);
            assertTrue(f.score(good()) > f.score(worse), name);
        }
    }

    @Test
    void constraintsPenaliseInfeasibleCandidatesBelowEveryFeasibleOne() {
        FitnessFunction f = FitnessPresets.AGGRESSIVE_DEMO; // >= 5 trades, DD <= 35 %
        Evaluation fewTrades = withMetric(good(), Metrics.TRADES, 2);
        Evaluation deepDrawdown = withMetric(good(), Metrics.MAX_DRAWDOWN_PCT, 70);
        Evaluation bothBad = withMetric(fewTrades, Metrics.MAX_DRAWDOWN_PCT, 70);
        Evaluation poorButFeasible = withMetric(withMetric(good(), Metrics.NET_PROFIT_PCT, -40), Metrics.SHARPE, -2);
        assertEquals(FitnessFunction.PENALTY - 0.6, f.score(fewTrades), 1e-12);
        assertEquals(FitnessFunction.PENALTY - 1.0, f.score(deepDrawdown), 1e-12);
        assertTrue(f.score(bothBad) < f.score(deepDrawdown), "more violation, lower score");
        assertTrue(f.score(poorButFeasible) > FitnessFunction.PENALTY);
        assertEquals(FitnessFunction.FAILED, f.score(Evaluation.failed("no data")));
        assertEquals(0, new Constraints(5, 35).violation(good()));
    }

    private static double weighted(double[] c, double[] w) {
        double s = 0;
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            s += c[i] * w[i];
            sum += w[i];
        }
        return s / sum;
    }

    private static Evaluation withMetric(Evaluation e, String key, double value) {
        Map<String, Double> m = new HashMap<>(e.metrics());
        m.put(key, value);
        return Evaluation.of(m, e.periodReturns());
    }
}
