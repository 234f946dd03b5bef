package org.exhaustionlab.pine.runtime.lib;

/**
 * Base of Pine's {@code array<T>}: a growable array with primitive storage in the typed subclasses
 * ({@link FloatArray}, {@link IntArray} for int and color, {@link BoolArray}, {@link ObjectArray} / {@link StringArray}).
 *
 * <p>{@code array.slice} returns a VIEW (TradingView: "changes show in the original"): it shares the original's storage
 * from a fixed start; element changes show both ways, and a structural change made through the view (push, insert,
 * remove...) is made in the original at the view's position and moves the view's end, like Java's
 * {@code List.subList}. A view whose original shrank below it is truncated.
 *
 * <p>Indices: negative indices count from the end (-1 = last) in get/set/insert/remove, as TradingView documents;
 * anything outside the array is a {@link PineRuntimeError}, as is growing past {@link #MAX_SIZE} elements.
 */
public abstract class PineArray {
    /** TradingView's limit on the number of elements of a collection. */
    public static final int MAX_SIZE = 100_000;

    /** The array owning the storage (this for an ordinary array). */
    final PineArray root;
    /** First element of a view in the root's storage (0 for a root). */
    final int from;
    private int viewSize;
    /** Number of elements (roots only). */
    int count;

    PineArray() {
        this.root = this;
        this.from = 0;
    }

    PineArray(PineArray parent, int from, int to) {
        this.root = parent.root;
        this.from = parent.from + from;
        this.viewSize = to - from;
    }

    public final boolean isView() {
        return root != this;
    }

    public final int size() {
        if (root == this) {
            return count;
        }
        return Math.max(0, Math.min(viewSize, root.count - from));
    }

    /** The Pine type name of the elements ("float", "int", "color", "bool", "string", or a UDT name). */
    public abstract String elementType();

    /** Grows the root's storage to hold at least {@code capacity} elements. */
    abstract void ensureCapacity(int capacity);

    /** The root's storage array (double[], long[], boolean[] or Object[]). */
    abstract Object store();

    /** Sets elements [index, index + length) (root positions) to na. */
    abstract void clearSlots(int index, int length);

    /** Text of element i as str.tostring / array.join show it. */
    abstract String text(int i);

    /** A new empty array of the same element type. */
    public abstract PineArray newEmpty();

    /** Copies element i of this array to the end of {@code target} (same type). */
    abstract void appendTo(PineArray target, int i);

    /** Swaps elements i and j (indices in this array). */
    abstract void swap(int i, int j);

