package org.exhaustionlab.meta.crawl;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A polite GET: robots.txt first (once per origin), a per-host rate limit, conditional requests from the on-disk
 * cache, our user agent on every request, and retries with jittered exponential back-off on 408/429/5xx, on
 * GitHub's "403 + X-RateLimit-Remaining: 0" and on transport failures, never sooner than a {@code Retry-After}
 * asks. Every failure is one {@link CrawlException} line naming the URL.
 *
 * @implNote Thread-safe; sources call it from one thread.
 */
public final class HttpFetcher {

    /** Our user agent: the product token first, so robots.txt groups for "ExhaustionLab" apply to us. */
    public static final String DEFAULT_USER_AGENT = "ExhaustionLab/0.1 (strategy research crawler; "
            + "+https://github.com/exhaustionlab)";

    /** One fetched document. */
    public record Page(String url, int status, String body, boolean fromCache) {
    }

    private final OkHttpClient client;
    private final String userAgent;
    private final String productToken;
    private final RateLimiter limiter;
    private final Backoff backoff;
    private final ResponseCache cache;
    private final Ticker ticker;
    private final Random random;
    private final Map<String, RobotsRules> robots = new HashMap<>();
    private final Map<String, Map<String, String>> hostHeaders = new HashMap<>();

    /**
     * @param cache null for no conditional requests
     */
    public HttpFetcher(OkHttpClient client, String userAgent, RateLimiter limiter, Backoff backoff,
            ResponseCache cache, Ticker ticker, long seed) {
        this.client = client;
        this.userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent.strip();
        int slash = this.userAgent.indexOf('/');
        int space = this.userAgent.indexOf(' ');
        int end = slash > 0 ? slash : space > 0 ? space : this.userAgent.length();
        this.productToken = this.userAgent.substring(0, end);
        this.limiter = limiter;
        this.backoff = backoff;
        this.cache = cache;
        this.ticker = ticker;
        this.random = new Random(seed);
    }

    /** Extra headers for every request to {@code host}, e.g. GitHub's Authorization and Accept. */
    public synchronized void setHostHeaders(String host, Map<String, String> headers) {
        hostHeaders.put(host.toLowerCase(Locale.ROOT), Map.copyOf(headers));
    }

    public String userAgent() {
        return userAgent;
    }

