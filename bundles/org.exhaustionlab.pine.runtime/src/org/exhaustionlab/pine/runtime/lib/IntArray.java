package org.exhaustionlab.pine.runtime.lib;

import java.util.Arrays;

/**
 * {@code array<int>} and {@code array<color>} with long storage; na elements are {@link Na#INT}. Statistics work on
 * the values as doubles (na ignored, see {@link ArrayStats}); sum/min/max/range/mode of an int array are ints.
 */
public final class IntArray extends PineArray {
    private final boolean colors;
    private long[] data;

    private IntArray(boolean colors) {
        this.colors = colors;
        data = new long[8];
        Arrays.fill(data, Na.INT);
    }

    private IntArray(IntArray parent, int from, int to) {
        super(parent, from, to);
        this.colors = parent.colors;
    }

    /** array.new_int(size, initial_value). */
    public static IntArray newInt(long size, long initial) {
        return filled("array.new_int", false, size, initial);
    }

    /** array.new_color(size, initial_value). */
    public static IntArray newColor(long size, long initial) {
        return filled("array.new_color", true, size, initial);
    }

    private static IntArray filled(String function, boolean colors, long size, long initial) {
        int n = newSize(function, size);
        IntArray a = new IntArray(colors);
        a.ensureCapacity(n);
        Arrays.fill(a.data, 0, n, initial);
        a.count = n;
        return a;
    }

    public static IntArray from(long... values) {
        return fromValues(false, values);
    }

    public static IntArray fromColors(long... values) {
        return fromValues(true, values);
    }

    private static IntArray fromValues(boolean colors, long[] values) {
        int n = newSize("array.from", values.length);
        IntArray a = new IntArray(colors);
        a.ensureCapacity(n);
        System.arraycopy(values, 0, a.data, 0, n);
        a.count = n;
        return a;
    }

    private long[] d() {
        return ((IntArray) root).data;
    }

    public boolean holdsColors() {
        return colors;
    }

    @Override
    public String elementType() {
        return colors ? "color" : "int";
    }

    @Override
    void ensureCapacity(int capacity) {
        if (data.length < capacity) {
            int old = data.length;
            data = Arrays.copyOf(data, grow(old, capacity));
            Arrays.fill(data, old, data.length, Na.INT);
        }
    }

    @Override
    Object store() {
        return data;
    }

    @Override
    void clearSlots(int index, int length) {
        Arrays.fill(data, index, index + length, Na.INT);
    }

    @Override
    String text(int i) {
        long v = d()[from + i];
        return colors ? PineColor.toHex(v) : NumberText.of(v);
    }

    @Override
    public IntArray newEmpty() {
        return new IntArray(colors);
    }

    @Override
    void appendTo(PineArray target, int i) {
        IntArray t = (IntArray) target;
        t.ensureCapacity(t.count + 1);
        t.data[t.count++] = d()[from + i];
    }

    @Override
    void appendToEnd(PineArray target, int i) {
        ((IntArray) target).push(d()[from + i]);
    }

    @Override
    void swap(int i, int j) {
        long[] s = d();
        long t = s[from + i];
        s[from + i] = s[from + j];
        s[from + j] = t;
    }

    public long at(int i) {
        return d()[from + i];
    }

    /** An na index gives na (TradingView, measured by PyneCore). */
    public long get(long index) {
        if (index == Na.INT) {
            return Na.INT;
        }
        return d()[from + index("array.get", index)];
    }

    /** An na index changes nothing. */
    public void set(long index, long value) {
        if (index == Na.INT) {
            return;
        }
        d()[from + index("array.set", index)] = value;
    }

    public long first() {
        requireNotEmpty("array.first");
        return at(0);
    }

    public long last() {
        requireNotEmpty("array.last");
        return at(size() - 1);
    }

