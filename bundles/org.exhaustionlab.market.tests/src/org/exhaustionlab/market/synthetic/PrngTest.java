package org.exhaustionlab.market.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrngTest {

    private static final int N = 1_000_000;

    /** {mean, variance, kurtosis} of n draws. */
    private static double[] moments(java.util.function.DoubleSupplier draw) {
        double[] x = new double[N];
        double mean = 0;
        for (int i = 0; i < N; i++) {
            x[i] = draw.getAsDouble();
            mean += x[i];
        }
        mean /= N;
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = (v - mean) * (v - mean);
            m2 += d;
            m4 += d * d;
        }
        m2 /= N;
        m4 /= N;
        return new double[] {mean, m2, m4 / (m2 * m2)};
    }

    @Test
    void gaussianIsStandardNormal() {
        Prng random = new Prng(1);
        double[] m = moments(random::nextGaussian);
        assertEquals(0, m[0], 0.005);
        assertEquals(1, m[1], 0.01);
        assertEquals(3, m[2], 0.05);
    }

    @Test
    void studentTHasUnitVarianceAndFatTails() {
        Prng random = new Prng(2);
        double[] m = moments(random::nextStudentT6);
        assertEquals(0, m[0], 0.005);
        assertEquals(1, m[1], 0.03);
        assertTrue(m[2] > 4.5 && m[2] < 9, "kurtosis " + m[2] + " (t(6): 6)"); // slow to converge, hence the range
    }

    @Test
    void uniformsStayInTheirIntervals() {
        Prng random = new Prng(3);
        double sum = 0;
        for (int i = 0; i < N; i++) {
            double u = random.nextDouble();
            double open = random.nextOpenDouble();
            assertTrue(u >= 0 && u < 1);
            assertTrue(open > 0 && open <= 1);
            sum += u;
        }
        assertEquals(0.5, sum / N, 0.002);
    }

    @Test
    void seedsAreReproducibleAndMixedWithTheSymbol() {
        assertEquals(new Prng(9).nextLong(), new Prng(9).nextLong());
        assertNotEquals(new Prng(9).nextLong(), new Prng(10).nextLong());
        assertEquals(Prng.seedFor(1, "BTCUSDT"), Prng.seedFor(1, "BTCUSDT"));
        assertNotEquals(Prng.seedFor(1, "BTCUSDT"), Prng.seedFor(1, "ETHUSDT"));
        assertNotEquals(Prng.seedFor(1, "BTCUSDT"), Prng.seedFor(2, "BTCUSDT"));
    }
}
