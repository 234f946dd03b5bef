package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.crossunder(source1, source2)}: source1 < source2 now and source1 >= source2 on the last bar where both
 * were defined (reference definition; na gaps do not reset the relation: PyneCore TradingView notes; cross.csv).
 */
public final class Crossunder {
    private boolean wasAtOrAbove;

    public boolean next(double source1, double source2) {
        boolean result = source1 < source2 && wasAtOrAbove;
        if (!Double.isNaN(source1) && !Double.isNaN(source2)) {
            wasAtOrAbove = source1 >= source2;
        }
        return result;
    }
}
