package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.cross(source1, source2)} = crossover or crossunder, both always advanced (cross.csv). */
public final class Cross {
    private final Crossover over = new Crossover();
    private final Crossunder under = new Crossunder();

    public boolean next(double source1, double source2) {
        boolean crossedOver = over.next(source1, source2);
        boolean crossedUnder = under.next(source1, source2);
        return crossedOver || crossedUnder;
    }
}
