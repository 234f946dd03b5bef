package org.exhaustionlab.validation.realitycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class StationaryBootstrapTest {

    @Test
    void blocksHaveTheRequestedMeanLength() {
        int n = 200_000;
        int[] idx = StationaryBootstrap.indices(n, 5, new SplittableRandom(1));
        int breaks = 0;
        for (int i = 1; i < n; i++) {
            assertTrue(idx[i] >= 0 && idx[i] < n);
            if (idx[i] != (idx[i - 1] + 1) % n) {
                breaks++;
            }
        }
        assertEquals(0.2, breaks / (double) n, 0.005); // a new block starts with probability 1/5
    }

    @Test
    void hugeMeanBlockLengthGivesOneBlockThatWrapsAround() {
        int[] idx = StationaryBootstrap.indices(3, 1e9, new SplittableRandom(2)); // practically one block
        assertEquals((idx[0] + 1) % 3, idx[1]);
        assertEquals((idx[0] + 2) % 3, idx[2]);
        assertThrows(IllegalArgumentException.class, () -> StationaryBootstrap.indices(3, 0.5, new SplittableRandom(1)));
    }
}
