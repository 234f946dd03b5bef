package org.exhaustionlab.validation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exhaustionlab.validation.EquityCurve;
import org.junit.jupiter.api.Test;

class DrawdownsTest {
    private static final long DAY = 86_400_000L;

    /** Day 0..6: 100, 120, 90, 110, 130, 117, 117. */
    private static EquityCurve curve() {
        long[] t = new long[7];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * DAY;
        }
        return new EquityCurve(t, new double[] {100, 120, 90, 110, 130, 117, 117});
    }

    @Test
    void findsBothEpisodes() {
        Drawdowns d = Drawdowns.of(curve());
        assertEquals(2, d.episodes().size());
        DrawdownEpisode first = d.episodes().get(0);
        assertEquals(1 * DAY, first.peakTime());
        assertEquals(2 * DAY, first.troughTime());
        assertEquals(4 * DAY, first.recoveryTime()); // 130 ≥ 120
        assertEquals(0.25, first.depthFraction(), 1e-15); // 30 / 120
        DrawdownEpisode second = d.episodes().get(1);
        assertFalse(second.recovered());
        assertEquals(5 * DAY, second.troughTime()); // the repeated 117 is not a new trough
        assertEquals(0.1, second.depthFraction(), 1e-15); // 13 / 130
    }

    @Test
    void maxDrawdownValuePercentAndDuration() {
        Drawdowns d = Drawdowns.of(curve());
        assertEquals(0.25, d.maxDrawdownFraction(), 1e-15);
        assertEquals(30.0, d.maxDrawdownValue(), 1e-12);
        assertEquals(3 * DAY, d.maxDrawdownDurationMillis()); // day 1 → day 4
    }

    @Test
    void averageRecoveryCountsTheOpenEpisodeUpToTheEnd() {
        // first: trough day 2 → recovery day 4 = 2 days; open one: trough day 5 → end day 6 = 1 day
        assertEquals(1.5, Drawdowns.of(curve()).averageRecoveryDays(), 1e-12);
    }

    @Test
    void ulcerIndexIsRootMeanSquareOfPercentDrawdowns() {
        // drawdowns %: 0, 0, 25, 8.333…, 0, 10, 10 → Σ² = 625 + 69.444… + 100 + 100 = 894.444… / 7 = 127.777…
        double expected = Math.sqrt((625 + Math.pow(100.0 / 12, 2) + 200) / 7);
        assertEquals(expected, Drawdowns.of(curve()).ulcerIndex(), 1e-12);
        assertEquals(11.303883305208782, expected, 1e-9);
    }

    @Test
    void timeUnderWater() {
        assertEquals(5.0 / 6, Drawdowns.of(curve()).timeUnderWaterFraction(), 1e-12); // 3 + 2 of 6 days
    }

    @Test
    void risingCurveHasNoDrawdown() {
        Drawdowns d = Drawdowns.of(new EquityCurve(new long[] {0, DAY, 2 * DAY}, new double[] {1, 2, 2}));
        assertTrue(d.episodes().isEmpty());
        assertEquals(0, d.maxDrawdownFraction());
        assertEquals(0, d.averageRecoveryDays());
        assertEquals(0, d.ulcerIndex());
    }
}
