package org.exhaustionlab.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DistributionTest {
    private final Distribution d = Distribution.of(new double[] {5, 1, 4, 2, 3});

    @Test
    void keepsSortedValues() {
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, d.sortedValues());
        assertEquals(3.0, d.mean(), 1e-15);
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        assertEquals(1.0, d.percentile(0));
        assertEquals(3.0, d.percentile(50));
        assertEquals(5.0, d.percentile(100));
        assertEquals(1.4, d.percentile(10), 1e-12); // h = 4 · 0.1 = 0.4 → 1 + 0.4 · (2 − 1)
        assertEquals(4.8, d.percentile(95), 1e-12); // h = 3.8 → 4 + 0.8
    }

    @Test
    void histogramAndFractions() {
        assertArrayEquals(new int[] {2, 1, 2}, d.histogram(3)); // bins [1, 2.33), [2.33, 3.67), [3.67, 5]
        assertEquals(0.4, d.fractionBelow(3), 1e-15);
        assertArrayEquals(new int[] {3}, Distribution.of(new double[] {7, 7, 7}).histogram(1));
    }

    @Test
    void rejectsEmptyAndNaN() {
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> d.percentile(101));
    }
}
