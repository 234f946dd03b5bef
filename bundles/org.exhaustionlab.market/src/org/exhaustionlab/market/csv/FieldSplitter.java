package org.exhaustionlab.market.csv;

import java.util.Arrays;

/**
 * Finds the field boundaries of one CSV line without allocating per field. Handles RFC 4180 quoting (TradingView
 * quotes headers such as {@code "ta.bb(close, 20, 2).upper"}); the bounds of a quoted field exclude its quotes.
 */
final class FieldSplitter {

    private int count;
    private int[] start = new int[16];
    private int[] end = new int[16];

    /** Splits {@code line}; afterwards fields 0 .. {@link #count()} - 1 are available. */
    void split(String line) {
        count = 0;
        int n = line.length();
        int i = 0;
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                int j = i + 1;
                while (j < n) {
                    if (line.charAt(j) == '"') {
                        if (j + 1 < n && line.charAt(j + 1) == '"') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                add(i + 1, Math.min(j, n));
                int comma = j < n ? line.indexOf(',', j) : -1;
                if (comma < 0) {
                    return;
                }
                i = comma + 1;
            } else {
                int comma = line.indexOf(',', i);
                if (comma < 0) {
                    add(i, n);
                    return;
                }
                add(i, comma);
                i = comma + 1;
            }
        }
    }

    int count() {
        return count;
    }

    int start(int field) {
        return start[field];
    }

    int end(int field) {
        return end[field];
    }

    /** Field text, trimmed, with doubled quotes undone. */
    String text(String line, int field) {
        return line.substring(start[field], end[field]).replace("\"\"", "\"").trim();
    }

    private void add(int from, int to) {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
        }
        start[count] = from;
        end[count] = to;
        count++;
    }
}
