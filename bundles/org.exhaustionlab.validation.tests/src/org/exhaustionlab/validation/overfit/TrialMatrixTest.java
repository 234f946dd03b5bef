package org.exhaustionlab.validation.overfit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.exhaustionlab.validation.ReturnSeries;
import org.junit.jupiter.api.Test;

class TrialMatrixTest {

    @Test
    void trialsBecomeColumns() {
        ReturnSeries a = new ReturnSeries(new long[] {0, 1, 2}, new double[] {0.1, 0.2, 0.3}, 365);
        ReturnSeries b = new ReturnSeries(new long[] {0, 1, 2}, new double[] {-0.1, 0.0, 0.1}, 365);
        double[][] m = TrialMatrix.of(List.of(a, b));
        assertArrayEquals(new double[] {0.1, -0.1}, m[0]);
        assertArrayEquals(new double[] {0.3, 0.1}, m[2]);
    }

    @Test
    void trialsOnDifferentPeriodsAreRejected() {
        ReturnSeries a = new ReturnSeries(new long[] {0, 1}, new double[] {0.1, 0.2}, 365);
        ReturnSeries b = new ReturnSeries(new long[] {1, 2}, new double[] {0.1, 0.2}, 365);
        assertThrows(IllegalArgumentException.class, () -> TrialMatrix.of(List.of(a, b)));
    }
}
