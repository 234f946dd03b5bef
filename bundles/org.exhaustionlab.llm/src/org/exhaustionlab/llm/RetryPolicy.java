package org.exhaustionlab.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * Retries of HTTP 429 and 5xx answers: exponential backoff with jitter, honouring {@code Retry-After}.
 *
 * @param maxAttempts    attempts in total, 1 = no retry
 * @param initialBackoff wait before the second attempt; doubles for each further attempt
 * @param maxBackoff     cap on a single wait
 * @param maxRetryAfter  longest {@code Retry-After} the client is willing to wait; a server asking for more makes
 *                       the request fail at once with {@link LlmException.Kind#RATE_LIMITED}
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofSeconds(120));
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1, got " + maxAttempts);
        }
        for (Duration d : new Duration[] {initialBackoff, maxBackoff, maxRetryAfter}) {
            if (Objects.requireNonNull(d, "backoff").isNegative()) {
                throw new IllegalArgumentException("retry durations must not be negative, got " + d);
            }
        }
    }

    /**
     * The wait before attempt {@code attempt + 1} after attempt {@code attempt} failed (attempt counts from 1):
     * {@code min(maxBackoff, initialBackoff * 2^(attempt-1))}, of which a random half is dropped ("equal jitter")
     * so that many clients hitting the same limit do not retry in lock-step.
     *
     * @param random01 a random number in [0, 1)
     */
    public Duration backoff(int attempt, double random01) {
        long initial = initialBackoff.toMillis();
        long capped = Math.min(maxBackoff.toMillis(), initial << Math.min(30, Math.max(0, attempt - 1)));
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random01 * (capped - half)));
    }
}
