package org.exhaustionlab.pine.runtime.ta;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/** Helpers for the ta unit tests: feed a sequence bar by bar, compare series with na = NaN. */
final class TaAssertions {
    static final double NA = Double.NaN;

    private TaAssertions() {
    }

    static double[] feed(DoubleUnaryOperator step, double... inputs) {
        double[] outputs = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            outputs[i] = step.applyAsDouble(inputs[i]);
        }
        return outputs;
    }

    static void assertSeries(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            fail("length " + actual.length + " instead of " + expected.length);
        }
        for (int i = 0; i < expected.length; i++) {
            boolean same = Double.isNaN(expected[i]) ? Double.isNaN(actual[i])
                    : Math.abs(expected[i] - actual[i]) <= 1e-12 * Math.max(1, Math.abs(expected[i]));
            if (!same) {
                fail("bar " + i + ": expected " + expected[i] + " got " + actual[i] + "\nexpected "
                        + Arrays.toString(expected) + "\nactual   " + Arrays.toString(actual));
            }
        }
    }
}
