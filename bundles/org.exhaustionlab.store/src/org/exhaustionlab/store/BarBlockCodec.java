package org.exhaustionlab.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.exhaustionlab.market.BarSeries;

/**
 * Packs up to a block of bars into one BLOB, column by column: an 8-byte header (format, count), then the open times
 * as longs and open/high/low/close/volume as doubles, little-endian. Column layout lets loading copy each column with
 * one bulk transfer, which is what makes a million bars load in well under a second.
 */
final class BarBlockCodec {

    static final byte FORMAT_COLUMNS_V1 = 1;
    private static final int HEADER_BYTES = 8;
    private static final int BYTES_PER_BAR = 6 * Long.BYTES;

    private BarBlockCodec() {
    }

    /** Column arrays of one decoded block, all of length {@code count}. */
    record Block(int count, long[] time, double[] open, double[] high, double[] low, double[] close,
            double[] volume) {

        static Block allocate(int count) {
            return new Block(count, new long[count], new double[count], new double[count], new double[count],
                    new double[count], new double[count]);
        }
    }

    /** Encodes bars {@code [from, to)} of the given columns. */
    static byte[] encode(long[] t, double[] o, double[] h, double[] l, double[] c, double[] v, int from, int to) {
        int n = to - from;
        ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES + n * BYTES_PER_BAR).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(FORMAT_COLUMNS_V1).put((byte) 0).put((byte) 0).put((byte) 0).putInt(n);
        buf.asLongBuffer().put(t, from, n);
        int pos = HEADER_BYTES + n * Long.BYTES;
        for (double[] column : new double[][] {o, h, l, c, v}) {
            buf.position(pos);
            buf.slice().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(column, from, n);
            pos += n * Double.BYTES;
        }
        return buf.array();
    }

    static byte[] encode(Block b) {
        return encode(b.time(), b.open(), b.high(), b.low(), b.close(), b.volume(), 0, b.count());
    }

    static byte[] encode(BarSeries s, int from, int to) {
        return encode(s.times(), s.opens(), s.highs(), s.lows(), s.closes(), s.volumes(), from, to);
    }

    /** Number of bars in an encoded block, read from its header. */
    static int count(byte[] blob) {
        checkFormat(blob);
        return ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).getInt(4);
    }

    /**
     * Appends the bars of an encoded block opening in {@code [fromMs, toMs)} to {@code out}, reading the blob in place
     * (no intermediate arrays: loading a million bars should not churn the heap).
     */
    static void appendTo(byte[] blob, BarSeries.Builder out, long fromMs, long toMs) {
        int n = count(blob);
        checkLength(blob, n);
        ByteBuffer buf = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        int col = n * Long.BYTES;
        for (int i = 0, t = HEADER_BYTES; i < n; i++, t += Long.BYTES) {
            long time = buf.getLong(t);
            if (time >= fromMs && time < toMs) {
                out.add(time, buf.getDouble(t + col), buf.getDouble(t + 2 * col), buf.getDouble(t + 3 * col),
                        buf.getDouble(t + 4 * col), buf.getDouble(t + 5 * col));
            }
        }
    }

    static Block decode(byte[] blob) {
        int n = count(blob);
        checkLength(blob, n);
        Block b = Block.allocate(n);
        ByteBuffer buf = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        buf.position(HEADER_BYTES);
        buf.slice().order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(b.time());
        int pos = HEADER_BYTES + n * Long.BYTES;
        for (double[] column : new double[][] {b.open(), b.high(), b.low(), b.close(), b.volume()}) {
            buf.position(pos);
            buf.slice().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(column);
            pos += n * Double.BYTES;
        }
        return b;
    }

    /** Merges stored bars with new bars {@code [from, to)} of {@code s}; a new bar replaces a stored one. */
    static Block merge(Block old, BarSeries s, int from, int to) {
        int oldCount = old == null ? 0 : old.count();
        Block out = Block.allocate(oldCount + to - from);
        int i = 0;
        int j = from;
        int n = 0;
        while (i < oldCount || j < to) {
            boolean takeNew = i == oldCount || (j < to && s.time(j) <= old.time()[i]);
            if (takeNew) {
                if (i < oldCount && old.time()[i] == s.time(j)) {
                    i++; // replaced
                }
                set(out, n++, s.time(j), s.open(j), s.high(j), s.low(j), s.close(j), s.volume(j));
                j++;
            } else {
                set(out, n++, old.time()[i], old.open()[i], old.high()[i], old.low()[i], old.close()[i],
                        old.volume()[i]);
                i++;
            }
        }
        if (n == out.count()) {
            return out;
        }
        Block trimmed = Block.allocate(n);
        for (int k = 0; k < n; k++) {
            set(trimmed, k, out.time()[k], out.open()[k], out.high()[k], out.low()[k], out.close()[k],
                    out.volume()[k]);
        }
        return trimmed;
    }

    private static void set(Block b, int i, long t, double o, double h, double l, double c, double v) {
        b.time()[i] = t;
        b.open()[i] = o;
        b.high()[i] = h;
        b.low()[i] = l;
        b.close()[i] = c;
        b.volume()[i] = v;
    }

    private static void checkLength(byte[] blob, int n) {
        if (blob.length != HEADER_BYTES + n * BYTES_PER_BAR) {
            throw new IllegalStateException("corrupt bar block: " + blob.length + " bytes for " + n + " bars");
        }
    }

    private static void checkFormat(byte[] blob) {
        if (blob == null || blob.length < HEADER_BYTES || blob[0] != FORMAT_COLUMNS_V1) {
            throw new IllegalStateException("unknown bar block format "
                    + (blob == null || blob.length == 0 ? "(empty)" : String.valueOf(blob[0])));
        }
    }
}
