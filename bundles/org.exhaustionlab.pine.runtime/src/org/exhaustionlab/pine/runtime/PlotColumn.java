package org.exhaustionlab.pine.runtime;

/**
 * One plotted series: {@code plot}, {@code plotshape}, {@code plotchar}, {@code plotarrow}, {@code bgcolor},
 * {@code barcolor} (colour only), or one component of {@code plotcandle}/{@code plotbar} (title suffixed with
 * {@code .open} ...). Values per bar, na = NaN; colours per bar as 0xAARRGGBB in a long, na = Long.MIN_VALUE, or
 * null when the call has no colour.
 */
public record PlotColumn(String title, String kind, double[] values, long[] colors) {
}
