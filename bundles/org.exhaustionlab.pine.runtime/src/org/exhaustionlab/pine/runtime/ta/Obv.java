package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.obv} = cum(sign(change(close)) * volume): na on the first bar (iii+nvi+obv.csv). */
public final class Obv {
    private final Change change = new Change();
    private final Cum cum = new Cum();

    public double next(double close, double volume) {
        return cum.next(Math.signum(change.next(close, 1)) * volume);
    }
}
