package org.exhaustionlab.validation.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.exhaustionlab.validation.Direction;
import org.exhaustionlab.validation.TradeOutcome;
import org.junit.jupiter.api.Test;

class TradeMonteCarloTest {
    private static final double CAPITAL = 10_000;

    /** 200 trades on a 1,000 notional: 55 % win +20, 45 % lose −15 (expected +4.25 per trade). */
    static List<TradeOutcome> trades(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<TradeOutcome> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double p = rng.nextDouble() < 0.55 ? 20 : -15;
            out.add(new TradeOutcome(i * 1000L, i * 1000L + 500, i % 2 == 0 ? Direction.LONG : Direction.SHORT, 1000, p));
        }
        return out;
    }

    private static double historicalTotalReturn(List<TradeOutcome> t) {
        return t.stream().mapToDouble(TradeOutcome::profit).sum() / CAPITAL;
    }

    @Test
    void permutationKeepsFinalProfitButSpreadsTheDrawdown() {
        List<TradeOutcome> t = trades(1);
        MonteCarloResult r = new TradeMonteCarlo(t, CAPITAL).permutation(MonteCarloOptions.of(2000, 42));
        double total = historicalTotalReturn(t);
        assertEquals(total, r.totalReturn().min(), 1e-12);
        assertEquals(total, r.totalReturn().max(), 1e-12);
        assertEquals(2000, r.maxDrawdown().size());
        assertTrue(r.maxDrawdown().percentile(95) > r.maxDrawdown().percentile(5), "drawdown should vary with the order");
        assertEquals(r.sharpePerTrade().min(), r.sharpePerTrade().max(), 1e-12); // same trades, same moments
        assertEquals(0.0, r.ruinProbability());
    }

    @Test
    void permutationDrawdownOfASortedSequenceBracketsTheExtremes() {
        // Losers first: the worst possible order. Its drawdown must be ≥ every permutation's drawdown.
        List<TradeOutcome> t = new ArrayList<>(trades(2));
        t.sort((a, b) -> Double.compare(a.profit(), b.profit()));
        double losses = t.stream().filter(x -> x.profit() < 0).mapToDouble(x -> -x.profit()).sum();
        double worst = losses / CAPITAL; // peak is the starting capital
        MonteCarloResult r = new TradeMonteCarlo(t, CAPITAL).permutation(MonteCarloOptions.of(500, 3));
        assertTrue(r.maxDrawdown().max() <= worst + 1e-12, r.maxDrawdown().max() + " > " + worst);
    }

    @Test
    void bootstrapGivesAConfidenceIntervalAroundTheHistoricalResult() {
        List<TradeOutcome> t = trades(3);
        MonteCarloResult r = new TradeMonteCarlo(t, CAPITAL).bootstrap(MonteCarloOptions.of(4000, 7));
        double total = historicalTotalReturn(t);
        double[] ci = r.totalReturnInterval(0.95);
        assertTrue(ci[0] < total && total < ci[1], "95 % CI " + ci[0] + ".." + ci[1] + " should contain " + total);
        assertTrue(ci[1] - ci[0] > 0.01, "resampling must produce spread");
        // Analytic check: the bootstrap sd of the sum of n draws is √n · sd(profit) (population sd).
        double mean = t.stream().mapToDouble(TradeOutcome::profit).average().orElseThrow();
        double var = t.stream().mapToDouble(x -> (x.profit() - mean) * (x.profit() - mean)).sum() / t.size();
        double expectedSd = Math.sqrt(t.size() * var) / CAPITAL;
        double[] v = r.totalReturn().sortedValues();
        double m = r.totalReturn().mean();
        double sd = Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1));
        assertEquals(expectedSd, sd, expectedSd * 0.05);
        double[] sharpeCi = r.sharpeInterval(0.95);
        assertTrue(sharpeCi[0] < sharpeCi[1]);
    }

    @Test
    void blockBootstrapKeepsStreaks() {
        // Alternating blocks of 10 wins and 10 losses: with block length 10 the resample keeps long streaks, so
        // its drawdowns are deeper than the i.i.d. bootstrap's.
        List<TradeOutcome> t = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            t.add(new TradeOutcome(i, i + 1, Direction.LONG, 1000, (i / 10) % 2 == 0 ? 12 : -10));
        }
        TradeMonteCarlo mc = new TradeMonteCarlo(t, CAPITAL);
        MonteCarloOptions o = MonteCarloOptions.of(2000, 11).withBlockLength(10);
        double blockMedianDd = mc.blockBootstrap(o).maxDrawdown().percentile(50);
        double iidMedianDd = mc.bootstrap(o).maxDrawdown().percentile(50);
        assertTrue(blockMedianDd > iidMedianDd * 1.3, "block " + blockMedianDd + " vs iid " + iidMedianDd);
    }

    @Test
    void slippageAndSkippingLowerTheOutcome() {
        List<TradeOutcome> t = trades(4);
        TradeMonteCarlo mc = new TradeMonteCarlo(t, CAPITAL);
        double total = historicalTotalReturn(t);
        // slippage up to 1 % of the 1,000 notional costs on average 5 per trade, 200 trades → −1,000 = −10 %
        MonteCarloResult slipped = mc.permutation(MonteCarloOptions.of(2000, 5).withMaxSlippage(0.01));
        assertEquals(total - 0.10, slipped.totalReturn().mean(), 0.005);
        assertTrue(slipped.totalReturn().max() < total);
        // skipping half the trades halves the expected profit
        MonteCarloResult skipped = mc.permutation(MonteCarloOptions.of(2000, 6).withSkipProbability(0.5));
        assertEquals(total / 2, skipped.totalReturn().mean(), Math.abs(total) * 0.05);
    }

    @Test
    void equalSeedsGiveEqualResultsAndOtherSeedsDiffer() {
        TradeMonteCarlo mc = new TradeMonteCarlo(trades(5), CAPITAL);
        MonteCarloOptions o = MonteCarloOptions.of(500, 123).withMaxSlippage(0.002);
        assertArrayEquals(mc.bootstrap(o).totalReturn().sortedValues(), mc.bootstrap(o).totalReturn().sortedValues());
        assertNotEquals(mc.bootstrap(o).totalReturn().mean(), mc.bootstrap(MonteCarloOptions.of(500, 124).withMaxSlippage(0.002)).totalReturn().mean());
    }

    @Test
    void ruinIsCounted() {
        List<TradeOutcome> t = List.of(new TradeOutcome(0, 1, Direction.LONG, 1000, -600), new TradeOutcome(1, 2, Direction.LONG, 1000, -600));
        MonteCarloResult r = new TradeMonteCarlo(t, 1000).permutation(MonteCarloOptions.of(10, 1));
        assertEquals(1.0, r.ruinProbability());
        assertEquals(1.0, r.maxDrawdown().max()); // capped at total loss
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> MonteCarloOptions.of(0, 1));
        assertThrows(IllegalArgumentException.class, () -> MonteCarloOptions.of(10, 1).withSkipProbability(1.0));
        assertThrows(IllegalArgumentException.class, () -> new TradeMonteCarlo(List.of(), 1000));
    }
}
