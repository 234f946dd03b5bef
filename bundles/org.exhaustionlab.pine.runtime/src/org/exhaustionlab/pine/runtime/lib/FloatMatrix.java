package org.exhaustionlab.pine.runtime.lib;

import java.util.Arrays;

/**
 * Pine's {@code matrix<float>} and {@code matrix<int>} (ints stored as whole doubles, na = NaN; the interpreter
 * converts at get/set). Row-major double storage; at most {@link #MAX_ELEMENTS} elements. Shape operations are here,
 * algebra in {@link MatrixAlgebra}, statistics and predicates in {@link MatrixStats}.
 */
public final class FloatMatrix {
    /** TradingView's limit on the number of elements of a collection. */
    public static final int MAX_ELEMENTS = 100_000;

    private final boolean ints;
    int rows;
    int cols;
    double[] data;

    /** matrix.new&lt;float&gt;(rows, columns, initial_value). */
    public FloatMatrix(long rows, long columns, double initial) {
        this(false, rows, columns, initial);
    }

    /** @param ints true for matrix&lt;int&gt; */
    public FloatMatrix(boolean ints, long rows, long columns, double initial) {
        this.ints = ints;
        if (rows == Na.INT || columns == Na.INT || rows < 0 || columns < 0) {
            throw new PineRuntimeError("matrix.new: rows and columns must be 0 or more");
        }
        checkSize("matrix.new", rows * columns);
        this.rows = (int) rows;
        this.cols = (int) columns;
        this.data = new double[this.rows * this.cols];
        Arrays.fill(data, initial);
    }

