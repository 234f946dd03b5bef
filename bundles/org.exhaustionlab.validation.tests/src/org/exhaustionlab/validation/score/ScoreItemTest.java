package org.exhaustionlab.validation.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreItemTest {

    /** For every line: exactly at the full-point threshold, just on the worse side, just on the better side, then the scale. */
    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource({
        // Sharpe: full ≥ 2.0, zero at 0
        "SHARPE, 2.0, 15", "SHARPE, 1.99, 14.925", "SHARPE, 2.01, 15", "SHARPE, 1.0, 7.5", "SHARPE, 0, 0", "SHARPE, -0.5, 0",
        // annualised return: full ≥ 25 %, zero at 0 %
        "ANNUALISED_RETURN, 0.25, 10", "ANNUALISED_RETURN, 0.2499, 9.996", "ANNUALISED_RETURN, 0.2501, 10",
        "ANNUALISED_RETURN, 0.125, 5", "ANNUALISED_RETURN, -0.1, 0",
        // win rate: full ≥ 45 %, zero at 0 %
        "WIN_RATE, 0.45, 10", "WIN_RATE, 0.4499, 9.997777777777777", "WIN_RATE, 0.4501, 10", "WIN_RATE, 0.225, 5", "WIN_RATE, 0, 0",
        // max drawdown: full ≤ 15 %, zero at 50 %; 15.01 %: 15 · 0.3499 / 0.35
        "MAX_DRAWDOWN, 0.15, 15", "MAX_DRAWDOWN, 0.1501, 14.995714285714286", "MAX_DRAWDOWN, 0.1499, 15",
        "MAX_DRAWDOWN, 0.325, 7.5", "MAX_DRAWDOWN, 0.5, 0", "MAX_DRAWDOWN, 0.7, 0",
        // consistency: full at monthly volatility < 12 % (continuous: 12 % itself earns full), zero at 36 %
        "CONSISTENCY, 0.12, 10", "CONSISTENCY, 0.1201, 9.995833333333334", "CONSISTENCY, 0.1199, 10", "CONSISTENCY, 0.24, 5",
        "CONSISTENCY, 0.36, 0",
        // recovery: full < 30 days, zero at 90 days; 30.1: 5 · 59.9 / 60
        "RECOVERY_TIME, 30, 5", "RECOVERY_TIME, 30.1, 4.991666666666667", "RECOVERY_TIME, 29.9, 5", "RECOVERY_TIME, 60, 2.5",
        "RECOVERY_TIME, 90, 0",
        // signal frequency: full 5–50 per day, zero at 0 and at 100
        "SIGNAL_FREQUENCY, 5, 10", "SIGNAL_FREQUENCY, 4.99, 9.98", "SIGNAL_FREQUENCY, 5.01, 10", "SIGNAL_FREQUENCY, 2.5, 5",
        "SIGNAL_FREQUENCY, 0, 0", "SIGNAL_FREQUENCY, 50, 10", "SIGNAL_FREQUENCY, 49.99, 10", "SIGNAL_FREQUENCY, 50.01, 9.998",
        "SIGNAL_FREQUENCY, 75, 5", "SIGNAL_FREQUENCY, 100, 0", "SIGNAL_FREQUENCY, 250, 0",
        // latency: full < 500 ms, zero at 1,500 ms
        "LATENCY, 500, 5", "LATENCY, 501, 4.995", "LATENCY, 499, 5", "LATENCY, 1000, 2.5", "LATENCY, 1500, 0",
        // slippage: full < 0.5 %, zero at 1.5 %
        "SLIPPAGE, 0.005, 5", "SLIPPAGE, 0.0051, 4.95", "SLIPPAGE, 0.0049, 5", "SLIPPAGE, 0.01, 2.5", "SLIPPAGE, 0.015, 0",
        // out-of-sample (walk-forward efficiency): full ≥ 0.5, zero at 0
        "OUT_OF_SAMPLE, 0.5, 7", "OUT_OF_SAMPLE, 0.49, 6.86", "OUT_OF_SAMPLE, 0.51, 7", "OUT_OF_SAMPLE, 0.25, 3.5", "OUT_OF_SAMPLE, -0.2, 0",
        // cross-market (share of markets profitable): full ≥ 75 %, zero at 0
        "CROSS_MARKET, 0.75, 8", "CROSS_MARKET, 0.74, 7.8933333333333335", "CROSS_MARKET, 0.76, 8", "CROSS_MARKET, 0.375, 4",
        "CROSS_MARKET, 0, 0"})
    void pointsScaleLinearlyToTheThreshold(ScoreItem item, double measured, double expected) {
        assertEquals(expected, item.points(measured), 1e-9);
    }

    @Test
    void notMeasuredEarnsNothing() {
        for (ScoreItem item : ScoreItem.values()) {
            assertEquals(0.0, item.points(Double.NaN), item.name());
        }
    }

    @Test
    void blockBudgetsMatchTheRubric() {
        for (ScoreBlock block : ScoreBlock.values()) {
            double sum = Arrays.stream(ScoreItem.values()).filter(i -> i.block() == block).mapToDouble(ScoreItem::maxPoints).sum();
            assertEquals(block.maxPoints(), sum, 1e-12, block.name());
        }
        assertEquals(100, Arrays.stream(ScoreBlock.values()).mapToInt(ScoreBlock::maxPoints).sum());
    }

    @Test
    void thresholdTextsSayTheRule() {
        assertEquals("full at ≤ 15%, zero at ≥ 50%", ScoreItem.MAX_DRAWDOWN.thresholdText());
        assertEquals("full at ≥ 2, zero at ≤ 0", ScoreItem.SHARPE.thresholdText());
        assertEquals("full at ≤ 500 ms, zero at ≥ 1500 ms", ScoreItem.LATENCY.thresholdText());
        assertEquals("12.5%", ScoreItem.CONSISTENCY.format(0.125));
    }
}
