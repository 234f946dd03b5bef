package org.exhaustionlab.meta.crawl;

import java.util.HashMap;
import java.util.Map;

/**
 * At most one request per host every {@code interval}: the polite default for crawling other people's servers.
 * A host may ask for a longer interval ({@code Crawl-delay} in robots.txt); that one wins for that host.
 *
 * @implNote Thread-safe: a slot is reserved under the lock, the caller sleeps outside it.
 */
public final class RateLimiter {

    private final Ticker ticker;
    private final long defaultIntervalNanos;
    private final Map<String, Long> intervals = new HashMap<>();
    private final Map<String, Long> nextSlot = new HashMap<>();

    public RateLimiter(Ticker ticker, long defaultIntervalMillis) {
        if (defaultIntervalMillis < 0) {
            throw new IllegalArgumentException("rate limit interval must be >= 0 ms, got " + defaultIntervalMillis);
        }
        this.ticker = ticker;
        this.defaultIntervalNanos = defaultIntervalMillis * 1_000_000L;
    }

    /** A longer interval for one host (never shorter than the default). */
    public synchronized void setInterval(String host, long millis) {
        intervals.put(host.toLowerCase(java.util.Locale.ROOT), Math.max(defaultIntervalNanos, millis * 1_000_000L));
    }

    /** Reserves the host's next slot and returns how long to wait for it (0 = go now). */
    synchronized long reserve(String host) {
        String key = host.toLowerCase(java.util.Locale.ROOT);
        long now = ticker.nanoTime();
        long slot = Math.max(now, nextSlot.getOrDefault(key, now));
        nextSlot.put(key, slot + intervals.getOrDefault(key, defaultIntervalNanos));
        return slot - now;
    }

    /** Waits for the host's next slot. */
    public void acquire(String host) throws InterruptedException {
        long wait = reserve(host);
        if (wait > 0) {
            ticker.sleep(wait);
        }
    }
}