    public void push(long value) {
        int at = openSlot("array.push", size()); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public void unshift(long value) {
        int at = openSlot("array.unshift", 0); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public void insert(long index, long value) {
        int i = index == Na.INT ? size() : insertIndex("array.insert", index); // na appends
        int at = openSlot("array.insert", i); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public long pop() {
        requireNotEmpty("array.pop");
        int i = size() - 1;
        long v = at(i);
        closeSlot(i);
        return v;
    }

    public long shift() {
        requireNotEmpty("array.shift");
        long v = at(0);
        closeSlot(0);
        return v;
    }

    /** An na index removes nothing and gives na. */
    public long remove(long index) {
        if (index == Na.INT) {
            return Na.INT;
        }
        int i = index("array.remove", index);
        long v = at(i);
        closeSlot(i);
        return v;
    }

    public void fill(long value, long indexFrom, long indexTo) {
        int[] r = fillBounds(indexFrom, indexTo);
        Arrays.fill(d(), from + r[0], from + r[1], value);
    }

    public IntArray slice(long indexFrom, long indexTo) {
        int[] r = sliceBounds(indexFrom, indexTo);
        return new IntArray(this, r[0], r[1]);
    }

    public IntArray copy() {
        return (IntArray) copyArray();
    }

    public boolean includes(long value) {
        return indexof(value) >= 0;
    }

    public long indexof(long value) {
        for (int i = 0, n = size(); i < n; i++) {
            if (at(i) == value) {
                return i;
            }
        }
        return -1;
    }

    public long lastindexof(long value) {
        for (int i = size() - 1; i >= 0; i--) {
            if (at(i) == value) {
                return i;
            }
        }
        return -1;
    }

    public long[] toArray() {
        return Arrays.copyOfRange(d(), from, from + size());
    }

    /** The elements as doubles, na as NaN. */
    public double[] toDoubles() {
        int n = size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Na.toFloat(at(i));
        }
        return out;
    }

    /** array.sort: na sorts as the largest value (last ascending, first descending). */
    public void sort(boolean descending) {
        long[] s = d();
        int n = size();
        Arrays.sort(s, from, from + n); // na (Long.MIN_VALUE) comes first: rotate it to the end
        int nas = 0;
        while (nas < n && s[from + nas] == Na.INT) {
            nas++;
        }
        if (nas > 0) {
            System.arraycopy(s, from + nas, s, from, n - nas);
            Arrays.fill(s, from + n - nas, from + n, Na.INT);
        }
        if (descending) {
            reverse();
        }
    }

    public IntArray sortIndices(boolean descending) {
        return ArrayStats.sortIndices(toDoubles(), descending);
    }

    public IntArray abs() {
        IntArray out = copy();
        for (int i = 0; i < out.count; i++) {
            out.data[i] = PineMath.abs(out.data[i]);
        }
        return out;
    }

    // ---- statistics ----

    /** Sum of the non-na elements; na when there is none. */
    public long sum() {
        long sum = 0;
        boolean any = false;
        for (int i = 0, n = size(); i < n; i++) {
            long v = at(i);
            if (v != Na.INT) {
                sum += v;
                any = true;
            }
        }
        return any ? sum : Na.INT;
    }

    public double avg() {
        return ArrayStats.avg(toDoubles());
    }

    public long min(long nth) {
        return Na.toInt(ArrayStats.min(toDoubles(), nth));
    }

    public long max(long nth) {
        return Na.toInt(ArrayStats.max(toDoubles(), nth));
    }

    public long range() {
        return Na.toInt(ArrayStats.range(toDoubles()));
    }

    public double median() {
        return ArrayStats.median(toDoubles());
    }

    public long mode() {
        return Na.toInt(ArrayStats.mode(toDoubles()));
    }

    public double stdev(boolean biased) {
        return ArrayStats.stdev(toDoubles(), biased);
    }

    public double variance(boolean biased) {
        return ArrayStats.variance(toDoubles(), biased);
    }

    public double covariance(IntArray other, boolean biased) {
        return ArrayStats.covariance(toDoubles(), other.toDoubles(), biased);
    }

    public FloatArray standardize() {
        return ArrayStats.standardize(toDoubles());
    }

    public double percentrank(long index) {
        return ArrayStats.percentrank(toDoubles(), rankIndex(index));
    }

    public double percentileLinearInterpolation(double percentage) {
        return ArrayStats.percentileLinearInterpolation(toDoubles(), percentage);
    }

    public double percentileNearestRank(double percentage) {
        return ArrayStats.percentileNearestRank(toDoubles(), percentage);
    }

    public long binarySearch(long value) {
        double[] v = toDoubles();
        return ArrayStats.binarySearch(v, 0, v.length, value);
    }

    public long binarySearchLeftmost(long value) {
        double[] v = toDoubles();
        return ArrayStats.binarySearchLeftmost(v, 0, v.length, value);
    }

    public long binarySearchRightmost(long value) {
        double[] v = toDoubles();
        return ArrayStats.binarySearchRightmost(v, 0, v.length, value);
    }
}
