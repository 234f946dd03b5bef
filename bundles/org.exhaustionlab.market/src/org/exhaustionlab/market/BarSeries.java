package org.exhaustionlab.market;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable, column-wise OHLCV series: one primitive array per field, index 0 the oldest bar. Times are bar OPEN
 * times in epoch milliseconds UTC and strictly increase; every bar satisfies {@link BarValidation}.
 * <p>
 * Hot loops (the Pine runtime, backtests) should read the arrays from {@link #times()}, {@link #opens()}, ... once
 * and index them directly; the per-index accessors are tiny and inline as well. Each array's length equals
 * {@link #size()}.
 *
 * @implNote Instances are immutable and safe to share between threads, provided no caller writes into the arrays
 *           returned by the column accessors (they are the series' own storage, handed out without copying).
 */
public final class BarSeries {

    private final Symbol symbol;
    private final Timeframe timeframe;
    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;

    /** Takes ownership of already validated, equally long arrays. */
    BarSeries(Symbol symbol, Timeframe timeframe, long[] time, double[] open, double[] high, double[] low,
            double[] close, double[] volume) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
        this.time = time;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /** A builder that appends bars one by one, validating each. */
    public static Builder builder(Symbol symbol, Timeframe timeframe) {
        return new Builder(symbol, timeframe, 256);
    }

    /** A builder with room for {@code expectedBars} bars before it has to grow. */
    public static Builder builder(Symbol symbol, Timeframe timeframe, int expectedBars) {
        return new Builder(symbol, timeframe, expectedBars);
    }

    /**
     * A series from column arrays (copied, then validated).
     *
     * @throws IllegalArgumentException if the arrays differ in length or a bar breaks a {@link BarValidation} rule
     */
    public static BarSeries of(Symbol symbol, Timeframe timeframe, long[] time, double[] open, double[] high,
            double[] low, double[] close, double[] volume) {
        int n = time.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("column arrays differ in length: time " + n + ", open " + open.length
                    + ", high " + high.length + ", low " + low.length + ", close " + close.length + ", volume "
                    + volume.length);
        }
        Builder builder = builder(symbol, timeframe, n);
        for (int i = 0; i < n; i++) {
            builder.add(time[i], open[i], high[i], low[i], close[i], volume[i]);
        }
        return builder.build();
    }

    public Symbol symbol() {
        return symbol;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    public int size() {
        return time.length;
    }

    public boolean isEmpty() {
        return time.length == 0;
    }

    /** Open time of bar {@code i}, epoch ms UTC. */
    public long time(int i) {
        return time[i];
    }

    public double open(int i) {
        return open[i];
    }

    public double high(int i) {
        return high[i];
    }

    public double low(int i) {
        return low[i];
    }

    public double close(int i) {
        return close[i];
    }

    /** Volume of bar {@code i}; {@code NaN} if the source had no volume. */
    public double volume(int i) {
        return volume[i];
    }

    /** Bar {@code i} as a value object (allocates; prefer the column accessors in loops). */
    public Bar bar(int i) {
        return new Bar(time[i], open[i], high[i], low[i], close[i], volume[i]);
    }

    /** Open time of the first bar (IndexOutOfBoundsException if the series is empty). */
    public long firstTime() {
        return time[0];
    }

    /** Open time of the last bar (IndexOutOfBoundsException if the series is empty). */
    public long lastTime() {
        return time[time.length - 1];
    }

    /** The open-time column, the series' own storage: <b>read only, do not modify</b>. */
    public long[] times() {
        return time;
    }

    /** The open column, the series' own storage: <b>read only, do not modify</b>. */
    public double[] opens() {
        return open;
    }

    /** The high column, the series' own storage: <b>read only, do not modify</b>. */
    public double[] highs() {
        return high;
    }

    /** The low column, the series' own storage: <b>read only, do not modify</b>. */
    public double[] lows() {
        return low;
    }

    /** The close column, the series' own storage: <b>read only, do not modify</b>. */
    public double[] closes() {
        return close;
    }

    /** The volume column, the series' own storage: <b>read only, do not modify</b>. */
    public double[] volumes() {
        return volume;
    }

    /**
     * Index of the bar opening exactly at {@code timeMs}, or {@code -(insertionPoint + 1)} if there is none (the
     * {@link Arrays#binarySearch(long[], long)} convention).
     */
    public int indexOf(long timeMs) {
        return Arrays.binarySearch(time, timeMs);
    }

    /** Index of the first bar opening at or after {@code timeMs}; {@link #size()} if there is none. */
    public int indexAtOrAfter(long timeMs) {
        int i = Arrays.binarySearch(time, timeMs);
        return i >= 0 ? i : -i - 1;
    }

    /** Bars {@code from} (inclusive) to {@code to} (exclusive), as an independent copy. */
    public BarSeries slice(int from, int to) {
        Objects.checkFromToIndex(from, to, time.length);
        return new BarSeries(symbol, timeframe, Arrays.copyOfRange(time, from, to),
                Arrays.copyOfRange(open, from, to), Arrays.copyOfRange(high, from, to),
                Arrays.copyOfRange(low, from, to), Arrays.copyOfRange(close, from, to),
                Arrays.copyOfRange(volume, from, to));
    }

    /** Bars opening in {@code [fromMs, toMs)}, as an independent copy (empty if none). */
    public BarSeries sliceByTime(long fromMs, long toMs) {
        int from = indexAtOrAfter(fromMs);
        int to = Math.max(from, indexAtOrAfter(toMs));
        return slice(from, to);
    }

    /** The same bars labelled with another symbol (e.g. after the user supplied the real tick size). */
    public BarSeries withSymbol(Symbol newSymbol) {
        return new BarSeries(newSymbol, timeframe, time, open, high, low, close, volume);
    }

    /** Equal if symbol, timeframe and every value are equal (doubles compared bit for bit, NaN equals NaN). */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BarSeries)) {
            return false;
        }
        BarSeries o = (BarSeries) other;
        return symbol.equals(o.symbol) && timeframe == o.timeframe && Arrays.equals(time, o.time)
                && Arrays.equals(open, o.open) && Arrays.equals(high, o.high) && Arrays.equals(low, o.low)
                && Arrays.equals(close, o.close) && Arrays.equals(volume, o.volume);
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol, timeframe, Arrays.hashCode(time), Arrays.hashCode(close));
    }

    @Override
    public String toString() {
        String range = time.length == 0 ? "empty"
                : time.length + " bars " + Instant.ofEpochMilli(firstTime()) + " .. "
                        + Instant.ofEpochMilli(lastTime());
        return "BarSeries[" + symbol + " " + timeframe + ", " + range + "]";
    }

    /**
     * Appends bars to growing column arrays and finishes them into an immutable {@link BarSeries}. Every bar is checked
     * with {@link BarValidation} when added, so a built series is always consistent.
     *
     * @implNote Not thread-safe. The builder may be used again after {@link #build()}; the built series never sees
     *           later changes.
     */
    public static final class Builder {

        private final Symbol symbol;
        private final Timeframe timeframe;
        private long[] time;
        private double[] open;
        private double[] high;
        private double[] low;
        private double[] close;
        private double[] volume;
        private int size;

        Builder(Symbol symbol, Timeframe timeframe, int initialCapacity) {
            this.symbol = Objects.requireNonNull(symbol, "symbol");
            this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
            int capacity = Math.max(16, initialCapacity);
            time = new long[capacity];
            open = new double[capacity];
            high = new double[capacity];
            low = new double[capacity];
            close = new double[capacity];
            volume = new double[capacity];
        }

        /**
         * Appends a bar.
         *
         * @throws IllegalArgumentException if the bar is inconsistent or does not open after the previous bar
         */
        public Builder add(long openTime, double o, double h, double l, double c, double v) {
            if (size > 0) {
                check(BarValidation.orderProblem(time[size - 1], openTime), openTime);
            }
            check(BarValidation.problem(o, h, l, c, v), openTime);
            if (size == time.length) {
                grow();
            }
            set(size++, openTime, o, h, l, c, v);
            return this;
        }

        /** Appends a bar; refuses it like {@link #add(long, double, double, double, double, double)}. */
        public Builder add(Bar bar) {
            return add(bar.time(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        }

        /**
         * Replaces the last bar if {@code bar} opens at the same time (a live update of the forming bar), otherwise
         * appends it.
         */
        public Builder addOrReplaceLast(Bar bar) {
            if (size > 0 && time[size - 1] == bar.time()) {
                check(BarValidation.problem(bar.open(), bar.high(), bar.low(), bar.close(), bar.volume()), bar.time());
                set(size - 1, bar.time(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
                return this;
            }
            return add(bar);
        }

        public int size() {
            return size;
        }

        /** Open time of the last added bar (IllegalStateException if none was added). */
        public long lastTime() {
            if (size == 0) {
                throw new IllegalStateException("no bars added yet");
            }
            return time[size - 1];
        }

        /** An immutable series of the bars added so far. */
        public BarSeries build() {
            return new BarSeries(symbol, timeframe, Arrays.copyOf(time, size), Arrays.copyOf(open, size),
                    Arrays.copyOf(high, size), Arrays.copyOf(low, size), Arrays.copyOf(close, size),
                    Arrays.copyOf(volume, size));
        }

        private void set(int i, long t, double o, double h, double l, double c, double v) {
            time[i] = t;
            open[i] = o;
            high[i] = h;
            low[i] = l;
            close[i] = c;
            volume[i] = v;
        }

        private void check(String problem, long openTime) {
            if (problem != null) {
                throw new IllegalArgumentException(
                        symbol.name() + " bar " + size + " at " + Instant.ofEpochMilli(openTime) + ": " + problem);
            }
        }

        private void grow() {
            int capacity = time.length + (time.length >> 1) + 16;
            time = Arrays.copyOf(time, capacity);
            open = Arrays.copyOf(open, capacity);
            high = Arrays.copyOf(high, capacity);
            low = Arrays.copyOf(low, capacity);
            close = Arrays.copyOf(close, capacity);
            volume = Arrays.copyOf(volume, capacity);
        }
    }
}
