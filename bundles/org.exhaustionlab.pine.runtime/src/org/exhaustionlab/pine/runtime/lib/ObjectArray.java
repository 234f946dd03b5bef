package org.exhaustionlab.pine.runtime.lib;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * {@code array<T>} of references: strings ({@link StringArray}), user-defined types, drawings, nested collections.
 * na elements are {@code null}. Sorting and binary searches of objects take a comparator from the interpreter (for
 * the v6 {@code sort_field} overloads it compares that field).
 */
public class ObjectArray<T> extends PineArray {
    private final String elementType;
    private Object[] data;

    public ObjectArray(String elementType) {
        this.elementType = elementType;
        data = new Object[8];
    }

    ObjectArray(ObjectArray<T> parent, int from, int to) {
        super(parent, from, to);
        this.elementType = parent.elementType;
    }

    /** array.new&lt;T&gt;(size, initial_value). */
    public static <T> ObjectArray<T> newArray(String elementType, long size, T initial) {
        return fill(new ObjectArray<>(elementType), "array.new<" + elementType + ">", size, initial);
    }

    @SafeVarargs
    public static <T> ObjectArray<T> from(String elementType, T... values) {
        ObjectArray<T> a = new ObjectArray<>(elementType);
        for (T v : values) {
            a.push(v);
        }
        return a;
    }

    static <A extends ObjectArray<T>, T> A fill(A a, String function, long size, T initial) {
        int n = newSize(function, size);
        a.ensureCapacity(n);
        Arrays.fill(((ObjectArray<?>) a).data, 0, n, initial);
        a.count = n;
        return a;
    }

    private Object[] d() {
        return ((ObjectArray<?>) root).data;
    }

    @Override
    public String elementType() {
        return elementType;
    }

    @Override
    void ensureCapacity(int capacity) {
        if (data.length < capacity) {
            data = Arrays.copyOf(data, grow(data.length, capacity));
        }
    }

    @Override
    Object store() {
        return data;
    }

    @Override
    void clearSlots(int index, int length) {
        Arrays.fill(data, index, index + length, null);
    }

    @Override
    String text(int i) {
        Object v = d()[from + i];
        return v == null ? NumberText.NA_TEXT : v.toString();
    }

    @Override
    public ObjectArray<T> newEmpty() {
        return new ObjectArray<>(elementType);
    }

    @Override
    void appendTo(PineArray target, int i) {
        ObjectArray<?> t = (ObjectArray<?>) target;
        t.ensureCapacity(t.count + 1);
        t.data[t.count++] = d()[from + i];
    }

    @Override
    @SuppressWarnings("unchecked")
    void appendToEnd(PineArray target, int i) {
        ((ObjectArray<T>) target).push((T) d()[from + i]);
    }

    @Override
    void swap(int i, int j) {
        Object[] s = d();
        Object t = s[from + i];
        s[from + i] = s[from + j];
        s[from + j] = t;
    }

    @SuppressWarnings("unchecked")
    public T at(int i) {
        return (T) d()[from + i];
    }

    /** An na index gives na (TradingView, measured by PyneCore). */
    public T get(long index) {
        if (index == Na.INT) {
            return null;
        }
        return at(index("array.get", index));
    }

    /** An na index changes nothing. */
    public void set(long index, T value) {
        if (index == Na.INT) {
            return;
        }
        d()[from + index("array.set", index)] = value;
    }

    public T first() {
        requireNotEmpty("array.first");
        return at(0);
    }

    public T last() {
        requireNotEmpty("array.last");
        return at(size() - 1);
    }

    public void push(T value) {
        int at = openSlot("array.push", size()); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public void unshift(T value) {
        int at = openSlot("array.unshift", 0); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public void insert(long index, T value) {
        int i = index == Na.INT ? size() : insertIndex("array.insert", index); // na appends
        int at = openSlot("array.insert", i); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public T pop() {
        requireNotEmpty("array.pop");
        int i = size() - 1;
        T v = at(i);
        closeSlot(i);
        return v;
    }

    public T shift() {
        requireNotEmpty("array.shift");
        T v = at(0);
        closeSlot(0);
        return v;
    }

    /** An na index removes nothing and gives na. */
    public T remove(long index) {
        if (index == Na.INT) {
            return null;
        }
        int i = index("array.remove", index);
        T v = at(i);
        closeSlot(i);
        return v;
    }

    public void fill(T value, long indexFrom, long indexTo) {
        int[] r = fillBounds(indexFrom, indexTo);
        Arrays.fill(d(), from + r[0], from + r[1], value);
    }

    public ObjectArray<T> slice(long indexFrom, long indexTo) {
        int[] r = sliceBounds(indexFrom, indexTo);
        return new ObjectArray<>(this, r[0], r[1]);
    }

    @SuppressWarnings("unchecked")
    public ObjectArray<T> copy() {
        return (ObjectArray<T>) copyArray();
    }

    /** Equality is {@link Object#equals} (value equality for strings; identity for UDT objects that do not override it). */
    public boolean includes(T value) {
        return indexof(value) >= 0;
    }

    public long indexof(T value) {
        for (int i = 0, n = size(); i < n; i++) {
            if (Objects.equals(at(i), value)) {
                return i;
            }
        }
        return -1;
    }

    public long lastindexof(T value) {
        for (int i = size() - 1; i >= 0; i--) {
            if (Objects.equals(at(i), value)) {
                return i;
            }
        }
        return -1;
    }

    /** Stable in-place sort with the given order of elements (the caller decides where na goes). */
    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super T> order, boolean descending) {
        Object[] s = d();
        Comparator<Object> c = (Comparator<Object>) order;
        Arrays.sort(s, from, from + size(), descending ? c.reversed() : c);
    }

    /** Stable sort order of the elements. */
    public IntArray sortIndices(Comparator<? super T> order, boolean descending) {
        Integer[] idx = new Integer[size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Comparator<Integer> byElement = (x, y) -> order.compare(at(x), at(y));
        Arrays.sort(idx, descending ? byElement.reversed() : byElement);
        IntArray out = IntArray.newInt(0, Na.INT);
        for (Integer i : idx) {
            out.push(i);
        }
        return out;
    }

    /**
     * Binary searches over an array sorted ascending; {@code compareToTarget} returns the sign of (element - target).
     * mode 0 = any match or -1, mode -1 = leftmost (or the largest element below), mode +1 = rightmost (or insertion
     * point).
     */
    public long binarySearch(ToIntFunction<? super T> compareToTarget, int mode) {
        int n = size();
        int lo = 0;
        int hi = n;
        while (lo < hi) { // lower bound: first element >= target
            int mid = (lo + hi) >>> 1;
            if (compareToTarget.applyAsInt(at(mid)) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        boolean found = lo < n && compareToTarget.applyAsInt(at(lo)) == 0;
        if (mode == 0) {
            return found ? lo : -1;
        }
        if (mode < 0) {
            return found ? lo : lo - 1;
        }
        int ub = lo;
        while (ub < n && compareToTarget.applyAsInt(at(ub)) == 0) {
            ub++;
        }
        return found ? ub - 1 : lo;
    }
}
