package org.exhaustionlab.pine.runtime.ta;

import static org.exhaustionlab.pine.runtime.ta.TaAssertions.NA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventsTest {

    @Test
    void crossoverNeedsAtOrBelowBeforeAndAboveNow() {
        Crossover over = new Crossover();
        assertFalse(over.next(2, 1)); // no previous bar
        assertFalse(over.next(1, 1));
        assertTrue(over.next(2, 1));
        assertFalse(over.next(3, 1));
    }

    @Test
    void crossComparesWithTheLastBarWhereBothWereDefined() {
        Crossunder under = new Crossunder();
        assertFalse(under.next(2, 1));
        assertFalse(under.next(NA, 1));
        assertTrue(under.next(0, 1));
        Cross cross = new Cross();
        assertFalse(cross.next(1, 2));
        assertTrue(cross.next(3, 2));
        assertTrue(cross.next(1, 2));
    }

    @Test
    void risingCountsConsecutiveRisesAndFallingConsecutiveFalls() {
        Rising rising = new Rising();
        boolean[] expected = {false, false, true, true, false, false};
        double[] values = {1, 2, 3, 4, 4, 5};
        for (int i = 0; i < values.length; i++) {
            assertEquals(expected[i], rising.next(values[i], 2), "bar " + i);
        }
        Falling falling = new Falling();
        assertFalse(falling.next(3, 1));
        assertTrue(falling.next(2, 1));
        assertFalse(falling.next(2 - 1e-11, 1)); // a step within 1e-10 is not a fall
        Rising skipsNa = new Rising();
        skipsNa.next(1, 2);
        skipsNa.next(2, 2);
        assertFalse(skipsNa.next(NA, 2));
        assertTrue(skipsNa.next(3, 2)); // the na bar neither breaks nor extends the run
    }

    @Test
    void barssinceIsNaBeforeTheFirstTrueBar() {
        Barssince since = new Barssince();
        assertEquals(NA, since.next(false));
        assertEquals(0, since.next(true));
        assertEquals(1, since.next(false));
        assertEquals(2, since.next(false));
        assertEquals(0, since.next(true));
    }

    @Test
    void valuewhenReturnsTheSourceAtTheNthLatestTrueBar() {
        Valuewhen when = new Valuewhen();
        assertEquals(NA, when.next(false, 1, 0));
        assertEquals(2, when.next(true, 2, 0));
        assertEquals(NA, when.next(false, 3, 1));
        assertEquals(2, when.next(true, 4, 1));
        assertEquals(4, when.next(false, 5, 0));
    }
}
