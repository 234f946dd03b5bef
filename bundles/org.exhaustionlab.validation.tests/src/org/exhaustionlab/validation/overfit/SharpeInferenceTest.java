package org.exhaustionlab.validation.overfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exhaustionlab.validation.stats.Normal;
import org.junit.jupiter.api.Test;

class SharpeInferenceTest {

    @Test
    void psrOfANormalSeries() {
        // SR = 0.1, SR* = 0, T = 101, γ₃ = 0, γ₄ = 3:
        //   denominator √(1 − 0·0.1 + (3 − 1)/4 · 0.01) = √1.005 = 1.0024968827881710
        //   z = (0.1 − 0) · √100 / 1.0024968827881710 = 0.99750933610763296
        //   Φ(z) = 0.84074132780135184
        assertEquals(0.84074132780135184, SharpeInference.probabilisticSharpe(0.1, 0, 101, 0, 3), 1e-9);
    }

    @Test
    void psrPenalisesNegativeSkewAndFatTails() {
        // SR = 0.1, SR* = 0.05, T = 401, γ₃ = −1, γ₄ = 6:
        //   1 − (−1)(0.1) + (6 − 1)/4 · 0.01 = 1 + 0.1 + 0.0125 = 1.1125 → √ = 1.0547511554864493
        //   z = 0.05 · √400 / 1.0547511554864493 = 1 / 1.0547511554864493 = 0.94809092627995443
        //   Φ(z) = 0.82845841643377985
        assertEquals(0.82845841643377985, SharpeInference.probabilisticSharpe(0.1, 0.05, 401, -1, 6), 1e-9);
        // the same SR with normal returns is more convincing
        assertTrue(SharpeInference.probabilisticSharpe(0.1, 0.05, 401, 0, 3) > 0.8285);
    }

    @Test
    void deflatedSharpeWorkedExample() {
        // N = 10 trials, V[SRₙ] = 0.01 (their Sharpe ratios have sd 0.1), selected SR = 0.3, T = 253, γ₃ = 0, γ₄ = 3.
        //   Φ⁻¹(1 − 1/10) = Φ⁻¹(0.9) = 1.2815515655446005
        //   Φ⁻¹(1 − 1/(10e)) = Φ⁻¹(0.96321205588285577) = 1.7892417645816283
        //   E[max] = (1 − 0.5772156649015329)·1.2815515655446005 + 0.5772156649015329·1.7892417645816283
        //          = 0.54182149… + 1.03276808… = 1.5745983013457500
        //   SR₀ = √0.01 · 1.5745983013457500 = 0.15745983013457500
        //   denominator √(1 + (3 − 1)/4 · 0.09) = √1.045 = 1.0222524150130436
        //   z = (0.3 − 0.157459830134575) · √252 / 1.0222524150130436 = 2.2134993418196361
        //   DSR = Φ(z) = 0.98656838071818667
        assertEquals(1.5745983013457500, SharpeInference.expectedMaxStandardNormal(10), 1e-12);
        assertEquals(0.15745983013457500, SharpeInference.expectedMaxSharpe(10, 0.01), 1e-12);
        assertEquals(0.98656838071818667, SharpeInference.deflatedSharpe(0.3, 253, 0, 3, 10, 0.01), 1e-9);
    }

    @Test
    void deflatedSharpePublishedExample() {
        // Bailey & López de Prado (2014), "The Deflated Sharpe Ratio", numerical example: annualised SR 2.5 over
        // 5 years of daily data (T = 1250, 250 days/year), N = 100 trials, annualised V[SRₙ] = 0.5, γ₃ = −3,
        // γ₄ = 10. The paper reports SR₀ ≈ 0.1132 (daily) and DSR ≈ 0.9004.
        double sr = 2.5 / Math.sqrt(250);
        double dailyVariance = 0.5 / 250;
        assertEquals(0.1132, SharpeInference.expectedMaxSharpe(100, dailyVariance), 5e-5);
        assertEquals(0.9004, SharpeInference.deflatedSharpe(sr, 1250, -3, 10, 100, dailyVariance), 5e-5);
    }

    @Test
    void moreTrialsDeflateMore() {
        double few = SharpeInference.deflatedSharpe(0.2, 500, 0, 3, 5, 0.01);
        double many = SharpeInference.deflatedSharpe(0.2, 500, 0, 3, 1000, 0.01);
        assertTrue(many < few, few + " vs " + many);
    }

    @Test
    void deflatedSharpeFromSeriesUsesTheirOwnMoments() {
        double[] selected = {0.02, -0.01, 0.03, 0.01, -0.02, 0.04, 0.0, 0.01};
        double[] sharpes = {0.1, 0.3, -0.2, 0.5};
        double sr = org.exhaustionlab.validation.stats.Moments.mean(selected) / org.exhaustionlab.validation.stats.Moments.stdev(selected);
        double expected = SharpeInference.deflatedSharpe(sr, 8, org.exhaustionlab.validation.stats.Moments.skewness(selected),
                org.exhaustionlab.validation.stats.Moments.kurtosis(selected), 4, org.exhaustionlab.validation.stats.Moments.variance(sharpes));
        assertEquals(expected, SharpeInference.deflatedSharpe(selected, sharpes), 1e-15);
    }

    @Test
    void minimumBacktestLength() {
        // 2 ln 45 / 1² = 7.6133250 years: 45 skill-less trials are expected to show an annual SR of 1 within that time
        assertEquals(2 * Math.log(45), SharpeInference.minimumBacktestLengthYears(45, 1.0), 1e-12);
        assertEquals(7.613325, SharpeInference.minimumBacktestLengthYears(45, 1.0), 1e-6);
    }

    @Test
    void minimumTrackRecordLength() {
        // SR 0.1 vs 0, normal returns, 95 %: 1 + 1.005 · (1.6448536269514722 / 0.1)² = 272.9
        double z = Normal.inverseCdf(0.95);
        assertEquals(1 + 1.005 * z * z / 0.01, SharpeInference.minimumTrackRecordLength(0.1, 0, 0, 3, 0.95), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, SharpeInference.minimumTrackRecordLength(0.1, 0.1, 0, 3, 0.95));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SharpeInference.expectedMaxSharpe(1, 0.01));
        assertThrows(IllegalArgumentException.class, () -> SharpeInference.probabilisticSharpe(0.1, 0, 1, 0, 3));
        // γ₃ = 30 with SR = 0.1 makes the variance term negative
        assertThrows(IllegalArgumentException.class, () -> SharpeInference.probabilisticSharpe(0.1, 0, 100, 30, 3));
    }
}
