package org.exhaustionlab.pine.runtime.ta;

/**
 * {@code ta.range(source, length)} = max - min of the last {@code length} non-na values (reference remark: "na values
 * ... are ignored; the function calculates on the length quantity of non-na values"; range.csv). An na-source bar
 * returns na.
 */
public final class Range {
    private final BlockExtremum highest = new BlockExtremum(true);
    private final BlockExtremum lowest = new BlockExtremum(false);

    public double next(double source, int length) {
        if (Double.isNaN(source)) {
            return Double.NaN;
        }
        highest.next(source, length);
        lowest.next(source, length);
        return highest.value() - lowest.value();
    }
}
