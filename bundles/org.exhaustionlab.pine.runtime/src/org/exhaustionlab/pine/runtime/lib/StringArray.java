package org.exhaustionlab.pine.runtime.lib;

import java.util.Comparator;

/** {@code array<string>}; na elements are {@code null}. */
public final class StringArray extends ObjectArray<String> {
    /** Pine's string order: na is the smallest value (TradingView, measured by PyneCore), then String order. */
    public static final Comparator<String> ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    public StringArray() {
        super("string");
    }

    private StringArray(StringArray parent, int from, int to) {
        super(parent, from, to);
    }

    public static StringArray newString(long size, String initial) {
        return fill(new StringArray(), "array.new_string", size, initial);
    }

    public static StringArray of(String... values) {
        StringArray a = new StringArray();
        for (String v : values) {
            a.push(v);
        }
        return a;
    }

    @Override
    public StringArray newEmpty() {
        return new StringArray();
    }

    @Override
    public StringArray slice(long indexFrom, long indexTo) {
        int[] r = sliceBounds(indexFrom, indexTo);
        return new StringArray(this, r[0], r[1]);
    }

    @Override
    public StringArray copy() {
        return (StringArray) copyArray();
    }

    public void sort(boolean descending) {
        sort(ORDER, descending);
    }

    public IntArray sortIndices(boolean descending) {
        return sortIndices(ORDER, descending);
    }

    public long binarySearch(String value, int mode) {
        return binarySearch(e -> Integer.signum(ORDER.compare(e, value)), mode);
    }
}
