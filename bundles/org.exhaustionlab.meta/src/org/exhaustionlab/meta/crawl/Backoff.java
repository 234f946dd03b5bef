package org.exhaustionlab.meta.crawl;

import java.util.Random;

/**
 * Exponential back-off with "equal jitter": attempt {@code n} (0-based) waits between half and all of
 * {@code min(cap, base * 2^n)}, so clients that failed together do not retry together. A server's
 * {@code Retry-After} is a floor: we never come back earlier than asked.
 *
 * @param baseMillis  first delay before jitter
 * @param capMillis   longest delay we are willing to wait (also the largest Retry-After we accept)
 * @param maxRetries  retries after the first attempt
 */
public record Backoff(long baseMillis, long capMillis, int maxRetries) {

    public static final Backoff DEFAULT = new Backoff(500, 60_000, 4);

    public Backoff {
        if (baseMillis <= 0 || capMillis < baseMillis || maxRetries < 0) {
            throw new IllegalArgumentException("back-off needs 0 < base <= cap and retries >= 0, got base "
                    + baseMillis + " ms, cap " + capMillis + " ms, retries " + maxRetries);
        }
    }

    /**
     * The wait before retry {@code attempt} (0 = the first retry).
     *
     * @param retryAfterMillis what the server asked for, or -1 when it did not say
     */
    public long delayMillis(int attempt, long retryAfterMillis, Random random) {
        long exp = capMillis;
        if (attempt < 30) {
            exp = Math.min(capMillis, baseMillis << attempt);
        }
        long jittered = exp / 2 + (long) (random.nextDouble() * (exp - exp / 2));
        return Math.max(jittered, retryAfterMillis);
    }
}
