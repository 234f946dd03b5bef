package org.exhaustionlab.pine.runtime.lib;

import java.util.Arrays;

/** {@code array<bool>} with boolean storage (bools are never na in v6; a v5 na bool is stored as false). */
public final class BoolArray extends PineArray {
    private boolean[] data;

    public BoolArray() {
        data = new boolean[8];
    }

    private BoolArray(BoolArray parent, int from, int to) {
        super(parent, from, to);
    }

    public static BoolArray newBool(long size, boolean initial) {
        int n = newSize("array.new_bool", size);
        BoolArray a = new BoolArray();
        a.ensureCapacity(n);
        Arrays.fill(a.data, 0, n, initial);
        a.count = n;
        return a;
    }

    public static BoolArray from(boolean... values) {
        int n = newSize("array.from", values.length);
        BoolArray a = new BoolArray();
        a.ensureCapacity(n);
        System.arraycopy(values, 0, a.data, 0, n);
        a.count = n;
        return a;
    }

    private boolean[] d() {
        return ((BoolArray) root).data;
    }

    @Override
    public String elementType() {
        return "bool";
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
        Arrays.fill(data, index, index + length, false);
    }

    @Override
    String text(int i) {
        return d()[from + i] ? "true" : "false";
    }

    @Override
    public BoolArray newEmpty() {
        return new BoolArray();
    }

    @Override
    void appendTo(PineArray target, int i) {
        BoolArray t = (BoolArray) target;
        t.ensureCapacity(t.count + 1);
        t.data[t.count++] = d()[from + i];
    }

    @Override
    void appendToEnd(PineArray target, int i) {
        ((BoolArray) target).push(d()[from + i]);
    }

    @Override
    void swap(int i, int j) {
        boolean[] s = d();
        boolean t = s[from + i];
        s[from + i] = s[from + j];
        s[from + j] = t;
    }

    public boolean at(int i) {
        return d()[from + i];
    }

    /** An na index gives na (TradingView, measured by PyneCore). */
    public boolean get(long index) {
        if (index == Na.INT) {
            return false;
        }
        return d()[from + index("array.get", index)];
    }

    /** An na index changes nothing. */
    public void set(long index, boolean value) {
        if (index == Na.INT) {
            return;
        }
        d()[from + index("array.set", index)] = value;
    }

    public boolean first() {
        requireNotEmpty("array.first");
        return at(0);
    }

    public boolean last() {
        requireNotEmpty("array.last");
        return at(size() - 1);
    }

    public void push(boolean value) {
        int at = openSlot("array.push", size()); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public void unshift(boolean value) {
        int at = openSlot("array.unshift", 0); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public void insert(long index, boolean value) {
        int i = index == Na.INT ? size() : insertIndex("array.insert", index); // na appends
        int at = openSlot("array.insert", i); // may reallocate: read the storage after it
        d()[at] = value;
    }

    public boolean pop() {
        requireNotEmpty("array.pop");
        int i = size() - 1;
        boolean v = at(i);
        closeSlot(i);
        return v;
    }

    public boolean shift() {
        requireNotEmpty("array.shift");
        boolean v = at(0);
        closeSlot(0);
        return v;
    }

    /** An na index removes nothing and gives na. */
    public boolean remove(long index) {
        if (index == Na.INT) {
            return false;
        }
        int i = index("array.remove", index);
        boolean v = at(i);
        closeSlot(i);
        return v;
    }

    public void fill(boolean value, long indexFrom, long indexTo) {
        int[] r = fillBounds(indexFrom, indexTo);
        Arrays.fill(d(), from + r[0], from + r[1], value);
    }

    public BoolArray slice(long indexFrom, long indexTo) {
        int[] r = sliceBounds(indexFrom, indexTo);
        return new BoolArray(this, r[0], r[1]);
    }

    public BoolArray copy() {
        return (BoolArray) copyArray();
    }

    public boolean includes(boolean value) {
        return indexof(value) >= 0;
    }

    public long indexof(boolean value) {
        for (int i = 0, n = size(); i < n; i++) {
            if (at(i) == value) {
                return i;
            }
        }
        return -1;
    }

    public long lastindexof(boolean value) {
        for (int i = size() - 1; i >= 0; i--) {
            if (at(i) == value) {
                return i;
            }
        }
        return -1;
    }

    /** array.every: false for an empty array (TradingView, measured by PyneCore). */
    public boolean every() {
        int n = size();
        for (int i = 0; i < n; i++) {
            if (!at(i)) {
                return false;
            }
        }
        return n > 0;
    }

    public boolean some() {
        for (int i = 0, n = size(); i < n; i++) {
            if (at(i)) {
                return true;
            }
        }
        return false;
    }
}
