package org.exhaustionlab.meta.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each source against a local server answering with payloads shaped like the real APIs and pages. */
class SourcesTest {

    static final String SCRIPT = "//@version=6\nstrategy(\"Cross & Go\", overlay = true)\nfast = ta.ema(close, 9)\n"
            + "slow = ta.ema(close, 21)\nif ta.crossover(fast, slow)\n    strategy.entry(\"L\", strategy.long)\n"
            + "if fast < slow\n    strategy.close(\"L\")\n";

    private Site site;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        site = new Site();
        site.on("/robots.txt", Site.status(404));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void githubCodeSearchFollowsEachHitToItsBase64Contents() throws Exception {
        String base64 = Base64.getMimeEncoder(60, "\n".getBytes()).encodeToString(SCRIPT.getBytes(
                StandardCharsets.UTF_8));
        String search = "{\"total_count\":3,\"incomplete_results\":false,\"items\":["
                + "{\"name\":\"cross.pine\",\"path\":\"strategies/cross.pine\",\"sha\":\"a1\",\"url\":" + json(site.url(
                        "/repositories/1/contents/strategies/cross.pine?ref=a1")) + ",\"html_url\":"
                + "\"https://github.com/alice/pine/blob/a1/strategies/cross.pine\",\"repository\":{\"id\":1,"
                + "\"full_name\":\"alice/pine\"},\"score\":1.0},"
                + "{\"name\":\"raw.pine\",\"path\":\"raw.pine\",\"sha\":\"b2\",\"url\":" + json(site.url(
                        "/repositories/2/contents/raw.pine?ref=b2")) + ",\"html_url\":\"https://github.com/bob/x/blob/b2/"
                + "raw.pine\",\"repository\":{\"id\":2,\"full_name\":\"bob/x\"},\"score\":0.9},"
                + "{\"name\":\"gone.pine\",\"path\":\"gone.pine\",\"sha\":\"c3\",\"url\":" + json(site.url(
                        "/repositories/3/contents/gone.pine?ref=c3")) + ",\"repository\":{\"full_name\":\"carol/y\"}}]}";
        site.on("/search/code?q=strategy.entry&per_page=10", Site.ok(search, "Content-Type", "application/json"))
                .on("/repositories/1/contents/strategies/cross.pine?ref=a1", Site.ok("{\"type\":\"file\","
                        + "\"encoding\":\"base64\",\"size\":200,\"name\":\"cross.pine\",\"content\":" + json(base64)
                        + ",\"download_url\":null}"))
                .on("/repositories/2/contents/raw.pine?ref=b2", Site.ok("{\"type\":\"file\",\"download_url\":"
                        + json(site.url("/raw/bob/x/b2/raw.pine")) + "}"))
                .on("/raw/bob/x/b2/raw.pine", Site.ok(SCRIPT.replace("Cross & Go", "Raw")));
        GitHubCodeSearch github = new GitHubCodeSearch(site.url(""), "strategy.entry", "tok123");

        List<FoundScript> found = github.crawl(Site.fetcher(new FakeTicker(), null), 10, notices::add);

        assertEquals(2, found.size(), notices.toString());
        assertEquals(SCRIPT, found.get(0).code(), "base64 with line breaks decodes to the file");
        assertEquals("alice/pine/strategies/cross.pine", found.get(0).name());
        assertEquals("https://github.com/alice/pine/blob/a1/strategies/cross.pine", found.get(0).url());
        assertTrue(found.get(1).code().contains("strategy(\"Raw\""));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).startsWith("github: skipped carol/y/gone.pine: GET "), notices.get(0));
        assertEquals("Bearer tok123", site.requests.get(1).getHeaders().get("Authorization"));
        assertEquals("application/vnd.github+json", site.requests.get(1).getHeaders().get("Accept"));
    }

    @Test
    void githubWithoutTokenFailsInOneLine() {
        site.on("/search/code?q=x&per_page=5", Site.status(401));
        CrawlException e = assertThrows(CrawlException.class, () -> new GitHubCodeSearch(site.url(""), "x", null)
                .crawl(Site.fetcher(new FakeTicker(), null), 5, notices::add));
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
    }

    @Test
    void redditListingYieldsFencedAndIndentedBlocks() throws Exception {
        String indented = "    " + SCRIPT.replace("Cross & Go", "Indented").replace("\n", "\n    ");
        String fenced = "Here is mine:\n\n```pine\n" + SCRIPT.replace("&", "&amp;") + "```\n\nthoughts?";
        String listing = "{\"kind\":\"Listing\",\"data\":{\"after\":null,\"dist\":3,\"children\":["
                + "{\"kind\":\"t3\",\"data\":{\"title\":\"My EMA strategy\",\"selftext\":" + json(fenced)
                + ",\"permalink\":\"/r/TradingView/comments/abc/my_ema/\",\"score\":12}},"
                + "{\"kind\":\"t3\",\"data\":{\"title\":\"Old school\",\"selftext\":" + json("Code:\n\n" + indented)
                + ",\"permalink\":\"/r/TradingView/comments/def/old/\"}},"
                + "{\"kind\":\"t3\",\"data\":{\"title\":\"Question only\",\"selftext\":\"How do I plot?\","
                + "\"permalink\":\"/r/TradingView/comments/ghi/q/\"}}]}}";
        site.on("/r/TradingView/search.json?q=pine", Site.ok(listing));

        List<FoundScript> found = new RedditListing(site.url("/r/TradingView/search.json?q=pine"),
                "https://www.reddit.com").crawl(Site.fetcher(new FakeTicker(), null), 10, notices::add);

        assertEquals(2, found.size());
        assertEquals(SCRIPT, found.get(0).code(), "HTML entities of the selftext are decoded");
        assertEquals("https://www.reddit.com/r/TradingView/comments/abc/my_ema/", found.get(0).url());
        assertEquals("My EMA strategy", found.get(0).name());
        assertTrue(found.get(1).code().startsWith("//@version=6\nstrategy(\"Indented\""), found.get(1).code());
    }

    @Test
    void redditRejectsWhatIsNotAListing() {
        site.on("/r/x.json", Site.ok("{\"error\":404}"));
        CrawlException e = assertThrows(CrawlException.class, () -> new RedditListing(site.url("/r/x.json"), "")
                .crawl(Site.fetcher(new FakeTicker(), null), 10, notices::add));
        assertEquals(CrawlException.Kind.BAD_PAYLOAD, e.kind());
        assertTrue(e.getMessage().endsWith("is not a Reddit listing (no data.children[])"), e.getMessage());
    }

    @Test
    void tradingViewPagesGiveTheirPreBlockOrEmbeddedSource() throws Exception {
        String html = "<html><head><title>Cross &amp; Go — Strategy by alice — TradingView</title></head><body>"
                + "<div class=\"tv-chart-view\"><pre class=\"tv-chart-view__script\">" + SCRIPT.replace("&", "&amp;")
                        .replace("<", "&lt;").replace("\"", "&quot;") + "</pre></div></body></html>";
        String scripted = "<html><head><title>Embedded</title></head><body><script type=\"application/json\">"
                + "{\"script\":{\"name\":\"Embedded\",\"source\":" + json(SCRIPT) + "}}</script></body></html>";
        String locked = "<html><head><title>Invite only</title></head><body><p>This script is invite-only.</p>"
                + "</body></html>";
        site.on("/script/aB1-Cross/", Site.ok(html)).on("/script/cD2-Embedded/", Site.ok(scripted))
                .on("/script/eF3-Locked/", Site.ok(locked));

        List<FoundScript> found = new TradingViewPage(List.of(site.url("/script/aB1-Cross/"),
                site.url("/script/cD2-Embedded/"), site.url("/script/eF3-Locked/"), site.url("/script/missing/")))
                .crawl(Site.fetcher(new FakeTicker(), null), 10, notices::add);

        assertEquals(2, found.size());
        assertEquals(SCRIPT, found.get(0).code());
        assertEquals("Cross & Go — Strategy by alice — TradingView", found.get(0).name());
        assertEquals(SCRIPT, found.get(1).code());
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("no open-source code on"), notices.get(0));
        assertTrue(notices.get(1).contains("HTTP 404"), notices.get(1));
    }

    @Test
    void crawlerKeepsGoingWhenOneSourceFailsAndDropsRepeats() {
        site.on("/r/a.json", Site.ok("{\"data\":{\"children\":[{\"data\":{\"title\":\"t\",\"selftext\":"
                + json("```\n" + SCRIPT + "```") + ",\"permalink\":\"/p\"}}]}}"));
        site.on("/r/b.json", Site.ok("{\"data\":{\"children\":[{\"data\":{\"title\":\"again\",\"selftext\":"
                + json("```\n" + SCRIPT + "```") + ",\"permalink\":\"/q\"}}]}}"));
        Crawler crawler = new Crawler(Site.fetcher(new FakeTicker(), null), List.of(
                new RedditListing(site.url("/r/a.json"), ""), new GitHubCodeSearch(site.url(""), "nothing", null),
                new RedditListing(site.url("/r/b.json"), "")), 10);

        List<FoundScript> found = crawler.crawl(notices::add);

        assertEquals(1, found.size(), "the same code found twice is kept once");
        assertTrue(notices.stream().anyMatch(n -> n.startsWith("github: GET ") && n.contains("HTTP 404")), notices
                .toString());
        assertEquals(3, notices.stream().filter(n -> n.startsWith("reddit: 1 script") || n.startsWith("github"))
                .count(), notices.toString());
    }
}
