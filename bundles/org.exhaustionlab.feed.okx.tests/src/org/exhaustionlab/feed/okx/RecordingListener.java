package org.exhaustionlab.feed.okx;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BookTicker;
import org.exhaustionlab.market.MarketDataFeed;

/** Records what a subscription delivers and notices overlapping callbacks. */
final class RecordingListener implements MarketDataFeed.Listener {

    final List<Bar> closed = new CopyOnWriteArrayList<>();
    final List<Bar> forming = new CopyOnWriteArrayList<>();
    final List<BookTicker> tickers = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    /** Bar updates in arrival order, as "closed 00:02" / "forming 00:04" (UTC time of day of the bar's open). */
    final List<String> log = new CopyOnWriteArrayList<>();
    private final AtomicInteger inside = new AtomicInteger();
    volatile boolean overlapped;

    @Override
    public void onBarUpdate(Bar bar, boolean isClosed) {
        enter();
        log.add((isClosed ? "closed " : "forming ") + Instant.ofEpochMilli(bar.time()).toString().substring(11, 16));
        (isClosed ? closed : forming).add(bar);
        exit();
    }

    @Override
    public void onBookTicker(BookTicker ticker) {
        enter();
        tickers.add(ticker);
        exit();
    }

    @Override
    public void onError(String message) {
        enter();
        errors.add(message);
        exit();
    }

    private void enter() {
        if (inside.incrementAndGet() > 1) {
            overlapped = true;
        }
    }

    private void exit() {
        inside.decrementAndGet();
    }

    /** Waits for {@code condition}; the timeout is a hang guard, not a timing assertion. */
    static void await(BooleanSupplier condition, long timeoutMs, Supplier<String> what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what.get());
            }
            Thread.sleep(5);
        }
    }
}