    /** Resolves a possibly negative index into [0, size); throws when it is outside. */
    final int index(String function, long index) {
        int n = size();
        if (index == Na.INT) {
            throw new PineRuntimeError(function + ": the index is na");
        }
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw new PineRuntimeError(function + ": index " + index + " is out of bounds, array size is " + n);
        }
        return (int) i;
    }

    /** Opens a slot before element {@code index} (0..size) and returns its position in the root's storage. */
    final int openSlot(String function, int index) {
        int n = size();
        if (root.count >= MAX_SIZE) {
            throw new PineRuntimeError(function + ": an array cannot hold more than " + MAX_SIZE + " elements");
        }
        root.ensureCapacity(root.count + 1);
        int at = from + index;
        Object s = root.store();
        System.arraycopy(s, at, s, at + 1, root.count - at);
        root.count++;
        if (root != this) {
            viewSize = n + 1;
        }
        return at;
    }

    /** Removes the slot of element {@code index}; call after reading it. */
    final void closeSlot(int index) {
        int n = size();
        int at = from + index;
        Object s = root.store();
        System.arraycopy(s, at + 1, s, at, root.count - at - 1);
        root.count--;
        root.clearSlots(root.count, 1);
        if (root != this) {
            viewSize = n - 1;
        }
    }

    /** Resolves an insert position: negative counts from the end, size is allowed (append). */
    final int insertIndex(String function, long index) {
        int n = size();
        if (index == Na.INT) {
            throw new PineRuntimeError(function + ": the index is na");
        }
        long i = index < 0 ? index + n : index;
        if (i < 0 || i > n) {
            throw new PineRuntimeError(function + ": index " + index + " is out of bounds, array size is " + n);
        }
        return (int) i;
    }

    final void requireNotEmpty(String function) {
        if (size() == 0) {
            throw new PineRuntimeError(function + ": the array is empty");
        }
    }

    /** array.clear. */
    public final void clear() {
        int n = size();
        Object s = root.store();
        System.arraycopy(s, from + n, s, from, root.count - from - n);
        root.count -= n;
        root.clearSlots(root.count, n);
        if (root != this) {
            viewSize = 0;
        }
    }

    /** array.reverse (in place). */
    public final void reverse() {
        for (int i = 0, j = size() - 1; i < j; i++, j--) {
            swap(i, j);
        }
    }

    /** array.copy: a new (non-view) array with the same elements. */
    public final PineArray copyArray() {
        PineArray out = newEmpty();
        int n = size();
        out.ensureCapacity(n);
        for (int i = 0; i < n; i++) {
            appendTo(out, i);
        }
        return out;
    }

    /** array.concat: appends the elements of {@code other} to this array and returns this array. */
    public final PineArray concat(PineArray other) {
        int n = other.size();
        if (root.count + n > MAX_SIZE) {
            throw new PineRuntimeError("array.concat: an array cannot hold more than " + MAX_SIZE + " elements");
        }
        for (int i = 0; i < n; i++) {
            other.appendToEnd(this, i);
        }
        return this;
    }

    /** Appends element i of this array at the end of target (which may be a view). */
    abstract void appendToEnd(PineArray target, int i);

    /**
     * Resolves slice bounds and checks them: negative values count from the end, an na start is 0 and an na end the
     * size (TradingView, measured by PyneCore).
     */
    final int[] sliceBounds(long indexFrom, long indexTo) {
        int n = size();
        long a = indexFrom == Na.INT ? 0 : indexFrom < 0 ? indexFrom + n : indexFrom;
        long b = indexTo == Na.INT ? n : indexTo < 0 ? indexTo + n : indexTo;
        if (a < 0 || b > n || a > b) {
            throw new PineRuntimeError("array.slice: range " + indexFrom + ".." + indexTo
                    + " is out of bounds, array size is " + n);
        }
        return new int[] {(int) a, (int) b};
    }

    /** array.join: the elements' text joined by separator (na elements print "NaN"). */
    public final String join(String separator) {
        String sep = separator == null ? "" : separator;
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = size(); i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(text(i));
        }
        return sb.toString();
    }

    /** str.tostring(array): "[a, b, c]". */
    public final String toPineString() {
        return "[" + join(", ") + "]";
    }

    @Override
    public String toString() {
        return toPineString();
    }

    /**
     * Resolves fill bounds: na from = 0, na to = size, negatives count from the end, then clamped to the array; an
     * empty or reversed range fills nothing and is no error (TradingView, measured by PyneCore).
     */
    final int[] fillBounds(long indexFrom, long indexTo) {
        int n = size();
        long a = indexFrom == Na.INT ? 0 : indexFrom < 0 ? indexFrom + n : indexFrom;
        long b = indexTo == Na.INT ? n : indexTo < 0 ? indexTo + n : indexTo;
        a = Math.max(0, Math.min(n, a));
        b = Math.max(a, Math.min(n, b));
        return new int[] {(int) a, (int) b};
    }

    /** array.percentrank's index: na is 0, negative or out-of-range indices are an error (RE10045 on TradingView). */
    final int rankIndex(long index) {
        int n = size();
        long i = index == Na.INT ? 0 : index;
        if (n == 0 && index == Na.INT) {
            return -1;
        }
        if (i < 0 || i >= n) {
            throw new PineRuntimeError("array.percentrank: index " + index + " is out of bounds, array size is " + n);
        }
        return (int) i;
    }

    /** The validated size argument of array.new*. */
    static int newSize(String function, long size) {
        if (size == Na.INT || size < 0) {
            throw new PineRuntimeError(function + ": the size must be 0 or more, got " + (size == Na.INT ? "na" : size));
        }
        if (size > MAX_SIZE) {
            throw new PineRuntimeError(function + ": an array cannot hold more than " + MAX_SIZE + " elements, got " + size);
        }
        return (int) size;
    }

    static int grow(int current, int needed) {
        return Math.max(needed, Math.max(8, current + (current >> 1)));
    }
}
