package org.exhaustionlab.validation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NormalTest {

    /** Reference values: Φ(x) to 16 digits (standard tables / 30-digit arbitrary precision). */
    @ParameterizedTest
    @CsvSource({
        "0, 0.5",
        "1, 0.8413447460685429",
        "-1, 0.15865525393145705",
        "-1.96, 0.024997895148220435",
        "2, 0.9772498680518208",
        "-3, 0.0013498980316300946",
        "0.5, 0.6914624612740131",
        "3.5, 0.9997673709209645"})
    void cdfMatchesReferenceValues(double x, double expected) {
        assertEquals(expected, Normal.cdf(x), 1e-14);
    }

    /** Far tails keep relative accuracy (a naive 1 − Φ(−x) would return 0 here). */
    @ParameterizedTest
    @CsvSource({"-5, 2.866515718791939e-07", "-10, 7.619853024160525e-24", "-30, 4.906713927148187e-198"})
    void lowerTailHasRelativeAccuracy(double x, double expected) {
        assertEquals(expected, Normal.cdf(x), expected * 1e-12);
    }

    @ParameterizedTest
    @CsvSource({
        "0.5, 0",
        "0.975, 1.959963984540054",
        "0.95, 1.6448536269514722",
        "0.99, 2.3263478740408408",
        "0.001, -3.090232306167813",
        "0.9, 1.2815515655446004",
        "1e-10, -6.361340902404057",
        "1e-20, -9.262340089798407"})
    void inverseMatchesReferenceValues(double p, double expected) {
        assertEquals(expected, Normal.inverseCdf(p), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-300, 1e-15, 0.001, 0.02425, 0.0243, 0.2, 0.5, 0.7, 0.97575, 0.999, 1 - 1e-12})
    void inverseIsTheInverseOfTheCdf(double p) {
        double x = Normal.inverseCdf(p);
        double back = p < 0.5 ? Normal.cdf(x) : 1 - Normal.cdf(-x);
        assertEquals(p, back, p * 1e-12 + 1e-15);
    }

    @Test
    void inverseEdgesAndInvalidInput() {
        assertEquals(Double.NEGATIVE_INFINITY, Normal.inverseCdf(0));
        assertEquals(Double.POSITIVE_INFINITY, Normal.inverseCdf(1));
        assertThrows(IllegalArgumentException.class, () -> Normal.inverseCdf(1.5));
        assertThrows(IllegalArgumentException.class, () -> Normal.inverseCdf(Double.NaN));
    }

    @Test
    void cdfIsContinuousWhereTheMethodsMeet() {
        assertEquals(Normal.cdf(-3.0), Normal.cdf(-3.0 - 1e-12), 1e-14);
        assertEquals(Normal.cdf(3.0), Normal.cdf(3.0 + 1e-12), 1e-14);
    }

    @Test
    void densityAtZero() {
        assertEquals(1 / Math.sqrt(2 * Math.PI), Normal.density(0), 1e-16);
    }
}
