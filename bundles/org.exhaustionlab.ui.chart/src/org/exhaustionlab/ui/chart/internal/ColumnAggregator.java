package org.exhaustionlab.ui.chart.internal;

import java.util.Arrays;

/**
 * When bars are denser than pixels, each pixel column shows the range of the bars falling into it: one vertical
 * line per column instead of one shape per bar keeps a repaint of 100k bars in the low milliseconds.
 */
final class ColumnAggregator {

    double[] low = new double[0];
    double[] high = new double[0];
    double[] first = new double[0];
    double[] last = new double[0];

    void reset(int columns) {
        if (low.length < columns) {
            low = new double[columns];
            high = new double[columns];
            first = new double[columns];
            last = new double[columns];
        }
        Arrays.fill(low, 0, columns, Double.POSITIVE_INFINITY);
        Arrays.fill(high, 0, columns, Double.NEGATIVE_INFINITY);
        Arrays.fill(first, 0, columns, Double.NaN);
        Arrays.fill(last, 0, columns, Double.NaN);
    }

    void add(int column, double lo, double hi, double open, double close) {
        if (lo < low[column]) {
            low[column] = lo;
        }
        if (hi > high[column]) {
            high[column] = hi;
        }
        if (Double.isNaN(first[column])) {
            first[column] = open;
        }
        last[column] = close;
    }

    boolean has(int column) {
        return high[column] >= low[column];
    }
}