    public Page get(String url) throws CrawlException {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new CrawlException(CrawlException.Kind.BAD_PAYLOAD, "not an http(s) URL: " + url);
        }
        String path = parsed.encodedPath() + (parsed.encodedQuery() == null ? "" : "?" + parsed.encodedQuery());
        if (!robotsFor(parsed).allows(path)) {
            throw new CrawlException(CrawlException.Kind.ROBOTS_DISALLOWED, "robots.txt of " + parsed.host()
                    + " disallows " + path + " for " + productToken + "; skipped");
        }
        ResponseCache.Entry cached = lookup(url);
        for (int attempt = 0;; attempt++) {
            Request.Builder request = new Request.Builder().url(parsed).header("User-Agent", userAgent);
            headersFor(parsed.host()).forEach(request::header);
            if (cached != null && cached.etag() != null) {
                request.header("If-None-Match", cached.etag());
            }
            if (cached != null && cached.lastModified() != null) {
                request.header("If-Modified-Since", cached.lastModified());
            }
            waitForSlot(parsed.host());
            long retryAfter;
            String problem;
            try (Response response = client.newCall(request.build()).execute()) {
                int code = response.code();
                if (code == 304 && cached != null) {
                    return new Page(url, 304, cached.body(), true);
                }
                if (code >= 200 && code < 300) {
                    String body = bodyText(response.body());
                    store(url, response.header("ETag"), response.header("Last-Modified"), body);
                    return new Page(url, code, body, false);
                }
                if (!retryable(response)) {
                    throw new CrawlException(CrawlException.Kind.HTTP_ERROR, "GET " + url + " failed: HTTP " + code
                            + reason(response));
                }
                retryAfter = retryAfterMillis(response);
                problem = "HTTP " + code + reason(response);
            } catch (IOException e) {
                retryAfter = -1;
                problem = transport(e);
                if (attempt >= backoff.maxRetries()) {
                    throw new CrawlException(CrawlException.Kind.TRANSPORT, "GET " + url + " failed: " + problem
                            + " (after " + (attempt + 1) + " attempts)", e);
                }
            }
            if (retryAfter > backoff.capMillis()) {
                throw new CrawlException(CrawlException.Kind.GAVE_UP, "GET " + url + " failed: " + problem
                        + "; the server asks to wait " + retryAfter / 1000 + " s, longer than the "
                        + backoff.capMillis() / 1000 + " s we accept");
            }
            if (attempt >= backoff.maxRetries()) {
                throw new CrawlException(CrawlException.Kind.GAVE_UP, "GET " + url + " failed: " + problem
                        + " (after " + (attempt + 1) + " attempts)");
            }
            sleep(backoff.delayMillis(attempt, retryAfter, random) * 1_000_000L, url);
        }
    }

    private synchronized Map<String, String> headersFor(String host) {
        return hostHeaders.getOrDefault(host.toLowerCase(Locale.ROOT), Map.of());
    }

    private ResponseCache.Entry lookup(String url) throws CrawlException {
        try {
            return cache == null ? null : cache.lookup(url);
        } catch (IOException e) {
            return null; // an unreadable cache entry is a miss, not a failure
        }
    }

    private void store(String url, String etag, String lastModified, String body) throws CrawlException {
        if (cache == null) {
            return;
        }
        try {
            cache.store(url, etag, lastModified, body);
        } catch (IOException e) {
            throw new CrawlException(CrawlException.Kind.TRANSPORT, "cannot write the crawl cache for " + url
                    + ": " + e.getMessage(), e);
        }
    }

    private static boolean retryable(Response r) {
        int code = r.code();
        if (code == 408 || code == 429 || code >= 500) {
            return true;
        }
        return code == 403 && "0".equals(r.header("X-RateLimit-Remaining")); // GitHub's primary rate limit
    }

    private long retryAfterMillis(Response r) {
        long ms = RetryAfter.millis(r.header("Retry-After"), ticker.epochMillis());
        String reset = r.header("X-RateLimit-Reset");
        if (ms < 0 && reset != null && "0".equals(r.header("X-RateLimit-Remaining"))) {
            try {
                ms = Math.max(0, Long.parseLong(reset.strip()) * 1000 - ticker.epochMillis());
            } catch (NumberFormatException ignored) {
                // no usable reset time: plain back-off
            }
        }
        return ms;
    }

    private static String reason(Response r) {
        return r.message() == null || r.message().isBlank() ? "" : " " + r.message();
    }

    private static String bodyText(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    private static String transport(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return "timed out";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private void waitForSlot(String host) throws CrawlException {
        try {
            limiter.acquire(host);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrawlException(CrawlException.Kind.TRANSPORT, "interrupted while waiting to fetch from "
                    + host);
        }
    }

    private void sleep(long nanos, String url) throws CrawlException {
        try {
            ticker.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrawlException(CrawlException.Kind.TRANSPORT, "interrupted while backing off from " + url);
        }
    }

    /** The robots.txt rules of the URL's origin, fetched once. */
    private RobotsRules robotsFor(HttpUrl url) throws CrawlException {
        String origin = url.scheme() + "://" + url.host() + ":" + url.port();
        synchronized (this) {
            RobotsRules known = robots.get(origin);
            if (known != null) {
                return known;
            }
        }
        RobotsRules rules;
        waitForSlot(url.host());
        Request request = new Request.Builder().url(url.newBuilder().encodedPath("/robots.txt").query(null).build())
                .header("User-Agent", userAgent).build();
        try (Response response = client.newCall(request).execute()) {
            if (response.isSuccessful()) {
                rules = RobotsRules.parse(bodyText(response.body()), productToken);
            } else if (response.code() >= 400 && response.code() < 500) {
                rules = RobotsRules.ALLOW_ALL; // RFC 9309: "unavailable" means no restrictions
            } else {
                rules = RobotsRules.DISALLOW_ALL; // "unreachable": assume complete disallow
            }
        } catch (IOException e) {
            // unreachable: nothing may be fetched; not remembered, so a later crawl asks again
            throw new CrawlException(CrawlException.Kind.TRANSPORT, "cannot read robots.txt of " + url.host()
                    + " (" + transport(e) + "); not crawling it", e);
        }
        if (rules.crawlDelayMillis() > 0) {
            limiter.setInterval(url.host(), rules.crawlDelayMillis());
        }
        synchronized (this) {
            robots.put(origin, rules);
        }
        return rules;
    }
}
