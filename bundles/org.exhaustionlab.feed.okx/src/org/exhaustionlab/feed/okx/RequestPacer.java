package org.exhaustionlab.feed.okx;

import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * Keeps one endpoint under OKX's published limit ({@code limit} requests per {@code windowMs}, counted per IP) so
 * that long history downloads wait a little instead of collecting HTTP 429s: remembers when the last {@code limit}
 * requests went out and, when the oldest of them is still inside the window, says how long to wait.
 *
 * @implNote Thread-safe; callers of one endpoint are paced together.
 */
final class RequestPacer {

    private final int limit;
    private final long windowMs;
    private final ArrayDeque<Long> sent = new ArrayDeque<>();

    RequestPacer(int limit, long windowMs) {
        this.limit = limit;
        this.windowMs = windowMs;
    }

    /**
     * Reserves a slot for one request at {@code clock}'s time: returns how many milliseconds to wait before sending it
     * (0 if none). The slot is booked at the time the request will go out, so concurrent callers queue up behind it.
     */
    synchronized long reserve(LongSupplier clock) {
        long now = clock.getAsLong();
        long wait = 0;
        if (sent.size() >= limit) {
            wait = Math.max(0, sent.peekFirst() + windowMs - now);
            sent.pollFirst();
        }
        sent.addLast(now + wait);
        return wait;
    }
}
