package org.exhaustionlab.meta.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mockwebserver3.RecordedRequest;

/** Robots, user agent, conditional requests with the disk cache, retries and one-line errors against a local site. */
class HttpFetcherTest {

    @TempDir
    Path dir;

    private Site site;
    private final FakeTicker clock = new FakeTicker();

    @BeforeEach
    void start() throws Exception {
        site = new Site();
        site.on("/robots.txt", Site.ok("User-agent: *\nDisallow: /private/\n"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void robotsIsReadOnceAndItsRulesAreObeyed() throws Exception {
        site.on("/a", Site.ok("A")).on("/b", Site.ok("B"));
        HttpFetcher fetcher = Site.fetcher(clock, null);

        assertEquals("A", fetcher.get(site.url("/a")).body());
        assertEquals("B", fetcher.get(site.url("/b")).body());
        CrawlException e = assertThrows(CrawlException.class, () -> fetcher.get(site.url("/private/x")));

        assertEquals(CrawlException.Kind.ROBOTS_DISALLOWED, e.kind());
        assertTrue(e.getMessage().contains("disallows /private/x for ExhaustionLab"), e.getMessage());
        assertEquals(List.of("/robots.txt", "/a", "/b"), site.paths(), "the disallowed page is never requested");
        for (RecordedRequest r : site.requests) {
            assertEquals(HttpFetcher.DEFAULT_USER_AGENT, r.getHeaders().get("User-Agent"));
        }
        assertEquals(List.of(1000L, 1000L), clock.sleptMillis, "rate limited: robots, /a, /b one second apart");
    }

    @Test
    void etagAndLastModifiedRoundTripThroughTheDiskCache() throws Exception {
        site.on("/page", Site.ok("first body", "ETag", "\"v1\"", "Last-Modified", "Mon, 24 Nov 2025 10:00:00 GMT"),
                Site.status(304));
        Path cache = dir.resolve("cache");
        HttpFetcher.Page first = Site.fetcher(clock, cache).get(site.url("/page"));
        HttpFetcher.Page second = Site.fetcher(new FakeTicker(), cache).get(site.url("/page"));

        assertFalse(first.fromCache());
        assertEquals("first body", second.body());
        assertTrue(second.fromCache());
        assertEquals(304, second.status());
        RecordedRequest conditional = site.requests.get(site.requests.size() - 1);
        assertEquals("\"v1\"", conditional.getHeaders().get("If-None-Match"));
        assertEquals("Mon, 24 Nov 2025 10:00:00 GMT", conditional.getHeaders().get("If-Modified-Since"));
        assertNull(site.requests.get(1).getHeaders().get("If-None-Match"), "nothing cached the first time");
    }

    @Test
    void aChangedPageReplacesTheCachedOne() throws Exception {
        site.on("/page", Site.ok("old", "ETag", "\"v1\""), Site.ok("new", "ETag", "\"v2\""), Site.status(304));
        Path cache = dir.resolve("cache");
        HttpFetcher fetcher = Site.fetcher(clock, cache);
        fetcher.get(site.url("/page"));
        assertEquals("new", fetcher.get(site.url("/page")).body());
        HttpFetcher.Page third = fetcher.get(site.url("/page"));
        assertEquals("new", third.body());
        assertEquals("\"v2\"", site.requests.get(site.requests.size() - 1).getHeaders().get("If-None-Match"));
    }

    @Test
    void rateLimitedRequestsWaitAtLeastRetryAfterThenSucceed() throws Exception {
        site.on("/busy", Site.status(429, "Retry-After", "3"), Site.status(503), Site.ok("done"));
        HttpFetcher fetcher = Site.fetcher(clock, null);

        assertEquals("done", fetcher.get(site.url("/busy")).body());

        // robots→/busy spacing 1000, then back-off 1: max(jitter(200), 3000); rate slot; back-off 2 in [200, 400]
        List<Long> slept = clock.sleptMillis;
        assertEquals(3000L, slept.get(1), "Retry-After of 3 s honoured: " + slept);
        long secondBackoff = slept.get(2);
        assertTrue(secondBackoff >= 200 && secondBackoff <= 400, "jittered exponential back-off: " + slept);
        assertEquals(4, site.requests.size());
    }

    @Test
    void persistentFailuresBecomeOneLineErrors() throws Exception {
        site.on("/down", Site.status(503)).on("/gone", Site.status(404)).on("/later",
                Site.status(429, "Retry-After", "3600"));
        HttpFetcher fetcher = Site.fetcher(clock, null);

        CrawlException down = assertThrows(CrawlException.class, () -> fetcher.get(site.url("/down")));
        assertEquals(CrawlException.Kind.GAVE_UP, down.kind());
        assertTrue(down.getMessage().endsWith("failed: HTTP 503 Server Error (after 4 attempts)"), down.getMessage());
        CrawlException gone = assertThrows(CrawlException.class, () -> fetcher.get(site.url("/gone")));
        assertEquals(CrawlException.Kind.HTTP_ERROR, gone.kind());
        assertTrue(gone.getMessage().contains("/gone failed: HTTP 404"), gone.getMessage());
        CrawlException later = assertThrows(CrawlException.class, () -> fetcher.get(site.url("/later")));
        assertTrue(later.getMessage().contains("asks to wait 3600 s, longer than the 5 s we accept"),
                later.getMessage());
        for (CrawlException e : List.of(down, gone, later)) {
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void githubsRateLimitWaitsForTheResetTime() throws Exception {
        long reset = clock.epochMillis() / 1000 + 4;
        site.on("/search", Site.status(403, "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", Long.toString(reset)),
                Site.ok("{}"));
        HttpFetcher fetcher = Site.fetcher(clock, null);
        assertEquals("{}", fetcher.get(site.url("/search")).body());
        assertTrue(clock.sleptMillis.contains(3000L) || clock.sleptMillis.contains(4000L), clock.sleptMillis
                .toString());
    }

    @Test
    void brokenRobotsMeansDisallowAndNoServerMeansATransportError() throws Exception {
        site.on("/robots.txt", Site.status(500)).on("/a", Site.ok("A"));
        CrawlException e = assertThrows(CrawlException.class, () -> Site.fetcher(clock, null).get(site.url("/a")));
        assertEquals(CrawlException.Kind.ROBOTS_DISALLOWED, e.kind());
        assertEquals(List.of("/robots.txt"), site.paths());

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CrawlException refused = assertThrows(CrawlException.class,
                () -> Site.fetcher(new FakeTicker(), null).get("http://127.0.0.1:" + port + "/x"));
        assertEquals(CrawlException.Kind.TRANSPORT, refused.kind());
        assertTrue(refused.getMessage().contains("cannot read robots.txt of 127.0.0.1 (connection refused)"),
                refused.getMessage());
    }
}
