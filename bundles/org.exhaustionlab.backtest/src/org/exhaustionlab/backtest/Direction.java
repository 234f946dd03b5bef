package org.exhaustionlab.backtest;

/** Pine's {@code strategy.long} / {@code strategy.short}. */
public enum Direction {
    LONG(1), SHORT(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** +1 for long, -1 for short. */
    public int sign() {
        return sign;
    }

    public Direction opposite() {
        return this == LONG ? SHORT : LONG;
    }

    static Direction ofSign(double signedQty) {
        return signedQty >= 0 ? LONG : SHORT;
    }
}
