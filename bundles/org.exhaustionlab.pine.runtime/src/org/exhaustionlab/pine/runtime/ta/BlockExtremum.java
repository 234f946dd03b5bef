package org.exhaustionlab.pine.runtime.ta;

/**
 * Highest (or lowest) value of the last {@code length} calls, value only (no offset: see {@link ExtremumWindow}),
 * by the van Herk / Gil-Werman block scheme: bars are cut into blocks of {@code length}; the window is the tail of the
 * previous block (suffix maxima, computed once per block from the history) plus the head of the current one (a
 * running maximum). About three branch-free {@code Math.max} per bar, where a monotonic deque pays mispredicted
 * pops on every turn of the series.
 *
 * <p>Same semantics as {@link ExtremumWindow}: na values are ignored inside the window (they enter as -infinity, so
 * they never win), na while fewer than {@code length} calls were seen or while the window holds no stored value. A
 * length change restarts the blocks at the current bar from the history in O(length). Lowest is the negated highest
 * of the negated values (negation is exact). Ties differ from the deque only between -0.0 and +0.0, which compare
 * equal everywhere in Pine.
 */
final class BlockExtremum {
    private final double sign;
    private final DoubleRing history = new DoubleRing();
    /** suffix[i] = max of the previous block from position i to its end; suffix[length] = -infinity. */
    private double[] suffix = new double[0];
    private double prefix;
    private int position;
    private int length = -1;
    private long bar = -1;
    private long lastValid = Long.MIN_VALUE / 2;
    private double value = Double.NaN;

    BlockExtremum(boolean highest) {
        this.sign = highest ? 1.0 : -1.0;
    }

    /** Feeds this bar's value; afterwards {@link #value()} is the extreme of the last {@code length} values. */
    void next(double source, int length) {
        if (length != this.length) {
            RollingSum.checkLength(length);
        }
        bar++;
        history.push(source);
        if (length != this.length) {
            restart(length);
        }
        double x = sign * source;
        if (x != x) {
            x = Double.NEGATIVE_INFINITY;
        } else {
            lastValid = bar;
        }
        prefix = position == 0 ? x : Math.max(prefix, x);
        double max = Math.max(suffix[position + 1], prefix);
        if (++position == length) {
            closeBlock();
        }
        long sinceValid = bar - lastValid;
        value = bar >= length - 1 && sinceValid < length && sinceValid < history.size() ? sign * max : Double.NaN;
    }

    /** The extreme of the window, NaN during warm-up (fewer than {@code length} calls) or when all values are na. */
    double value() {
        return value;
    }

    /** The block that just filled becomes the previous block: its suffix maxima from the history (newest = end). */
    private void closeBlock() {
        double running = Double.NEGATIVE_INFINITY;
        for (int i = length - 1; i >= 1; i--) {
            running = Math.max(running, stored(length - 1 - i));
            suffix[i] = running;
        }
        position = 0;
    }

    /** New length: the current bar starts a block whose previous block is the {@code length} bars before it. */
    private void restart(int length) {
        this.length = length;
        history.require(length);
        if (suffix.length < length + 1) {
            suffix = new double[length + 1];
        }
        suffix[length] = Double.NEGATIVE_INFINITY;
        double running = Double.NEGATIVE_INFINITY;
        for (int i = length - 1; i >= 1; i--) {
            running = Math.max(running, stored(length - i));
            suffix[i] = running;
        }
        position = 0;
    }

    /** History value {@code back} bars ago in max orientation; na or no longer stored gives -infinity. */
    private double stored(int back) {
        double x = sign * history.get(back);
        return x != x ? Double.NEGATIVE_INFINITY : x;
    }
}
