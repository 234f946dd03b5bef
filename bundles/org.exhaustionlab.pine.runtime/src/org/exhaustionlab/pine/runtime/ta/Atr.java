package org.exhaustionlab.pine.runtime.ta;

/** {@code ta.atr(length)} = rma(ta.tr(true), length) (reference formula; tr.csv {@code ta.atr(14)}). */
public final class Atr {
    private final Tr tr = new Tr();
    private final Rma rma = new Rma();

    public double next(int length, double high, double low, double close) {
        return rma.next(tr.next(true, high, low, close), length);
    }
}
