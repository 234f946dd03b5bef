package org.exhaustionlab.meta.crawl;

import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when someone sleeps: records every sleep so tests check waits without waiting. */
final class FakeTicker implements Ticker {

    long nanos;
    long epochMillis = 1_764_000_000_000L;
    final List<Long> sleptMillis = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized long epochMillis() {
        return epochMillis + nanos / 1_000_000;
    }

    @Override
    public synchronized void sleep(long n) {
        sleptMillis.add(n / 1_000_000);
        nanos += n;
    }

    synchronized void advanceMillis(long ms) {
        nanos += ms * 1_000_000;
    }
}
