package org.exhaustionlab.pine.runtime.ta;

import static org.exhaustionlab.pine.runtime.ta.TaAssertions.NA;
import static org.exhaustionlab.pine.runtime.ta.TaAssertions.assertSeries;
import static org.exhaustionlab.pine.runtime.ta.TaAssertions.feed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class WindowsTest {

    @Test
    void highestAndLowestNeedLengthBarsAndIgnoreNa() {
        Highest highest = new Highest();
        Lowest lowest = new Lowest();
        assertSeries(new double[] {NA, NA, 5, 5, 4, 4}, feed(x -> highest.next(x, 3), 1, 5, 3, NA, 4, 2));
        assertSeries(new double[] {NA, NA, 1, 3, 3, 2}, feed(x -> lowest.next(x, 3), 1, 5, 3, NA, 4, 2));
    }

    @Test
    void barsOffsetsPointAtTheOldestOfEqualExtremes() {
        HighestBars highest = new HighestBars();
        assertSeries(new double[] {NA, NA, -1, -2, 0}, feed(x -> highest.next(x, 3), 1, 5, 5, 2, 6));
        LowestBars lowest = new LowestBars();
        assertSeries(new double[] {NA, NA, -2, -1, -2}, feed(x -> lowest.next(x, 3), 1, 5, 2, 2, 3));
    }

    @Test
    void highestMatchesABruteForceScanWhileTheLengthJumpsAround() {
        Random random = new Random(7);
        Highest highest = new Highest();
        LowestBars lowestBars = new LowestBars();
        double[] values = new double[3000];
        for (int bar = 0; bar < values.length; bar++) {
            values[bar] = random.nextInt(50);
            int length = 1 + (bar / 100) % 17;
            double high = highest.next(values[bar], length);
            double offset = lowestBars.next(values[bar], length);
            if (bar < length - 1) {
                assertEquals(NA, high);
                continue;
            }
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            int minOffset = 0;
            for (int back = 0; back < length; back++) {
                max = Math.max(max, values[bar - back]);
                if (values[bar - back] <= min) {
                    min = values[bar - back];
                    minOffset = -back;
                }
            }
            assertEquals(max, high, "bar " + bar);
            assertEquals(minOffset, offset, "bar " + bar);
        }
    }

    @Test
    void rangeIsHighestMinusLowest() {
        Range range = new Range();
        assertSeries(new double[] {NA, 4, 2, 5}, feed(x -> range.next(x, 2), 1, 5, 3, 8));
        Range skipsNa = new Range();
        assertSeries(new double[] {NA, NA, 4, 2}, feed(x -> skipsNa.next(x, 2), 1, NA, 5, 3));
    }

    @Test
    void stochPlacesTheSourceInsideTheHighLowWindow() {
        Stoch stoch = new Stoch();
        stoch.next(5, 6, 4, 2);
        assertEquals(75, stoch.next(7, 8, 4.5, 2), 1e-12);
        Wpr wpr = new Wpr();
        wpr.next(2, 6, 4, 5);
        assertEquals(-25, wpr.next(2, 8, 4.5, 7), 1e-12);
    }

    @Test
    void allTimeMaxAndMinSkipNa() {
        Max max = new Max();
        Min min = new Min();
        assertSeries(new double[] {NA, 3, 3, 5}, feed(max::next, NA, 3, 1, 5));
        assertSeries(new double[] {NA, 3, 1, 1}, feed(min::next, NA, 3, 1, 5));
    }

    @Test
    void pivotHighIsReportedRightbarsLaterAndNeedsAStrictlyLowerRightSide() {
        Pivothigh pivot = new Pivothigh();
        assertSeries(new double[] {NA, NA, NA, NA, 5, NA, NA}, feed(x -> pivot.next(x, 2, 2), 1, 2, 5, 3, 1, 0, 0));
        Pivothigh tieOnTheRight = new Pivothigh();
        assertSeries(new double[] {NA, NA, NA, NA, NA}, feed(x -> tieOnTheRight.next(x, 2, 2), 1, 2, 5, 5, 1));
        Pivothigh tieOnTheLeft = new Pivothigh();
        assertSeries(new double[] {NA, NA, NA, NA, 5}, feed(x -> tieOnTheLeft.next(x, 2, 2), 1, 5, 5, 3, 1));
    }

    @Test
    void pivotLowMirrorsPivotHigh() {
        Pivotlow pivot = new Pivotlow();
        assertSeries(new double[] {NA, NA, NA, -1, NA}, feed(x -> pivot.next(x, 2, 1), 3, 2, -1, 0, 4));
    }
}
