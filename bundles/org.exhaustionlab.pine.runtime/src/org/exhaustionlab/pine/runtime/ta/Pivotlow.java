package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.pivotlow(source, leftbars, rightbars)} and {@code ta.pivotlow(leftbars, rightbars)} (pass low): the pivot
 * low price found {@code rightbars} bars back, reported on this bar; na when there is none (see {@link PivotWindow}).
 */
public final class Pivotlow {
    private final PivotWindow window = new PivotWindow(false);

    public double next(double source, int leftbars, int rightbars) {
        return window.next(source, leftbars, rightbars);
    }
}
