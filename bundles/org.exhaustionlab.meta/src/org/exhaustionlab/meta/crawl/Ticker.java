package org.exhaustionlab.meta.crawl;

/**
 * Time for the crawler: a monotonic clock for rate limiting, wall time for HTTP dates, and sleeping. Tests pass a
 * fake one so rate limits and back-off are checked without waiting.
 */
public interface Ticker {

    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public long epochMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    };

    long nanoTime();

    long epochMillis();

    void sleep(long nanos) throws InterruptedException;
}
