package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.pivothigh(source, leftbars, rightbars)} and {@code ta.pivothigh(leftbars, rightbars)} (pass high): the pivot
 * high price found {@code rightbars} bars back, reported on this bar; na when there is none (see {@link PivotWindow}).
 */
public final class Pivothigh {
    private final PivotWindow window = new PivotWindow(true);

    public double next(double source, int leftbars, int rightbars) {
        return window.next(source, leftbars, rightbars);
    }
}
