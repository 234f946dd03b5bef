package org.exhaustionlab.pine.runtime.lib;

import java.util.Arrays;

/** {@code array<float>} with double storage; na elements are NaN. Statistics are in {@link ArrayStats}. */
public final class FloatArray extends PineArray {
    private double[] data;

    public FloatArray() {
        data = new double[8];
    }

    private FloatArray(FloatArray parent, int from, int to) {
        super(parent, from, to);
    }

    /** array.new_float(size, initial_value). */
    public static FloatArray newFloat(long size, double initial) {
        int n = newSize("array.new_float", size);
        FloatArray a = new FloatArray();
        a.ensureCapacity(n);
        Arrays.fill(a.data, 0, n, initial);
        a.count = n;
        return a;
    }

    /** array.from(values...). */
    public static FloatArray from(double... values) {
        int n = newSize("array.from", values.length);
        FloatArray a = new FloatArray();
        a.ensureCapacity(n);
        System.arraycopy(values, 0, a.data, 0, n);
        a.count = n;
        return a;
    }

    private double[] d() {
        return ((FloatArray) root).data;
    }

    @Override
    public String elementType() {
        return "float";
    }

    @Override
    void ensureCapacity(int capacity) {
        if (data.length < capacity) {
            int old = data.length;
            data = Arrays.copyOf(data, grow(old, capacity));
            Arrays.fill(data, old, data.length, Double.NaN);
        }
    }

    @Override
    Object store() {
        return data;
    }

    @Override
    void clearSlots(int index, int length) {
        Arrays.fill(data, index, index + length, Double.NaN);
    }

    @Override
    String text(int i) {
        return NumberText.of(d()[from + i]);
    }

    @Override
    public FloatArray newEmpty() {
        return new FloatArray();
    }

    @Override
    void appendTo(PineArray target, int i) {
        FloatArray t = (FloatArray) target;
        t.ensureCapacity(t.count + 1);
        t.data[t.count++] = d()[from + i];
    }

    @Override
    void appendToEnd(PineArray target, int i) {
        ((FloatArray) target).push(d()[from + i]);
    }

    @Override
    void swap(int i, int j) {
        double[] s = d();
        double t = s[from + i];
        s[from + i] = s[from + j];
        s[from + j] = t;
    }

    /** Element i (0 to size - 1), no index resolution: for the interpreter's for-in loops and internal use. */
    public double at(int i) {
        return d()[from + i];
    }

    /** An na index gives na (TradingView, measured by PyneCore). */
    public double get(long index) {
        if (index == Na.INT) {
            return Double.NaN;
        }
        return d()[from + index("array.get", index)];
    }

    /** An na index changes nothing. */
    public void set(long index, double value) {
        if (index == Na.INT) {
            return;
        }
        d()[from + index("array.set", index)] = value;
    }

    public double first() {
        requireNotEmpty("array.first");
        return at(0);
    }

    public double last() {
        requireNotEmpty("array.last");
        return at(size() - 1);
    }

    public void push(double value) {
        int at = openSlot("array.push", size()); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public void unshift(double value) {
        int at = openSlot("array.unshift", 0); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public void insert(long index, double value) {
        int i = index == Na.INT ? size() : insertIndex("array.insert", index); // na appends
        int at = openSlot("array.insert", i); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public double pop() {
        requireNotEmpty("array.pop");
        int i = size() - 1;
        double v = at(i);
        closeSlot(i);
        return v;
    }

    public double shift() {
        requireNotEmpty("array.shift");
        double v = at(0);
        closeSlot(0);
        return v;
    }

    /** An na index removes nothing and gives na. */
    public double remove(long index) {
        if (index == Na.INT) {
            return Double.NaN;
        }
        int i = index("array.remove", index);
        double v = at(i);
        closeSlot(i);
        return v;
    }

    /** array.fill(value, from = 0, to = na): bounds are clamped to the array. */
    public void fill(double value, long indexFrom, long indexTo) {
        int[] r = fillBounds(indexFrom, indexTo);
        Arrays.fill(d(), from + r[0], from + r[1], value);
    }

    public FloatArray slice(long indexFrom, long indexTo) {
        int[] r = sliceBounds(indexFrom, indexTo);
        return new FloatArray(this, r[0], r[1]);
    }

    public FloatArray copy() {
        return (FloatArray) copyArray();
    }

    /**
     * Values closer than 1e-10 are equal, as TradingView's array searches compare (PyneCore's measurement: indexof
     * finds 100 + 1e-12 at 100, not 100 + 1e-8); na matches na. binary_search stays bit-exact, as on TradingView.
     */
    public boolean includes(double value) {
        return indexof(value) >= 0;
    }

    public long indexof(double value) {
        for (int i = 0, n = size(); i < n; i++) {
            if (same(at(i), value)) {
                return i;
            }
        }
        return -1;
    }

    public long lastindexof(double value) {
        for (int i = size() - 1; i >= 0; i--) {
            if (same(at(i), value)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) < 1e-10 || Double.isNaN(a) && Double.isNaN(b);
    }

    /** The elements as a new double[] (a snapshot). */
    public double[] toArray() {
        return Arrays.copyOfRange(d(), from, from + size());
    }

    /** array.sort: na sorts as the largest value (last ascending, first descending; TradingView, via PyneCore). */
    public void sort(boolean descending) {
        double[] s = d();
        int n = size();
        Arrays.sort(s, from, from + n); // Arrays.sort puts NaN last
        if (descending) {
            reverse();
        }
    }

    /** array.sort_indices: a stable ordering, na as the largest value. */
    public IntArray sortIndices(boolean descending) {
        return ArrayStats.sortIndices(toArray(), descending);
    }

    public FloatArray abs() {
        FloatArray out = copy();
        for (int i = 0; i < out.count; i++) {
            out.data[i] = Math.abs(out.data[i]);
        }
        return out;
    }
    // ---- statistics (na elements ignored, see ArrayStats) ----

    public double sum() {
        return ArrayStats.sum(toArray());
    }

    public double avg() {
        return ArrayStats.avg(toArray());
    }

    public double min(long nth) {
        return ArrayStats.min(toArray(), nth);
    }

    public double max(long nth) {
        return ArrayStats.max(toArray(), nth);
    }

    public double range() {
        return ArrayStats.range(toArray());
    }

    public double median() {
        return ArrayStats.median(toArray());
    }

    public double mode() {
        return ArrayStats.mode(toArray());
    }

    public double stdev(boolean biased) {
        return ArrayStats.stdev(toArray(), biased);
    }

    public double variance(boolean biased) {
        return ArrayStats.variance(toArray(), biased);
    }

    public double covariance(FloatArray other, boolean biased) {
        return ArrayStats.covariance(toArray(), other.toArray(), biased);
    }

    public FloatArray standardize() {
        return ArrayStats.standardize(toArray());
    }

    public double percentrank(long index) {
        return ArrayStats.percentrank(toArray(), rankIndex(index));
    }

    public double percentileLinearInterpolation(double percentage) {
        return ArrayStats.percentileLinearInterpolation(toArray(), percentage);
    }

    public double percentileNearestRank(double percentage) {
        return ArrayStats.percentileNearestRank(toArray(), percentage);
    }

    public long binarySearch(double value) {
        return ArrayStats.binarySearch(d(), from, size(), value);
    }

    public long binarySearchLeftmost(double value) {
        return ArrayStats.binarySearchLeftmost(d(), from, size(), value);
    }

    public long binarySearchRightmost(double value) {
        return ArrayStats.binarySearchRightmost(d(), from, size(), value);
    }
}
