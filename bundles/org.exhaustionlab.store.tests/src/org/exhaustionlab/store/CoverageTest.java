package org.exhaustionlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void plusMergesOverlappingAndTouchingRangesAndDropsEmptyOnes() {
        Coverage c = Coverage.EMPTY.plus(new TimeRange(10, 20)).plus(new TimeRange(30, 40))
                .plus(new TimeRange(20, 25)).plus(new TimeRange(35, 50)).plus(new TimeRange(60, 60));
        assertEquals(List.of(new TimeRange(10, 25), new TimeRange(30, 50)), c.ranges());
        assertEquals(35, c.coveredMs());
    }

    @Test
    void gapsAreTheUncoveredPartsOfTheAskedRange() {
        Coverage c = new Coverage(List.of(new TimeRange(10, 20), new TimeRange(30, 40)));
        assertEquals(List.of(new TimeRange(0, 10), new TimeRange(20, 30), new TimeRange(40, 50)), c.gaps(0, 50));
        assertEquals(List.of(new TimeRange(20, 30)), c.gaps(15, 35));
        assertEquals(List.of(), c.gaps(12, 18));
        assertEquals(List.of(new TimeRange(0, 100)), Coverage.EMPTY.gaps(0, 100));
        assertTrue(c.covers(30, 40));
        assertFalse(c.covers(30, 41));
    }

    @Test
    void rangeRefusesEndBeforeStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TimeRange(5, 4));
        assertTrue(e.getMessage().contains("after it ends"), e.getMessage());
    }
}
