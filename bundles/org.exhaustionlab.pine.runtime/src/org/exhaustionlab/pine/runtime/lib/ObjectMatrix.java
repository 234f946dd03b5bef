package org.exhaustionlab.pine.runtime.lib;

import java.util.Arrays;
import java.util.Comparator;

/**
 * {@code matrix<T>} for non-numeric element types (string, bool as Boolean, color as Long, UDT objects): the shape
 * operations only (numeric algebra exists only for float/int matrices, {@link FloatMatrix}). na elements are null.
 */
public final class ObjectMatrix<T> {
    private final String elementType;
    private int rows;
    private int cols;
    private Object[] data;

    public ObjectMatrix(String elementType, long rows, long columns, T initial) {
        if (rows == Na.INT || columns == Na.INT || rows < 0 || columns < 0) {
            throw new PineRuntimeError("matrix.new: rows and columns must be 0 or more");
        }
        FloatMatrix.checkSize("matrix.new", rows * columns);
        this.elementType = elementType;
        this.rows = (int) rows;
        this.cols = (int) columns;
        this.data = new Object[this.rows * this.cols];
        Arrays.fill(data, initial);
    }

    private ObjectMatrix(String elementType, int rows, int cols, Object[] data) {
        this.elementType = elementType;
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    public String elementType() {
        return elementType;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return cols;
    }

    public int elementsCount() {
        return rows * cols;
    }

    private int row(String function, long r) {
        if (r == Na.INT || r < 0 || r >= rows) {
            throw new PineRuntimeError(function + ": row index " + (r == Na.INT ? "na" : r)
                    + " is out of bounds, the matrix has " + rows + " rows");
        }
        return (int) r;
    }

    private int col(String function, long c) {
        if (c == Na.INT || c < 0 || c >= cols) {
            throw new PineRuntimeError(function + ": column index " + (c == Na.INT ? "na" : c)
                    + " is out of bounds, the matrix has " + cols + " columns");
        }
        return (int) c;
    }

    @SuppressWarnings("unchecked")
    public T get(long row, long column) {
        if (row == Na.INT || column == Na.INT) {
            return null;
        }
        return (T) data[row("matrix.get", row) * cols + col("matrix.get", column)];
    }

    public void set(long row, long column, T value) {
        if (row == Na.INT || column == Na.INT) {
            return;
        }
        data[row("matrix.set", row) * cols + col("matrix.set", column)] = value;
    }

    /** A row as a Pine array of the element type. */
    public PineArray row(long row) {
        if (row == Na.INT) {
            return null;
        }
        int r = row("matrix.row", row);
        return PineArrays.ofBoxed(elementType, Arrays.asList(Arrays.copyOfRange(data, r * cols, r * cols + cols)));
    }

    public PineArray col(long column) {
        if (column == Na.INT) {
            return null;
        }
        int c = col("matrix.col", column);
        Object[] out = new Object[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = data[r * cols + c];
        }
        return PineArrays.ofBoxed(elementType, Arrays.asList(out));
    }

    /** matrix.add_row with values (boxed, may be null for a row of na). */
    public void addRow(long row, Object[] values) {
        long at = row == Na.INT ? rows : row;
        if (at < 0 || at > rows) {
            throw new PineRuntimeError("matrix.add_row: row index " + at + " is out of bounds, the matrix has " + rows + " rows");
        }
        if (values != null && rows * cols == 0) {
            cols = values.length;
            rows = 0;
            data = new Object[0];
        }
        if (values != null && values.length != cols) {
            throw new PineRuntimeError("matrix.add_row: the array has " + values.length + " elements, the matrix has "
                    + cols + " columns");
        }
        FloatMatrix.checkSize("matrix.add_row", (long) (rows + 1) * cols);
        Object[] d = new Object[(rows + 1) * cols];
        int r = (int) at;
        System.arraycopy(data, 0, d, 0, r * cols);
        if (values != null) {
            System.arraycopy(values, 0, d, r * cols, cols);
        }
        System.arraycopy(data, r * cols, d, (r + 1) * cols, (rows - r) * cols);
        data = d;
        rows++;
    }

    public void removeRow(long row) {
        int r = row("matrix.remove_row", row == Na.INT ? rows - 1 : row);
        Object[] d = new Object[(rows - 1) * cols];
        System.arraycopy(data, 0, d, 0, r * cols);
        System.arraycopy(data, (r + 1) * cols, d, r * cols, (rows - r - 1) * cols);
        data = d;
        rows--;
    }

    public ObjectMatrix<T> transpose() {
        Object[] d = new Object[data.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                d[c * rows + r] = data[r * cols + c];
            }
        }
        return new ObjectMatrix<>(elementType, cols, rows, d);
    }

    public ObjectMatrix<T> copy() {
        return new ObjectMatrix<>(elementType, rows, cols, data.clone());
    }

    public void reshape(long newRows, long newColumns) {
        if (newRows == Na.INT || newColumns == Na.INT || newRows < 0 || newColumns < 0
                || newRows * newColumns != (long) rows * cols) {
            throw new PineRuntimeError("matrix.reshape: cannot reshape a " + rows + "x" + cols + " matrix to " + newRows
                    + "x" + newColumns);
        }
        rows = (int) newRows;
        cols = (int) newColumns;
    }

    public void reverse() {
        for (int i = 0, j = data.length - 1; i < j; i++, j--) {
            Object t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }

    public void fill(T value) {
        Arrays.fill(data, value);
    }

    /** Sorts the rows by the elements of one column with the given order (stable). */
    @SuppressWarnings("unchecked")
    public void sort(long column, Comparator<? super T> order, boolean descending) {
        int c = col("matrix.sort", column == Na.INT ? 0 : column);
        Integer[] idx = new Integer[rows];
        for (int i = 0; i < rows; i++) {
            idx[i] = i;
        }
        Comparator<Integer> byValue = (a, b) -> order.compare((T) data[a * cols + c], (T) data[b * cols + c]);
        Arrays.sort(idx, descending ? byValue.reversed() : byValue);
        Object[] d = new Object[data.length];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data, idx[i] * cols, d, i * cols, cols);
        }
        data = d;
    }
}
