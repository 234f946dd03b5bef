package org.exhaustionlab.pine.runtime.ta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Steady-state updates allocate nothing, and the running sums stay exact over long runs. */
class AllocationAndPrecisionTest {

    /** Every stateful class once, updated for one bar with the bar's values. */
    private static final class Everything {
        final Sma sma = new Sma();
        final Ema ema = new Ema();
        final Rma rma = new Rma();
        final Wma wma = new Wma();
        final Hma hma = new Hma();
        final Alma alma = new Alma();
        final Swma swma = new Swma();
        final Vwma vwma = new Vwma();
        final Linreg linreg = new Linreg();
        final Bb bb = new Bb();
        final Bbw bbw = new Bbw();
        final Kc kc = new Kc();
        final Cci cci = new Cci();
        final Cmo cmo = new Cmo();
        final Cog cog = new Cog();
        final Correlation correlation = new Correlation();
        final Dev dev = new Dev();
        final Variance variance = new Variance();
        final Median median = new Median();
        final Mode mode = new Mode();
        final PercentileLinearInterpolation linear = new PercentileLinearInterpolation();
        final PercentileNearestRank nearest = new PercentileNearestRank();
        final PercentRank percentRank = new PercentRank();
        final Range range = new Range();
        final HighestBars highestBars = new HighestBars();
        final Max max = new Max();
        final Roc roc = new Roc();
        final Rsi rsi = new Rsi();
        final Tsi tsi = new Tsi();
        final Stoch stoch = new Stoch();
        final Mfi mfi = new Mfi();
        final Macd macd = new Macd();
        final Dmi dmi = new Dmi();
        final Atr atr = new Atr();
        final Supertrend supertrend = new Supertrend();
        final Sar sar = new Sar();
        final Cross cross = new Cross();
        final Rising rising = new Rising();
        final Barssince barssince = new Barssince();
        final Valuewhen valuewhen = new Valuewhen();
        final Pivothigh pivothigh = new Pivothigh();
        final Obv obv = new Obv();
        final Accdist accdist = new Accdist();
        final Pvi pvi = new Pvi();
        final Pvt pvt = new Pvt();
        final Wad wad = new Wad();
        final Vwap vwap = new Vwap();
        final Rci rci = new Rci();

        double update(int bar, double o, double h, double l, double c, double v) {
            double sum = sma.next(c, 20) + ema.next(c, 20) + rma.next(c, 14) + wma.next(c, 9) + hma.next(c, 16)
                    + alma.next(c, 9, 0.85, 6) + swma.next(c) + vwma.next(c, 20, v) + linreg.next(c, 20, 0)
                    + bb.next(c, 20, 2) + bbw.next(c, 20, 2) + kc.next(c, 20, 2, true, h, l, c) + cci.next(c, 20)
                    + cmo.next(c, 9) + cog.next(c, 10) + correlation.next(c, o, 20) + dev.next(c, 20)
                    + variance.next(c, 20) + median.next(c, 15) + mode.next(c, 15) + linear.next(c, 15, 30)
                    + nearest.next(c, 15, 30) + percentRank.next(c, 15) + range.next(c, 20)
                    + highestBars.next(h, 20) + max.next(h) + roc.next(c, 9) + rsi.next(c, 14) + tsi.next(c, 13, 25)
                    + stoch.next(c, h, l, 14) + mfi.next(c, 14, v) + macd.next(c, 12, 26, 9) + dmi.next(14, 14, h, l, c)
                    + atr.next(14, h, l, c) + supertrend.next(3, 10, h, l, c) + sar.next(0.02, 0.02, 0.2, h, l, c)
                    + (cross.next(c, o) ? 1 : 0) + (rising.next(c, 3) ? 1 : 0) + barssince.next(c > o)
                    + valuewhen.next(c > o, c, 2) + pivothigh.next(h, 5, 5) + obv.next(c, v)
                    + accdist.next(h, l, c, v) + pvi.next(c, v) + pvt.next(c, v) + wad.next(h, l, c)
                    + vwap.next(c, bar % 48 == 0, 2, v) + rci.next(c, 10);
            return Double.isNaN(sum) ? 0 : sum;
        }
    }

    @Test
    void steadyStateUpdatesAllocateNothing() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "per-thread allocation counter not available on this JVM");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "per-thread allocation counter not supported");
        Everything everything = new Everything();
        double[][] bars = randomBars(40_000, 11);
        double sink = 0;
        for (int bar = 0; bar < 20_000; bar++) {
            sink += feed(everything, bars, bar);
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int bar = 20_000; bar < 40_000; bar++) {
            sink += feed(everything, bars, bar);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        // a few bytes of slack for the measuring call itself; one allocation per bar would be >= 320,000 bytes
        assertEquals(0, allocated / 1024, "bytes allocated over 20,000 steady-state bars: " + allocated);
        assertEquals(sink, sink); // keeps the results alive
    }

    @Test
    void smaAndStdevStayExactOverAMillionBars() {
        Sma sma = new Sma();
        Stdev stdev = new Stdev();
        Random random = new Random(3);
        double[] values = new double[1_000_000];
        double mean = 0;
        double deviation = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = 1.1 + random.nextGaussian() * 1e-3 + (i % 1000 == 0 ? 1e6 : 0);
            mean = sma.next(values[i], 50);
            deviation = stdev.next(values[i], 50);
        }
        double exactMean = 0;
        for (int i = values.length - 50; i < values.length; i++) {
            exactMean += values[i];
        }
        exactMean /= 50;
        double squares = 0;
        for (int i = values.length - 50; i < values.length; i++) {
            squares += (values[i] - exactMean) * (values[i] - exactMean);
        }
        assertEquals(exactMean, mean, 1e-10 * exactMean);
        assertEquals(Math.sqrt(squares / 50), deviation, 1e-7 * Math.sqrt(squares / 50));
    }

    private static double feed(Everything everything, double[][] bars, int bar) {
        return everything.update(bar, bars[0][bar], bars[1][bar], bars[2][bar], bars[3][bar], bars[4][bar]);
    }

    static double[][] randomBars(int count, long seed) {
        Random random = new Random(seed);
        double[][] bars = new double[5][count];
        double close = 100;
        for (int i = 0; i < count; i++) {
            double open = close;
            close = Math.max(1, open + random.nextGaussian());
            bars[0][i] = open;
            bars[1][i] = Math.max(open, close) + random.nextDouble();
            bars[2][i] = Math.min(open, close) - random.nextDouble();
            bars[3][i] = close;
            bars[4][i] = 100 + random.nextInt(1000);
        }
        return bars;
    }
}
