package org.exhaustionlab.backtest;

import org.exhaustionlab.market.Symbol;

/**
 * Order prices on the symbol's tick grid. TradingView rounds an order price AWAY from the side that would fill it
 * sooner: buy limit and sell stop down, buy stop and sell limit up. A level within 1e-4 tick of a grid point counts
 * as on it (so 1.10000000001 stays 1.1), the tolerance PyneCore measured on TradingView.
 */
final class TickGrid {
    private static final double ON_GRID = 1e-4;
    final double tick;

    TickGrid(double tick) {
        if (!(tick > 0) || Double.isInfinite(tick)) {
            throw new IllegalArgumentException("mintick must be a positive number, got " + tick);
        }
        this.tick = tick;
    }

    double nearest(double price) {
        return Symbol.roundToStep(price, tick);
    }

    double up(double price) {
        return Symbol.roundToStep(Math.ceil(price / tick - ON_GRID) * tick, tick);
    }

    double down(double price) {
        return Symbol.roundToStep(Math.floor(price / tick + ON_GRID) * tick, tick);
    }

    /** Limit price of an order on side {@code sign} (+1 buy, -1 sell). */
    double limit(double price, int sign) {
        return Double.isNaN(price) ? price : sign > 0 ? down(price) : up(price);
    }

    /** Stop price of an order on side {@code sign} (+1 buy, -1 sell). */
    double stop(double price, int sign) {
        return Double.isNaN(price) ? price : sign > 0 ? up(price) : down(price);
    }

    /** {@code price} moved {@code ticks} ticks against a {@code sign} order (buys pay more, sells get less). */
    double slip(double price, int sign, int ticks) {
        return ticks == 0 ? price : nearest(price + sign * ticks * tick);
    }
}
