package org.exhaustionlab.meta.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.OkHttpClient;

/**
 * Which sources to crawl and how politely, from a JSON file:
 * <pre>{@code
 * {"userAgent": "ExhaustionLab/0.1 (...)", "perHostIntervalMs": 1000, "limitPerSource": 20,
 *  "sources": [{"type": "github", "apiBase": "https://api.github.com", "query": "...", "tokenEnv": "GITHUB_TOKEN"},
 *              {"type": "reddit", "url": "https://www.reddit.com/r/TradingView/search.json?q=...",
 *               "siteBase": "https://www.reddit.com"},
 *              {"type": "tradingview", "pages": ["https://www.tradingview.com/script/abc-Name/"]}]}
 * }</pre>
 * Without a file: GitHub code search (only when {@code GITHUB_TOKEN} is set: the API refuses anonymous code
 * search) and the Reddit r/TradingView search.
 */
public record CrawlConfig(String userAgent, long perHostIntervalMs, int limitPerSource, List<CrawlSource> sources) {

    public CrawlConfig {
        sources = List.copyOf(sources);
        if (perHostIntervalMs < 0 || limitPerSource < 1) {
            throw new IllegalArgumentException("crawl config needs perHostIntervalMs >= 0 and limitPerSource >= 1");
        }
    }

    /**
     * A crawler over these sources with the system clock, this config's user agent and per-host interval, the
     * default back-off, and the conditional-request cache in {@code cacheFolder}.
     */
    public Crawler crawler(Path cacheFolder, long seed) {
        OkHttpClient client = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60)).build();
        HttpFetcher fetcher = new HttpFetcher(client, userAgent, new RateLimiter(Ticker.SYSTEM, perHostIntervalMs),
                Backoff.DEFAULT, new ResponseCache(cacheFolder), Ticker.SYSTEM, seed);
        return new Crawler(fetcher, sources, limitPerSource);
    }

    /** The built-in sources; {@code env} reads environment variables (System::getenv). */
    public static CrawlConfig defaults(Function<String, String> env) {
        List<CrawlSource> sources = new ArrayList<>();
        String token = env.apply("GITHUB_TOKEN");
        if (token != null && !token.isBlank()) {
            sources.add(new GitHubCodeSearch(GitHubCodeSearch.API, GitHubCodeSearch.DEFAULT_QUERY, token));
        }
        sources.add(new RedditListing(RedditListing.DEFAULT_URL, "https://www.reddit.com"));
        return new CrawlConfig(HttpFetcher.DEFAULT_USER_AGENT, 1000, 20, sources);
    }

    /** Reads a config file; errors name the file and the offending entry. */
    public static CrawlConfig read(Path file, Function<String, String> env) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<CrawlSource> sources = new ArrayList<>();
        int i = 0;
        for (JsonNode s : root.path("sources")) {
            String type = s.path("type").asText("");
            String where = file + ": sources[" + i++ + "]";
            switch (type) {
                case "github" -> sources.add(new GitHubCodeSearch(s.path("apiBase").asText(GitHubCodeSearch.API),
                        s.path("query").asText(GitHubCodeSearch.DEFAULT_QUERY),
                        env.apply(s.path("tokenEnv").asText("GITHUB_TOKEN"))));
                case "reddit" -> sources.add(new RedditListing(require(s, "url", where),
                        s.path("siteBase").asText("https://www.reddit.com")));
                case "tradingview" -> {
                    List<String> pages = new ArrayList<>();
                    s.path("pages").forEach(p -> pages.add(p.asText()));
                    sources.add(new TradingViewPage(pages));
                }
                default -> throw new IOException(where + ": unknown type '" + type
                        + "' (github, reddit or tradingview)");
            }
        }
        return new CrawlConfig(root.path("userAgent").asText(HttpFetcher.DEFAULT_USER_AGENT),
                root.path("perHostIntervalMs").asLong(1000), root.path("limitPerSource").asInt(20), sources);
    }

    private static String require(JsonNode node, String field, String where) throws IOException {
        String v = node.path(field).asText("");
        if (v.isBlank()) {
            throw new IOException(where + ": missing \"" + field + "\"");
        }
        return v;
    }
}
