package org.exhaustionlab.market.synthetic;

import org.exhaustionlab.market.Symbol;

/**
 * How one demo instrument behaves.
 *
 * @param symbol          name, tick and lot sizes
 * @param referencePrice  level the price starts at and slowly reverts to over weeks
 * @param sigmaPerMinute  typical standard deviation of 1-minute log returns
 * @param volumePerMinute average traded base quantity per minute
 */
record DemoProfile(Symbol symbol, double referencePrice, double sigmaPerMinute, double volumePerMinute) {
}
