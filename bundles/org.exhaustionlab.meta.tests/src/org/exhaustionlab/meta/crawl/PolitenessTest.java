package org.exhaustionlab.meta.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The per-host rate limiter, jittered back-off and Retry-After, on a fake clock. */
class PolitenessTest {

    @Test
    void requestsToOneHostAreSpacedAndHostsAreIndependent() throws Exception {
        FakeTicker clock = new FakeTicker();
        RateLimiter limiter = new RateLimiter(clock, 1000);

        limiter.acquire("api.github.com");
        limiter.acquire("www.reddit.com");
        limiter.acquire("API.github.com");
        limiter.acquire("api.github.com");

        assertEquals(java.util.List.of(1000L, 1000L), clock.sleptMillis, "the second and third GitHub requests wait");
        assertEquals(0, limiter.reserve("example.org"));
        clock.advanceMillis(5000);
        assertEquals(0, limiter.reserve("www.reddit.com"), "an idle host is free again");
    }

    @Test
    void crawlDelayLengthensOneHostsInterval() {
        FakeTicker clock = new FakeTicker();
        RateLimiter limiter = new RateLimiter(clock, 1000);
        limiter.setInterval("slow.example", 3000);
        limiter.setInterval("fast.example", 10);

        limiter.reserve("slow.example");
        limiter.reserve("fast.example");

        assertEquals(3_000_000_000L, limiter.reserve("slow.example"));
        assertEquals(1_000_000_000L, limiter.reserve("fast.example"), "never shorter than the default");
    }

    @Test
    void backoffGrowsExponentiallyWithJitterUpToTheCap() {
        Backoff backoff = new Backoff(100, 1000, 6);
        Random random = new Random(3);
        for (int attempt = 0; attempt < 8; attempt++) {
            long full = Math.min(1000, 100L << attempt);
            for (int i = 0; i < 50; i++) {
                long d = backoff.delayMillis(attempt, -1, random);
                assertTrue(d >= full / 2 && d <= full, "attempt " + attempt + ": " + d + " outside [" + full / 2
                        + ", " + full + "]");
            }
        }
        java.util.Set<Long> clients = new java.util.HashSet<>();
        Random seeds = new Random(9);
        for (int client = 0; client < 20; client++) {
            clients.add(backoff.delayMillis(2, -1, new Random(seeds.nextLong())));
        }
        assertTrue(clients.size() > 10, "jitter spreads clients that failed together: " + clients);
        assertEquals(5000, backoff.delayMillis(0, 5000, random), "Retry-After is a floor");
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0, 10, 1));
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        long now = 1_764_000_000_000L; // 2025-11-24T16:00:00Z
        assertEquals(120_000, RetryAfter.millis("120", now));
        assertEquals(30_000, RetryAfter.millis("Mon, 24 Nov 2025 16:00:30 GMT", now));
        assertEquals(0, RetryAfter.millis("Mon, 24 Nov 2025 15:00:00 GMT", now), "a date in the past: go now");
        assertEquals(-1, RetryAfter.millis(null, now));
        assertEquals(-1, RetryAfter.millis("soon", now));
    }
}
