package org.exhaustionlab.validation.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessScorerTest {

    /** Every line at its full-point value and every gate passed. */
    static ScoreInputs excellent() {
        return ScoreInputs.unmeasured().withBars(5000)
                .with(ScoreItem.SHARPE, 2.5).with(ScoreItem.ANNUALISED_RETURN, 0.30).with(ScoreItem.WIN_RATE, 0.55)
                .with(ScoreItem.MAX_DRAWDOWN, 0.10).with(ScoreItem.CONSISTENCY, 0.05).with(ScoreItem.RECOVERY_TIME, 10)
                .with(ScoreItem.SIGNAL_FREQUENCY, 12).with(ScoreItem.LATENCY, 120).with(ScoreItem.SLIPPAGE, 0.001)
                .with(ScoreItem.OUT_OF_SAMPLE, 0.7).with(ScoreItem.CROSS_MARKET, 1.0);
    }

    @Test
    void excellentStrategyScores100AndReachesTheTarget() {
        ReadinessReport r = ReadinessScorer.score(excellent());
        assertEquals(100.0, r.total(), 1e-12);
        assertEquals(Verdict.TARGET_REACHED, r.verdict());
        assertTrue(r.allGatesPassed());
        assertEquals(35.0, r.blockPoints(ScoreBlock.PERFORMANCE), 1e-12);
        assertEquals(11, r.lines().size());
        assertTrue(r.lines().stream().allMatch(ScoreLine::fullPoints));
    }

    @Test
    void everyLineReportsMeasuredValueThresholdAndPoints() {
        ReadinessReport r = ReadinessScorer.score(excellent().with(ScoreItem.MAX_DRAWDOWN, 0.325));
        ScoreLine dd = r.line(ScoreItem.MAX_DRAWDOWN);
        assertEquals(0.325, dd.measured());
        assertEquals(7.5, dd.points(), 1e-12);
        assertEquals(15.0, dd.maxPoints());
        assertEquals("Max drawdown: 32.5% (full at ≤ 15%, zero at ≥ 50%) → 7.50 / 15", dd.describe());
        assertEquals(92.5, r.total(), 1e-12);
        List<String> text = r.describe();
        assertTrue(text.contains("RISK 22.50 / 30"), text.toString());
        assertTrue(text.stream().anyMatch(l -> l.startsWith("Gate Max drawdown ≤ 25%: 32.5% FAIL")), text.toString());
        assertTrue(text.contains("Limit: Daily loss limit 1 % (hard stop)"), text.toString());
    }

    @Test
    void unmeasuredInputsScoreZeroAndFailTheGates() {
        ReadinessReport r = ReadinessScorer.score(ScoreInputs.unmeasured());
        assertEquals(0.0, r.total());
        assertEquals(Verdict.NOT_READY, r.verdict());
        assertTrue(r.gates().stream().noneMatch(GateResult::passed));
        assertFalse(r.line(ScoreItem.LATENCY).wasMeasured());
        assertTrue(r.line(ScoreItem.LATENCY).describe().contains("not measured"));
    }

    @Test
    void highScoreWithAFailedGateIsNotReadyForLive() {
        // win rate 35 %: 10 · 0.35/0.45 = 7.78 points, total 97.78, but the 40 % gate fails
        ReadinessReport r = ReadinessScorer.score(excellent().with(ScoreItem.WIN_RATE, 0.35));
        assertEquals(97.77777777777777, r.total(), 1e-9);
        assertFalse(r.gate(Gate.MIN_WIN_RATE).passed());
        assertEquals(0.35, r.gate(Gate.MIN_WIN_RATE).measured());
        assertEquals(Verdict.GATES_FAILED, r.verdict());
    }

    @ParameterizedTest(name = "total {0}, gates passed {1} → {2}")
    @CsvSource({"70, true, CONSIDER_LIVE", "69.99, true, NOT_READY", "70.01, true, CONSIDER_LIVE", "80, true, TARGET_REACHED",
        "79.99, true, CONSIDER_LIVE", "80.01, true, TARGET_REACHED", "85, false, GATES_FAILED", "69.99, false, NOT_READY"})
    void verdictThresholds(double total, boolean gatesPassed, Verdict expected) {
        assertEquals(expected, ReadinessScorer.verdict(total, gatesPassed));
    }

    @ParameterizedTest(name = "{0} at {1} passes: {2}")
    @CsvSource({
        "MIN_BARS, 1000, true", "MIN_BARS, 999, false", "MIN_BARS, 1001, true",
        "MIN_SHARPE, 1.2, true", "MIN_SHARPE, 1.19, false", "MIN_SHARPE, 1.21, true",
        "MAX_DRAWDOWN, 0.25, true", "MAX_DRAWDOWN, 0.2501, false", "MAX_DRAWDOWN, 0.2499, true",
        "MIN_WIN_RATE, 0.40, true", "MIN_WIN_RATE, 0.3999, false", "MIN_WIN_RATE, 0.4001, true",
        "MIN_SHARPE, NaN, false"})
    void gatesAtAndAroundTheirThresholds(Gate gate, double measured, boolean passes) {
        assertEquals(passes, gate.passes(measured));
    }

    @Test
    void gatesAreCheckedWithTheScoreInputs() {
        ReadinessReport r = ReadinessScorer.score(excellent().withBars(999));
        GateResult bars = r.gate(Gate.MIN_BARS);
        assertEquals(999.0, bars.measured());
        assertFalse(bars.passed());
        assertEquals(Verdict.GATES_FAILED, r.verdict());
    }

    @Test
    void productionLimitsAreListed() {
        ProductionRiskLimits l = ReadinessScorer.score(excellent()).limits();
        assertEquals(0.02, l.maxPositionFraction());
        assertEquals(0.01, l.dailyLossLimit());
        assertEquals(0.7, l.maxCorrelation());
        assertEquals(50_000_000, l.minDailyVolumeUsd());
        assertEquals(100, l.maxTradesPerDay());
        assertEquals(List.of("Position size ≤ 2 % of capital per strategy", "Daily loss limit 1 % (hard stop)",
                "Correlation between strategies ≤ 0.7", "Market liquidity ≥ $50M 24h volume", "≤ 100 trades per day per strategy"), l.describe());
    }

    @Test
    void gateValuesAreFormattedInTheirUnits() {
        assertEquals("≥ 1000", Gate.MIN_BARS.ruleText());
        assertEquals("≥ 1.2", Gate.MIN_SHARPE.ruleText());
        assertEquals("≤ 25%", Gate.MAX_DRAWDOWN.ruleText());
        assertEquals("≥ 40%", Gate.MIN_WIN_RATE.ruleText());
        assertEquals("not measured", Gate.MIN_SHARPE.format(Double.NaN));
    }

    @Test
    void inputsFromAPerformanceSummary() {
        long day = 86_400_000L;
        org.exhaustionlab.validation.EquityCurve curve = new org.exhaustionlab.validation.EquityCurve(new long[] {0, 40 * day, 80 * day},
                new double[] {100, 90, 120});
        org.exhaustionlab.validation.stats.PerformanceSummary perf = org.exhaustionlab.validation.stats.PerformanceSummary.of(curve,
                List.of(), 365);
        ScoreInputs in = ScoreInputs.of(perf, 1200, 8, 200, 0.001, 0.6, 0.5);
        assertEquals(perf.annualisedSharpe(), in.sharpe());
        assertEquals(0.1, in.maxDrawdown(), 1e-12);
        assertEquals(40.0, in.averageRecoveryDays(), 1e-12); // trough day 40 → recovery day 80
        assertEquals(1200, in.bars());
        assertEquals(0.5, in.valueOf(ScoreItem.CROSS_MARKET));
    }
}
