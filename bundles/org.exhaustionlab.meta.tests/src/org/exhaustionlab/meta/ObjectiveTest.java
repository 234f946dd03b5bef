package org.exhaustionlab.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.evolution.Directive;
import org.exhaustionlab.evolution.Lineage;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.FitnessPresets;
import org.exhaustionlab.optimize.Metrics;
import org.junit.jupiter.api.Test;

/** The six directives: lack detection, fitness re-weighting, prompt guidance, and picking by lack. */
class ObjectiveTest {

    private static Evaluation evaluation(double net, double sharpe, double dd, double trades, double perDay) {
        return Evaluation.of(Map.of(Metrics.NET_PROFIT_PCT, net, Metrics.SHARPE, sharpe, Metrics.MAX_DRAWDOWN_PCT, dd,
                Metrics.WIN_RATE_PCT, 50.0, Metrics.TRADES, trades, Metrics.TRADES_PER_DAY, perDay),
                new double[] { 0.01, -0.01, 0.02 });
    }

    private static PopulationProfile profile(double sharpe, double dd, double perDay, double cross, int size,
            double similarity) {
        return new PopulationProfile(sharpe, dd, perDay, cross, size, similarity, 3);
    }

    @Test
    void eachLackRespondsToItsOwnFigure() {
        PopulationProfile good = profile(1.2, 3, 10, 1.0, 300, 0.3);
        for (Objective o : Objective.values()) {
            assertEquals(0, o.lack(good), 1e-12, o + " is satisfied by a good population");
        }
        assertEquals(1, Objective.RAISE_SHARPE.lack(profile(-0.8, 3, 10, 1, 300, 0.3)), 1e-12);
        assertEquals(0.5, Objective.CUT_DRAWDOWN.lack(profile(1.2, 15, 10, 1, 300, 0.3)), 1e-12);
        assertEquals(1, Objective.TRADE_FREQUENCY.lack(profile(1.2, 3, 0.5, 1, 300, 0.3)), 1e-12, "10x too few");
        assertEquals(Math.log10(2), Objective.TRADE_FREQUENCY.lack(profile(1.2, 3, 100, 1, 300, 0.3)), 1e-12);
        assertEquals(0.75, Objective.CROSS_MARKET.lack(profile(1.2, 3, 10, 0.25, 300, 0.3)), 1e-12);
        assertEquals(0, Objective.CROSS_MARKET.lack(profile(1.2, 3, 10, Double.NaN, 300, 0.3)), "not measured");
        assertEquals(1, Objective.SIMPLICITY.lack(profile(1.2, 3, 10, 1, 1500, 0.3)), 1e-12);
        assertEquals(1, Objective.NOVELTY.lack(profile(1.2, 3, 10, 1, 300, 0.97)), 1e-12);
    }

    @Test
    void profileMeasuresTheBestMemberAndTheSimilarity() {
        Candidate a = new Candidate("a", MetaTestData.EMA_CROSS, evaluation(5, 0.8, 12, 40, 1.3), 0.7, 0,
                Lineage.seed(), Map.of());
        Candidate b = new Candidate("b", MetaTestData.EMA_CROSS_RENAMED, evaluation(1, 0.1, 4, 10, 0.3), 0.5, 0,
                Lineage.seed(), Map.of());

        PopulationProfile p = PopulationProfile.of(List.of(a, b), 0.5);

        assertEquals(0.8, p.bestSharpe());
        assertEquals(12, p.bestDrawdownPct());
        assertEquals(1.3, p.bestTradesPerDay());
        assertTrue(p.meanSimilarity() > 0.9, "renamed copies are alike: " + p.meanSimilarity());
        assertTrue(p.bestComplexity() > 20);
        assertTrue(Double.isNaN(PopulationProfile.of(List.of(a), 0.5).meanSimilarity()));
    }

    @Test
    void directiveWeightsChangeWhichStrategyWins() {
        Evaluation steady = evaluation(4, 0.6, 2, 60, 1);
        Evaluation wild = evaluation(40, 0.9, 30, 60, 1);
        FitnessFunction base = FitnessPresets.BALANCED_RESEARCH;
        FitnessFunction cut = Objective.CUT_DRAWDOWN.fitness(base);

        assertTrue(base.score(wild) > base.score(steady), "the base preset likes the big return");
        assertTrue(cut.score(steady) > cut.score(wild), "CUT_DRAWDOWN prefers the small drawdown");
        assertEquals("BALANCED_RESEARCH+CUT_DRAWDOWN", cut.name());
        assertSame(FitnessPresets.SEED_CLASSIC, Objective.NOVELTY.fitness(FitnessPresets.SEED_CLASSIC));

        FitnessFunction band = Objective.TRADE_FREQUENCY.fitness(base);
        assertTrue(band.score(evaluation(4, 0.6, 2, 600, 10)) > band.score(evaluation(4, 0.6, 2, 60, 1)),
                "10 trades a day is inside the 5-50 band, 1 is not");
    }

    @Test
    void directiveTextCarriesTheGuidanceAndTheEvidence() {
        Directive d = Objective.CUT_DRAWDOWN.directive("Find a trend strategy.", Set.of("trend-following"),
                profile(1.2, 17.25, 10, 1, 300, 0.3));
        assertTrue(d.goal().startsWith("Find a trend strategy. Focus of this generation: Cut the maximum drawdown"),
                d.goal());
        assertTrue(d.goal().contains("17.3 % max drawdown"), d.goal());
        assertEquals(Set.of("trend-following"), d.tags());
        assertTrue(Objective.TRADE_FREQUENCY.guidance().contains("5-50 trades per day"));
    }

    @Test
    void theMostLackingDirectiveIsPickedFirst() {
        Bandit bandit = new Bandit(Bandit.Policy.UCB1, 1.0, 0.9, 0);
        GenerationStep.registerArms(bandit);
        PopulationProfile deepDrawdown = profile(1.2, 24, 10, 1, 300, 0.3);
        Map<String, Double> prior = new java.util.HashMap<>();
        Objective.lacks(deepDrawdown).forEach((o, v) -> prior.put(o.name(), v));

        assertEquals("CUT_DRAWDOWN", bandit.choose(GenerationStep.DIRECTIVE, prior, new Random(1)));
    }
}
