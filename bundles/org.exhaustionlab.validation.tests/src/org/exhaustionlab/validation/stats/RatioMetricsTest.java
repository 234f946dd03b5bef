package org.exhaustionlab.validation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.TimeUnits;
import org.junit.jupiter.api.Test;

class RatioMetricsTest {
    // r = {1 %, 2 %, −1 %, 2 %}: mean 1 %; deviations 0, 1, −2, 1 (%); Σd² = 6e-4; sample var 2e-4; sd 1.41421 %.
    private static final double[] R = {0.01, 0.02, -0.01, 0.02};

    @Test
    void sharpePerPeriodIsMeanOverSampleStdev() {
        assertEquals(0.01 / Math.sqrt(2e-4), RatioMetrics.sharpePerPeriod(R), 1e-12); // 0.7071067811865476
    }

    @Test
    void annualisedSharpeScalesBySquareRootOfPeriods() {
        assertEquals(13.509256086106296, RatioMetrics.annualisedSharpe(R, 365), 1e-9); // 0.70711 × √365
    }

    @Test
    void riskFreeRateIsSubtracted() {
        // excess {0.5, 1.5, −1.5, 1.5} % has the same sd, mean 0.5 %
        assertEquals(0.005 / Math.sqrt(2e-4), RatioMetrics.sharpePerPeriod(R, 0.005), 1e-12);
    }

    @Test
    void sortinoUsesShortfallOverAllPeriods() {
        // only −1 % falls short: √(1e-4 / 4) = 0.5 % → 1 % / 0.5 % = 2
        assertEquals(0.005, RatioMetrics.downsideDeviation(R, 0), 1e-15);
        assertEquals(2.0, RatioMetrics.sortinoPerPeriod(R), 1e-12);
        assertEquals(2.0 * Math.sqrt(12), RatioMetrics.annualisedSortino(R, 12), 1e-12);
    }

    @Test
    void sortinoWithoutLossesIsInfiniteAndConstantSharpeIsUndefined() {
        assertEquals(Double.POSITIVE_INFINITY, RatioMetrics.sortinoPerPeriod(new double[] {0.01, 0.02}));
        assertTrue(Double.isNaN(RatioMetrics.sharpePerPeriod(new double[] {0.01, 0.01, 0.01})));
    }

    @Test
    void calmarIsCagrOverMaxDrawdown() {
        // one year exactly, 100 → 80 → 150: CAGR 50 %, max drawdown 20 % → Calmar 2.5
        long year = (long) TimeUnits.MILLIS_PER_YEAR;
        EquityCurve c = new EquityCurve(new long[] {0, year / 2, year}, new double[] {100, 80, 150});
        assertEquals(0.5, c.annualisedReturn(), 1e-12);
        assertEquals(2.5, RatioMetrics.calmar(c), 1e-12);
    }

    @Test
    void informationRatioIsSharpeOfActiveReturns() {
        // active = R − b = {1, 2, −1, 2} % − {0, 1, −2, −1} % = {1, 1, 1, 3} %
        double[] b = {0.0, 0.01, -0.02, -0.01};
        // active {0.01, 0.01, 0.01, 0.03}: mean 0.015, Σd² = 3·0.005² + 0.015² = 3e-4, var 1e-4, sd 0.01 → IR 1.5
        assertEquals(1.5, RatioMetrics.informationRatioPerPeriod(R, b), 1e-12);
    }

    @Test
    void volatilityIsAnnualisedSampleStdev() {
        assertEquals(Math.sqrt(2e-4) * Math.sqrt(365), RatioMetrics.annualisedVolatility(R, 365), 1e-15);
    }

    @Test
    void stabilityIsOneForSteadyCompoundingAndLowerForAWanderingCurve() {
        long[] t = {0, 10, 20, 30, 40};
        assertEquals(1.0, RatioMetrics.stability(new EquityCurve(t, new double[] {1, 1.1, 1.21, 1.331, 1.4641})), 1e-12);
        // log equity 0, a, 0, a, 0 (a = ln 2): x̄ = 20, ȳ = 0.4a; Σdx·dy = −8a + 8a = 0 → R² = 0
        assertEquals(0.0, RatioMetrics.stability(new EquityCurve(t, new double[] {1, 2, 1, 2, 1})), 1e-12);
    }
}