    FloatMatrix(boolean ints, int rows, int cols, double[] data) {
        this.ints = ints;
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A float matrix from rows of values (for tests and the interpreter). */
    public static FloatMatrix of(double[]... rowValues) {
        int r = rowValues.length;
        int c = r == 0 ? 0 : rowValues[0].length;
        double[] d = new double[r * c];
        for (int i = 0; i < r; i++) {
            if (rowValues[i].length != c) {
                throw new PineRuntimeError("matrix: rows of different lengths");
            }
            System.arraycopy(rowValues[i], 0, d, i * c, c);
        }
        return new FloatMatrix(false, r, c, d);
    }

    static void checkSize(String function, long elements) {
        if (elements > MAX_ELEMENTS) {
            throw new PineRuntimeError(function + ": a matrix cannot hold more than " + MAX_ELEMENTS + " elements");
        }
    }

    public boolean holdsInts() {
        return ints;
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

    int row(String function, long r) {
        if (r == Na.INT || r < 0 || r >= rows) {
            throw new PineRuntimeError(function + ": row index " + (r == Na.INT ? "na" : r)
                    + " is out of bounds, the matrix has " + rows + " rows");
        }
        return (int) r;
    }

    int col(String function, long c) {
        if (c == Na.INT || c < 0 || c >= cols) {
            throw new PineRuntimeError(function + ": column index " + (c == Na.INT ? "na" : c)
                    + " is out of bounds, the matrix has " + cols + " columns");
        }
        return (int) c;
    }

    /** Element (r, c) without checks, for the algebra. */
    double at(int r, int c) {
        return data[r * cols + c];
    }

    /** An na row or column gives na (TradingView, measured by PyneCore); out of range is an error. */
    public double get(long row, long column) {
        if (row == Na.INT || column == Na.INT) {
            return Double.NaN;
        }
        return data[row("matrix.get", row) * cols + col("matrix.get", column)];
    }

    /** An na row or column changes nothing. */
    public void set(long row, long column, double value) {
        if (row == Na.INT || column == Na.INT) {
            return;
        }
        data[row("matrix.set", row) * cols + col("matrix.set", column)] = value;
    }

    /** An na row gives an na array (null). */
    public FloatArray row(long row) {
        if (row == Na.INT) {
            return null;
        }
        int r = row("matrix.row", row);
        return FloatArray.from(Arrays.copyOfRange(data, r * cols, r * cols + cols));
    }

    public FloatArray col(long column) {
        if (column == Na.INT) {
            return null;
        }
        int c = col("matrix.col", column);
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = data[r * cols + c];
        }
        return FloatArray.from(out);
    }

    /** matrix.add_row(id, row = rows, array_id = na): inserts a row of na or of the array's values. */
    public void addRow(long row, FloatArray values) {
        long at = row == Na.INT ? rows : row;
        if (at < 0 || at > rows) {
            throw new PineRuntimeError("matrix.add_row: row index " + at + " is out of bounds, the matrix has " + rows + " rows");
        }
        if (values != null && rows * cols == 0) {
            cols = values.size(); // an empty matrix takes its width from the first row added
            rows = 0;
            data = new double[0];
        }
        if (values != null && values.size() != cols) {
            throw new PineRuntimeError("matrix.add_row: the array has " + values.size() + " elements, the matrix has "
                    + cols + " columns");
        }
        checkSize("matrix.add_row", (long) (rows + 1) * cols);
        double[] d = new double[(rows + 1) * cols];
        int r = (int) at;
        System.arraycopy(data, 0, d, 0, r * cols);
        for (int c = 0; c < cols; c++) {
            d[r * cols + c] = values == null ? Double.NaN : values.at(c);
        }
        System.arraycopy(data, r * cols, d, (r + 1) * cols, (rows - r) * cols);
        data = d;
        rows++;
    }

    /** matrix.add_col(id, column = columns, array_id = na). */
    public void addCol(long column, FloatArray values) {
        long at = column == Na.INT ? cols : column;
        if (at < 0 || at > cols) {
            throw new PineRuntimeError("matrix.add_col: column index " + at + " is out of bounds, the matrix has " + cols
                    + " columns");
        }
        if (values != null && rows * cols == 0) {
            rows = values.size();
            cols = 0;
            data = new double[0];
        }
        if (values != null && values.size() != rows) {
            throw new PineRuntimeError("matrix.add_col: the array has " + values.size() + " elements, the matrix has "
                    + rows + " rows");
        }
        checkSize("matrix.add_col", (long) rows * (cols + 1));
        int c0 = (int) at;
        double[] d = new double[rows * (cols + 1)];
        for (int r = 0; r < rows; r++) {
            for (int c = 0, k = 0; c <= cols; c++) {
                d[r * (cols + 1) + c] = c == c0 ? (values == null ? Double.NaN : values.at(r)) : data[r * cols + k++];
            }
        }
        data = d;
        cols++;
    }

    /** matrix.remove_row(id, row = last): removes the row and returns it. */
    public FloatArray removeRow(long row) {
        int r = row("matrix.remove_row", row == Na.INT ? rows - 1 : row);
        FloatArray out = row(r);
        double[] d = new double[(rows - 1) * cols];
        System.arraycopy(data, 0, d, 0, r * cols);
        System.arraycopy(data, (r + 1) * cols, d, r * cols, (rows - r - 1) * cols);
        data = d;
        rows--;
        return out;
    }

    /** matrix.remove_col(id, column = last). */
    public FloatArray removeCol(long column) {
        int c0 = col("matrix.remove_col", column == Na.INT ? cols - 1 : column);
        FloatArray out = col(c0);
        double[] d = new double[rows * (cols - 1)];
        for (int r = 0, k = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c != c0) {
                    d[k++] = data[r * cols + c];
                }
            }
        }
        data = d;
        cols--;
        return out;
    }

    public void swapRows(long row1, long row2) {
        int a = row("matrix.swap_rows", row1);
        int b = row("matrix.swap_rows", row2);
        for (int c = 0; c < cols; c++) {
            double t = data[a * cols + c];
            data[a * cols + c] = data[b * cols + c];
            data[b * cols + c] = t;
        }
    }

    public void swapColumns(long column1, long column2) {
        int a = col("matrix.swap_columns", column1);
        int b = col("matrix.swap_columns", column2);
        for (int r = 0; r < rows; r++) {
            double t = data[r * cols + a];
            data[r * cols + a] = data[r * cols + b];
            data[r * cols + b] = t;
        }
    }

    /** matrix.fill(value, from_row = 0, to_row = rows, from_column = 0, to_column = columns); bounds are clamped. */
    public void fill(double value, long fromRow, long toRow, long fromColumn, long toColumn) {
        int[] r = range(fromRow, toRow, rows);
        int[] c = range(fromColumn, toColumn, cols);
        for (int i = r[0]; i < r[1]; i++) {
            Arrays.fill(data, i * cols + c[0], i * cols + c[1], value);
        }
    }

    private static int[] range(long from, long to, int n) {
        long a = from == Na.INT ? 0 : Math.max(0, Math.min(n, from));
        long b = to == Na.INT ? n : Math.max(a, Math.min(n, to));
        return new int[] {(int) a, (int) b};
    }

    public FloatMatrix copy() {
        return new FloatMatrix(ints, rows, cols, data.clone());
    }

    /** matrix.submatrix: a new matrix of rows [fromRow, toRow) and columns [fromColumn, toColumn). */
    public FloatMatrix submatrix(long fromRow, long toRow, long fromColumn, long toColumn) {
        long r0 = fromRow == Na.INT ? 0 : fromRow;
        long r1 = toRow == Na.INT ? rows : toRow;
        long c0 = fromColumn == Na.INT ? 0 : fromColumn;
        long c1 = toColumn == Na.INT ? cols : toColumn;
        if (r0 < 0 || r1 > rows || r0 > r1 || c0 < 0 || c1 > cols || c0 > c1) {
            throw new PineRuntimeError("matrix.submatrix: rows " + r0 + ".." + r1 + " / columns " + c0 + ".." + c1
                    + " are outside the " + rows + "x" + cols + " matrix");
        }
        int nr = (int) (r1 - r0);
        int nc = (int) (c1 - c0);
        double[] d = new double[nr * nc];
        for (int r = 0; r < nr; r++) {
            System.arraycopy(data, (int) (r0 + r) * cols + (int) c0, d, r * nc, nc);
        }
        return new FloatMatrix(ints, nr, nc, d);
    }

    /** matrix.reshape: same elements in row-major order; rows * columns must equal the element count. */
    public void reshape(long newRows, long newColumns) {
        if (newRows == Na.INT || newColumns == Na.INT || newRows < 0 || newColumns < 0
                || newRows * newColumns != (long) rows * cols) {
            throw new PineRuntimeError("matrix.reshape: cannot reshape a " + rows + "x" + cols + " matrix to " + newRows
                    + "x" + newColumns);
        }
        rows = (int) newRows;
        cols = (int) newColumns;
    }

    /** matrix.reverse: reverses the order of the rows and of the columns (a 180-degree turn). */
    public void reverse() {
        for (int i = 0, j = data.length - 1; i < j; i++, j--) {
            double t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }

    public FloatMatrix transpose() {
        double[] d = new double[data.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                d[c * rows + r] = data[r * cols + c];
            }
        }
        return new FloatMatrix(ints, cols, rows, d);
    }

    /** matrix.concat: appends the rows of {@code other} to this matrix and returns this matrix. */
    public FloatMatrix concat(FloatMatrix other) {
        if (rows * cols == 0) {
            cols = other.cols;
        }
        if (other.cols != cols) {
            throw new PineRuntimeError("matrix.concat: the matrices have " + cols + " and " + other.cols + " columns");
        }
        checkSize("matrix.concat", (long) (rows + other.rows) * cols);
        double[] d = Arrays.copyOf(data, data.length + other.data.length);
        System.arraycopy(other.data, 0, d, data.length, other.data.length);
        data = d;
        rows += other.rows;
        return this;
    }

    /** matrix.sort: reorders the rows by the values in one column (stable; na as the largest value). */
    public void sort(long column, boolean descending) {
        int c = col("matrix.sort", column == Na.INT ? 0 : column);
        Integer[] order = new Integer[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        java.util.Comparator<Integer> byValue = (a, b) -> Double.compare(data[a * cols + c], data[b * cols + c]);
        Arrays.sort(order, descending ? byValue.reversed() : byValue);
        double[] d = new double[data.length];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data, order[i] * cols, d, i * cols, cols);
        }
        data = d;
    }

    /** The elements in row-major order (a copy). */
    public double[] elements() {
        return data.clone();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            sb.append(r == 0 ? "" : "\n").append('[');
            for (int c = 0; c < cols; c++) {
                sb.append(c == 0 ? "" : ", ").append(NumberText.of(data[r * cols + c]));
            }
            sb.append(']');
        }
        return sb.toString();
    }
}
