package org.exhaustionlab.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.exhaustionlab.optimize.Evaluation;
import org.junit.jupiter.api.Test;

class NoveltyTest {

    private static Candidate candidate(String id, String source, double fitness) {
        return new Candidate(id, source, Evaluation.of(Map.of(), new double[0]), fitness, 1,
                new Lineage(List.of(), "generate", 1, 0), Map.of());
    }

    @Test
    void renamedCopyIsNearlyIdenticalAndOtherLogicIsNot() {
        AstFingerprint ema = AstFingerprint.of(TestData.EMA_CROSS);
        AstFingerprint renamed = AstFingerprint.of(TestData.EMA_CROSS.replace("fast", "quick")
                .replace("slow", "lazy").replace("//@version=6\n", "//@version=6\n// a comment\n"));
        AstFingerprint retuned = AstFingerprint.of(TestData.EMA_CROSS.replace("input.int(9,", "input.int(12,"));
        AstFingerprint rsi = AstFingerprint.of(TestData.RSI_REVERSION);

        assertEquals(1.0, ema.similarity(renamed), 1e-12, "names and comments do not count");
        double r = ema.similarity(retuned);
        assertTrue(r > 0.95 && r < 1, "one number changed: " + r);
        double other = ema.similarity(rsi);
        assertTrue(other < 0.6, "different logic: " + other);
        assertEquals(other, rsi.similarity(ema), 1e-12, "symmetric");
        assertEquals(Set.of("ema", "crossover", "crossunder"), ema.builtinTags());
    }

    @Test
    void populationRejectsNearDuplicatesAcrossIslands() {
        Population p = new Population(2, 3, 0.95, 0.05);
        assertTrue(p.add(0, candidate("a", TestData.EMA_CROSS, 0.5)).added());
        Population.Admission dup = p.add(1, candidate("b", TestData.EMA_CROSS.replace("fast", "f"), 0.9));
        assertFalse(dup.added());
        assertEquals("a", dup.nearestId());
        assertEquals(1.0, dup.maxSimilarity(), 1e-12);
        Population.Admission fresh = p.add(1, candidate("c", TestData.RSI_REVERSION, 0.4));
        assertTrue(fresh.added());
        assertEquals(List.of("a", "c"), p.all().stream().map(Candidate::id).toList());
    }

    @Test
    void islandsKeepTheirBestAndMigrate() {
        Population p = new Population(2, 2, 1.0, 0);
        p.add(0, candidate("a", TestData.EMA_CROSS, 0.2));
        p.add(0, candidate("b", TestData.RSI_REVERSION, 0.6));
        p.add(0, candidate("c", TestData.NEVER_TRADES, 0.4));
        assertEquals(List.of("b", "c"), p.all().stream().map(Candidate::id).toList(), "capacity 2 drops the worst");
        assertEquals("b", p.pickParent(1, new Random(1)).id(), "an empty island draws the global best");
        p.migrate();
        Random random = new Random(3);
        for (int i = 0; i < 10; i++) {
            assertEquals("b", p.pickParent(1, random).id(), "island 1 holds the migrant only");
        }
    }

    @Test
    void configRejectsNonsenseWithClearMessages() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> EvolutionConfig.defaults().withSize(4, 2, 5));
        assertEquals("islands must be between 1 and the population size (4), got 5", e.getMessage());
        EvolutionConfig d = EvolutionConfig.defaults();
        assertEquals(8, d.populationSize());
        assertEquals(10, d.generations());
        assertEquals("BALANCED_DEMO", d.fitness().name());
        assertEquals(3, d.repairAttempts());
        assertEquals(EvolutionMode.HYBRID, d.mode());
    }
}
