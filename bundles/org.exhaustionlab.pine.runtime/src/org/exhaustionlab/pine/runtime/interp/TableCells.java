package org.exhaustionlab.pine.runtime.interp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * table.clear and table.merge_cells on a table's property map. Cells live under {@code cell:<column>:<row>}; a merge
 * is recorded under {@code merge:<start_column>:<start_row>} as a map with {@code start_column}, {@code start_row},
 * {@code end_column}, {@code end_row} (Longs). As on TradingView the merged cell shows the top-left cell's content,
 * so the cells themselves are left as they are.
 */
final class TableCells {
    private TableCells() {
    }

    static final String CELL = "cell:";
    static final String MERGE = "merge:";

    /** A rectangle of cells, corners in any order (normalised so that start <= end). */
    record Range(long startColumn, long startRow, long endColumn, long endRow) {
        static Range of(long c1, long r1, long c2, long r2) {
            return new Range(Math.min(c1, c2), Math.min(r1, r2), Math.max(c1, c2), Math.max(r1, r2));
        }

        boolean contains(long column, long row) {
            return column >= startColumn && column <= endColumn && row >= startRow && row <= endRow;
        }

        boolean contains(Range r) {
            return contains(r.startColumn, r.startRow) && contains(r.endColumn, r.endRow);
        }

        boolean overlaps(Range r) {
            return startColumn <= r.endColumn && r.startColumn <= endColumn && startRow <= r.endRow
                    && r.startRow <= endRow;
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start_column", startColumn);
            m.put("start_row", startRow);
            m.put("end_column", endColumn);
            m.put("end_row", endRow);
            return m;
        }

        static Range ofMap(Map<?, ?> m) {
            return new Range((Long) m.get("start_column"), (Long) m.get("start_row"), (Long) m.get("end_column"),
                    (Long) m.get("end_row"));
        }
    }

    /**
     * table.clear: removes the cells in the rectangle (an na end column or row means the start one), and the merges
     * lying wholly inside it.
     */
    static void clear(Map<String, Object> props, long startColumn, long startRow, long endColumn, long endRow) {
        if (startColumn == Long.MIN_VALUE || startRow == Long.MIN_VALUE) {
            return;
        }
        Range r = Range.of(startColumn, startRow, endColumn == Long.MIN_VALUE ? startColumn : endColumn,
                endRow == Long.MIN_VALUE ? startRow : endRow);
        props.entrySet().removeIf(e -> {
            String k = e.getKey();
            if (k.startsWith(CELL)) {
                long[] at = position(k, CELL.length());
                return r.contains(at[0], at[1]);
            }
            return k.startsWith(MERGE) && e.getValue() instanceof Map<?, ?> m && r.contains(Range.ofMap(m));
        });
    }

    /** table.merge_cells: records the merge; an earlier merge overlapping it is replaced by it. */
    static void merge(Map<String, Object> props, long startColumn, long startRow, long endColumn, long endRow) {
        if (startColumn == Long.MIN_VALUE || startRow == Long.MIN_VALUE || endColumn == Long.MIN_VALUE
                || endRow == Long.MIN_VALUE) {
            return;
        }
        Range r = Range.of(startColumn, startRow, endColumn, endRow);
        props.entrySet().removeIf(
                e -> e.getKey().startsWith(MERGE) && e.getValue() instanceof Map<?, ?> m && r.overlaps(Range.ofMap(m)));
        props.put(MERGE + r.startColumn() + ":" + r.startRow(), r.asMap());
    }

    private static long[] position(String key, int from) {
        int colon = key.indexOf(':', from);
        return new long[] {Long.parseLong(key.substring(from, colon)), Long.parseLong(key.substring(colon + 1))};
    }
}
