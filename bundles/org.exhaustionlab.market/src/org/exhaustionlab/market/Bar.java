package org.exhaustionlab.market;

import java.time.Instant;

/**
 * One OHLCV bar, for events and streams. Series use {@link BarSeries}, which stores bars column-wise.
 *
 * @param time   bar open time, epoch milliseconds UTC
 * @param volume traded base quantity; {@code NaN} when the source has no volume
 */
public record Bar(long time, double open, double high, double low, double close, double volume) {

    @Override
    public String toString() {
        return "Bar[" + Instant.ofEpochMilli(time) + " o=" + open + " h=" + high + " l=" + low + " c=" + close
                + " v=" + volume + "]";
    }
}
