package org.exhaustionlab.fitness.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.FitnessRegistry;
import org.exhaustionlab.optimize.Metrics;
import org.junit.jupiter.api.Test;

class FitnessPackTest {

    static Evaluation evaluation(double netPct, double ddPct, double sortino, double trades) {
        Map<String, Double> m = new HashMap<>();
        m.put(Metrics.NET_PROFIT_PCT, netPct);
        m.put(Metrics.MAX_DRAWDOWN_PCT, ddPct);
        m.put(Metrics.SORTINO, sortino);
        m.put(Metrics.TRADES, trades);
        return Evaluation.of(m, new double[0]);
    }

    @Test
    void calmarIsProfitPerDrawdownWithAFloorAndLimits() {
        CalmarFitness calmar = new CalmarFitness();
        assertEquals(3.0, calmar.score(evaluation(30, 10, 0, 20)), 1e-12);
        assertEquals(-2.0, calmar.score(evaluation(-20, 10, 0, 20)), 1e-12, "losses rank by loss per drawdown");
        assertEquals(5.0, calmar.score(evaluation(5, 0.2, 0, 20)), 1e-12, "drawdowns under 1 % count as 1 %");
        assertTrue(calmar.score(evaluation(30, 10, 0, 2)) < FitnessFunction.PENALTY, "too few trades");
        assertTrue(calmar.score(evaluation(90, 60, 0, 20)) < FitnessFunction.PENALTY, "drawdown over 50 %");
        assertEquals(FitnessFunction.FAILED, calmar.score(Evaluation.failed("script error")));
    }

    @Test
    void sortinoScoresTheRatioUnderItsLimits() {
        SortinoFitness sortino = new SortinoFitness();
        assertEquals(1.7, sortino.score(evaluation(30, 10, 1.7, 12)), 1e-12);
        assertTrue(sortino.score(evaluation(30, 10, 1.7, 9)) < FitnessFunction.PENALTY, "too few trades");
        assertTrue(sortino.score(evaluation(30, 40, 1.7, 12)) < FitnessFunction.PENALTY, "drawdown over 35 %");
    }

    @Test
    void bothAreRegisteredAsServicesAndSelectableByName() throws InterruptedException {
        // Declarative Services registers both components; the optimiser's tracker puts them in the registry
        long deadline = System.currentTimeMillis() + 10_000;
        while (!FitnessRegistry.names().containsAll(List.of("CALMAR", "SORTINO"))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("CALMAR and SORTINO never reached the registry: " + FitnessRegistry.names());
            }
            Thread.sleep(50);
        }
        FitnessFunction calmar = FitnessRegistry.byName("calmar");
        assertTrue(calmar instanceof CalmarFitness, calmar.getClass().getName());
        assertTrue(FitnessRegistry.byName("Sortino") instanceof SortinoFitness);
        assertTrue(!calmar.description().isBlank());
        IllegalArgumentException second = assertThrows(IllegalArgumentException.class,
                () -> FitnessRegistry.install(new CalmarFitness()));
        assertTrue(second.getMessage().contains("the name is taken"), second.getMessage());
    }
}
