package org.exhaustionlab.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.Test;

class BarBlockCodecTest {

    @Test
    void roundTripsEveryColumnBitForBitIncludingNaNVolume() {
        BarSeries s = BarSeries.builder(TestBars.BTC, Timeframe.MINUTE_1).add(1000, 1.1, 2.2, 0.3, 1.7, Double.NaN)
                .add(61000, 1.7, 1.9, 1.5, 1.8, 12.5).add(121000, 1.8, 3, 1, 2.9999999999, 0).build();
        byte[] blob = BarBlockCodec.encode(s, 0, 3);
        assertEquals(8 + 3 * 48, blob.length);
        assertEquals(3, BarBlockCodec.count(blob));
        BarBlockCodec.Block b = BarBlockCodec.decode(blob);
        assertArrayEquals(s.times(), b.time());
        assertArrayEquals(s.opens(), b.open());
        assertArrayEquals(s.highs(), b.high());
        assertArrayEquals(s.lows(), b.low());
        assertArrayEquals(s.closes(), b.close());
        assertArrayEquals(s.volumes(), b.volume());
    }

    @Test
    void encodesASliceOnly() {
        BarSeries s = TestBars.minutes(0, 10);
        BarBlockCodec.Block b = BarBlockCodec.decode(BarBlockCodec.encode(s, 3, 7));
        assertEquals(4, b.count());
        assertEquals(s.time(3), b.time()[0]);
        assertEquals(s.close(6), b.close()[3]);
    }

    @Test
    void appendsOnlyBarsInsideTheRangeStraightIntoABuilder() {
        BarSeries s = TestBars.minutes(0, 10);
        BarSeries.Builder b = BarSeries.builder(TestBars.BTC, Timeframe.MINUTE_1);
        BarBlockCodec.appendTo(BarBlockCodec.encode(s, 0, 10), b, s.time(2), s.time(7));
        assertEquals(s.slice(2, 7), b.build());
    }

    @Test
    void refusesUnknownFormatAndTruncatedBlobs() {
        byte[] blob = BarBlockCodec.encode(TestBars.minutes(0, 2), 0, 2);
        byte[] truncated = java.util.Arrays.copyOf(blob, blob.length - 8);
        assertThrows(IllegalStateException.class, () -> BarBlockCodec.decode(truncated));
        blob[0] = 9;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BarBlockCodec.decode(blob));
        assertEquals("unknown bar block format 9", e.getMessage());
    }
}
