package org.exhaustionlab.market.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class IsoTimeFormatTest {

    @Test
    void writesTheSameTextAsInstant() {
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 100_000; i++) {
            long ms = random.nextLong(-62_000_000_000_000L, 253_000_000_000_000L); // years 0035 .. 9987
            if (i % 3 == 0) {
                ms -= Math.floorMod(ms, 1000); // whole seconds, printed without fraction
            }
            StringBuilder out = new StringBuilder();
            IsoTimeFormat.append(out, ms);
            assertEquals(Instant.ofEpochMilli(ms).toString(), out.toString());
        }
    }
}
