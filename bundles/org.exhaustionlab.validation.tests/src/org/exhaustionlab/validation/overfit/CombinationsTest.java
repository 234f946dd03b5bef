package org.exhaustionlab.validation.overfit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CombinationsTest {

    @Test
    void twoOfFourInIncreasingOrder() {
        assertArrayEquals(new int[] {0b0011, 0b0101, 0b0110, 0b1001, 0b1010, 0b1100}, Combinations.masks(4, 2));
    }

    @Test
    void eightOfSixteenAreAll12870DistinctHalves() {
        int[] masks = Combinations.masks(16, 8);
        assertEquals(12_870, masks.length);
        assertEquals(12_870, Combinations.count(16, 8));
        assertEquals(12_870, Arrays.stream(masks).distinct().count());
        assertEquals(0, Arrays.stream(masks).filter(m -> Integer.bitCount(m) != 8 || m >= 1 << 16).count());
    }
}
