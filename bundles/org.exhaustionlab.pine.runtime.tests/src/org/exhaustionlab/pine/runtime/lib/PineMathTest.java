package org.exhaustionlab.pine.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PineMathTest {
    private static final double NA = Double.NaN;

    @Test
    void roundTiesAwayFromZero() {
        assertEquals(3, PineMath.round(2.5));
        assertEquals(-3, PineMath.round(-2.5));
        assertEquals(2, PineMath.round(2.4999));
        assertEquals(0, PineMath.round(0.49999999999999994));
        assertEquals(1, PineMath.round(0.5));
        assertEquals(Na.INT, PineMath.round(NA));
    }

    @Test
    void roundWithPrecisionUsesTheDecimalValue() {
        assertEquals(2.68, PineMath.round(2.675, 2)); // the double is 2.67499999..., TradingView gives 2.68
        assertEquals(-2.68, PineMath.round(-2.675, 2));
        assertEquals(1.0, PineMath.round(1.0049, 2) - 0.0, 1e-15);
        assertEquals(1.01, PineMath.round(1.005, 2));
        assertEquals(1230.0, PineMath.round(1234.5, -1));
        assertEquals(3.0, PineMath.round(2.5, 0));
        assertEquals(3.0, PineMath.round(2.5, Na.INT));
        assertTrue(Double.isNaN(PineMath.round(NA, 2)));
    }

    @Test
    void roundToMintickGivesTheNearestTick() {
        assertEquals(1.12346, PineMath.roundToMintick(1.123456, 0.00001));
        assertEquals(1.12345, PineMath.roundToMintick(1.123454, 0.00001));
        assertEquals(100.25, PineMath.roundToMintick(100.2, 0.25));
        assertEquals(100.5, PineMath.roundToMintick(100.375, 0.25)); // tie rounds up
        assertEquals(-2.0, PineMath.roundToMintick(-2.3, 1));
        assertTrue(Double.isNaN(PineMath.roundToMintick(NA, 0.01)));
    }

    @Test
    void naPropagatesAndDomainErrorsAreNa() {
        assertTrue(Double.isNaN(PineMath.sqrt(-1)));
        assertTrue(Double.isNaN(PineMath.log(0)));
        assertTrue(Double.isNaN(PineMath.log10(-5)));
        assertTrue(Double.isNaN(PineMath.pow(0, -1)));
        assertTrue(Double.isNaN(PineMath.asin(2)));
        assertTrue(Double.isNaN(PineMath.acos(-1.5)));
        assertTrue(Double.isNaN(PineMath.exp(NA)));
        assertTrue(Double.isNaN(PineMath.sign(NA)));
        assertEquals(Na.INT, PineMath.ceil(NA));
        assertEquals(Na.INT, PineMath.floor(NA));
        assertEquals(Na.INT, PineMath.abs(Na.INT));
    }

    @Test
    void basicFunctions() {
        assertEquals(-2, PineMath.floor(-1.2));
        assertEquals(-1, PineMath.ceil(-1.2));
        assertEquals(2, PineMath.ceil(1.2));
        assertEquals(-1.0, PineMath.sign(-3));
        assertEquals(0.0, PineMath.sign(0));
        assertEquals(1.0, PineMath.sign(7));
        assertEquals(180.0, PineMath.todegrees(Math.PI), 1e-12);
        assertEquals(Math.PI / 2, PineMath.toradians(90), 1e-15);
        assertEquals(8.0, PineMath.pow(2, 3));
        assertEquals(2.0, PineMath.log10(100), 1e-15);
        assertEquals(5, PineMath.abs(-5L));
    }

    @Test
    void constants() {
        assertEquals((1 + Math.sqrt(5)) / 2, PineMath.PHI, 1e-15);
        assertEquals(1 / PineMath.PHI, PineMath.RPHI, 1e-15);
        assertEquals(PineMath.PHI - 1, PineMath.RPHI, 1e-15);
    }

    @Test
    void variadicMinMaxAvgAreNaWhenAnyArgumentIsNa() {
        assertEquals(3.0, PineMath.max(1, 3, 2));
        assertEquals(1.0, PineMath.min(1.0, 3.0, 2.0));
        assertTrue(Double.isNaN(PineMath.max(1, NA, 2)));
        assertTrue(Double.isNaN(PineMath.min(1, NA)));
        assertEquals(7L, PineMath.max(3L, 7L, 5L));
        assertEquals(Na.INT, PineMath.min(3L, Na.INT));
        assertEquals(2.0, PineMath.avg(1, 2, 3));
        assertTrue(Double.isNaN(PineMath.avg(1, NA)));
    }

    @Test
    void nzAndFixnan() {
        assertEquals(0.0, Na.nz(NA));
        assertEquals(5.0, Na.nz(NA, 5));
        assertEquals(3.0, Na.nz(3.0, 5));
        assertEquals(0L, Na.nz(Na.INT));
        assertEquals(9L, Na.nz(Na.INT, 9));
        assertEquals("x", Na.nz(null, "x"));
        Fixnan f = new Fixnan();
        assertTrue(Double.isNaN(f.next(NA)));
        assertEquals(1.0, f.next(1.0));
        assertEquals(1.0, f.next(NA));
        assertEquals(2.0, f.next(2.0));
        Fixnan g = new Fixnan();
        assertEquals(Na.INT, g.next(Na.INT));
        assertEquals(4L, g.next(4L));
        assertEquals(4L, g.next(Na.INT));
    }

    @Test
    void randomIsInRangeAndRepeatableWithASeed() {
        PineRandom a = new PineRandom(PineRandom.runGenerator(1));
        PineRandom b = new PineRandom(PineRandom.runGenerator(2));
        for (int i = 0; i < 100; i++) {
            double x = a.next(5, 10, 42);
            assertTrue(x >= 5 && x < 10);
            assertEquals(x, b.next(5, 10, 42));
        }
        PineRandom c = new PineRandom(PineRandom.runGenerator(7));
        PineRandom d = new PineRandom(PineRandom.runGenerator(7));
        double first = c.next(0, 1, Na.INT);
        assertEquals(first, d.next(0, 1, Na.INT));
        assertNotEquals(first, c.next(0, 1, Na.INT));
        assertTrue(Double.isNaN(c.next(NA, 1, Na.INT)));
        SplittableRandom shared = PineRandom.runGenerator(3);
        assertTrue(new PineRandom(shared).next(0, 1, Na.INT) < 1);
    }
}
