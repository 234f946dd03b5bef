package org.exhaustionlab.validation.walkforward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.exhaustionlab.validation.walkforward.WindowSplitter.Mode;
import org.junit.jupiter.api.Test;

class WindowSplitterTest {

    @Test
    void rollingWindowsSlideByOneOutOfSampleStep() {
        List<WalkForwardWindow> w = WindowSplitter.split(1000, 400, 100, Mode.ROLLING);
        assertEquals(6, w.size()); // (1000 − 400) / 100
        assertEquals(new WalkForwardWindow(0, 0, 400, 400, 500), w.get(0));
        assertEquals(new WalkForwardWindow(5, 500, 900, 900, 1000), w.get(5));
        w.forEach(x -> assertEquals(400, x.inSampleBars()));
    }

    @Test
    void scheduleIsAlignedToTheEndOfTheData() {
        // 1,050 bars: 6 steps fit; the 50 spare bars are at the start, the latest bar is traded out of sample
        List<WalkForwardWindow> w = WindowSplitter.split(1050, 400, 100, Mode.ROLLING);
        assertEquals(new WalkForwardWindow(0, 50, 450, 450, 550), w.get(0));
        assertEquals(1050, w.get(w.size() - 1).outOfSampleEnd());
    }

    @Test
    void anchoredWindowsAllStartAtZeroAndGrow() {
        List<WalkForwardWindow> w = WindowSplitter.split(1050, 400, 100, Mode.ANCHORED);
        assertEquals(new WalkForwardWindow(0, 0, 450, 450, 550), w.get(0));
        assertEquals(new WalkForwardWindow(5, 0, 950, 950, 1050), w.get(5));
    }

    @Test
    void outOfSampleWindowsNeverOverlap() {
        List<WalkForwardWindow> w = WindowSplitter.split(997, 123, 37, Mode.ROLLING);
        for (int i = 1; i < w.size(); i++) {
            assertEquals(w.get(i - 1).outOfSampleEnd(), w.get(i).outOfSampleStart());
        }
    }

    @Test
    void byRunsDerivesSizesFromTheOutOfSampleShare() {
        // 1,000 bars, 5 runs, 20 % OOS: IS = 4 × OOS, 5 OOS + 1 IS = 9 OOS units → OOS 111, IS 444
        List<WalkForwardWindow> w = WindowSplitter.byRuns(1000, 5, 0.2, Mode.ROLLING);
        assertEquals(5, w.size());
        assertEquals(111, w.get(0).outOfSampleBars());
        assertEquals(444, w.get(0).inSampleBars());
        assertEquals(1000, w.get(4).outOfSampleEnd());
    }

    @Test
    void invalidRequestsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> WindowSplitter.split(100, 90, 20, Mode.ROLLING));
        assertThrows(IllegalArgumentException.class, () -> WindowSplitter.byRuns(100, 5, 1.0, Mode.ROLLING));
        assertThrows(IllegalArgumentException.class, () -> WindowSplitter.byRuns(5, 10, 0.5, Mode.ROLLING));
        assertThrows(IllegalArgumentException.class, () -> new WalkForwardWindow(0, 0, 10, 11, 20));
    }
}
