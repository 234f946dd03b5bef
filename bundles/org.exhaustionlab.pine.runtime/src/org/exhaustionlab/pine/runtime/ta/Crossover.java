package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.crossover(source1, source2)}: source1 > source2 now and source1 <= source2 on the last bar where both
 * were defined (reference definition; na gaps do not reset the relation: PyneCore TradingView notes; cross.csv).
 */
public final class Crossover {
    private boolean wasAtOrBelow;

    public boolean next(double source1, double source2) {
        boolean result = source1 > source2 && wasAtOrBelow;
        if (!Double.isNaN(source1) && !Double.isNaN(source2)) {
            wasAtOrBelow = source1 <= source2;
        }
        return result;
    }
}
