package org.exhaustionlab.meta.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configurable sources: the file format, its errors, and the defaults. */
class CrawlConfigTest {

    @TempDir
    Path dir;

    @Test
    void readsEverySourceTypeAndThePoliteness() throws Exception {
        Path file = dir.resolve("sources.json");
        Files.writeString(file, """
                {"userAgent": "ExhaustionLab/0.1 (test)", "perHostIntervalMs": 2500, "limitPerSource": 7,
                 "sources": [
                   {"type": "github", "apiBase": "http://localhost:9/api", "query": "strategy.entry", "tokenEnv": "MY_TOKEN"},
                   {"type": "reddit", "url": "http://localhost:9/r/x.json", "siteBase": "http://localhost:9"},
                   {"type": "tradingview", "pages": ["http://localhost:9/script/a/", "http://localhost:9/script/b/"]}]}
                """);

        CrawlConfig c = CrawlConfig.read(file, Map.of("MY_TOKEN", "t0k")::get);

        assertEquals("ExhaustionLab/0.1 (test)", c.userAgent());
        assertEquals(2500, c.perHostIntervalMs());
        assertEquals(7, c.limitPerSource());
        assertEquals(new GitHubCodeSearch("http://localhost:9/api", "strategy.entry", "t0k"), c.sources().get(0));
        assertEquals(new RedditListing("http://localhost:9/r/x.json", "http://localhost:9"), c.sources().get(1));
        assertEquals(new TradingViewPage(List.of("http://localhost:9/script/a/", "http://localhost:9/script/b/")),
                c.sources().get(2));
    }

    @Test
    void mistakesNameTheFileAndTheEntry() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"sources\": [{\"type\": \"reddit\", \"url\": \"http://x/r.json\"}, "
                + "{\"type\": \"myspace\"}]}");
        IOException e = assertThrows(IOException.class, () -> CrawlConfig.read(file, k -> null));
        assertEquals(file + ": sources[1]: unknown type 'myspace' (github, reddit or tradingview)", e.getMessage());
        Files.writeString(file, "{\"sources\": [{\"type\": \"reddit\"}]}");
        IOException missing = assertThrows(IOException.class, () -> CrawlConfig.read(file, k -> null));
        assertEquals(file + ": sources[0]: missing \"url\"", missing.getMessage());
        Files.writeString(file, "{not json");
        IOException broken = assertThrows(IOException.class, () -> CrawlConfig.read(file, k -> null));
        assertTrue(broken.getMessage().startsWith(file + " is not valid JSON: "), broken.getMessage());
    }

    @Test
    void defaultsSearchGithubOnlyWithAToken() {
        assertEquals(List.of("reddit"), CrawlConfig.defaults(k -> null).sources().stream().map(CrawlSource::id)
                .toList());
        assertEquals(List.of("github", "reddit"), CrawlConfig.defaults(Map.of("GITHUB_TOKEN", "x")::get).sources()
                .stream().map(CrawlSource::id).toList());
        assertEquals(HttpFetcher.DEFAULT_USER_AGENT, CrawlConfig.defaults(k -> null).userAgent());
        assertTrue(HttpFetcher.DEFAULT_USER_AGENT.startsWith("ExhaustionLab/"));
    }
}
