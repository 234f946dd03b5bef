package org.exhaustionlab.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.exhaustionlab.optimize.pine.PineStrategyEvaluator;
import org.exhaustionlab.evolution.KnowledgeBase;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.meta.crawl.Backoff;
import org.exhaustionlab.meta.crawl.Crawler;
import org.exhaustionlab.meta.crawl.HttpFetcher;
import org.exhaustionlab.meta.crawl.RateLimiter;
import org.exhaustionlab.meta.crawl.RedditListing;
import org.exhaustionlab.meta.crawl.Ticker;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;

/** Admission (check, compile, look-ahead, backtest, trades), quality, near-duplicates, and the persisted base. */
class KnowledgeCuratorTest {

    @TempDir
    Path dir;

    private final List<BarSeries> markets = List.of(MetaTestData.bars("BTCUSDT"), MetaTestData.bars("ETHUSDT"));
    private final KnowledgeCurator curator = new KnowledgeCurator(markets, KnowledgeCurator.DEFAULT_DUPLICATE_THRESHOLD);

    @Test
    void aTradingStrategyIsAdmittedWithTheReadmeQuality() {
        KnowledgeCurator.Assessment a = curator.assess(KnowledgeEntry.Origin.CRAWLED, "EMA", "https://x/ema",
                MetaTestData.EMA_CROSS);

        assertTrue(a.accepted(), a.rejection());
        KnowledgeEntry e = a.entry();
        double expected = QualityScore.of(markets.stream().map(b -> PineStrategyEvaluator.backtest(PineEngine.compile(
                MetaTestData.EMA_CROSS, "x.pine"), b)).toList());
        assertEquals(expected, e.quality(), 1e-12);
        assertTrue(e.quality() > 0.15 && e.quality() < 1, "trades earn at least the activity share: " + e.quality());
        assertTrue(e.tags().containsAll(Set.of("ema", "crossover", "crawled")), e.tags().toString());
        assertEquals(KnowledgeEntry.idOf(MetaTestData.EMA_CROSS + "\n\n"), e.id(), "the id ignores outer blanks");
    }

    @Test
    void qualityFollowsTheFormula() {
        org.exhaustionlab.optimize.Evaluation e = org.exhaustionlab.optimize.Evaluation.of(java.util.Map.of(
                "sharpe", 0.25, "net_profit_pct", 5.0, "max_drawdown_pct", 12.5, "trades", 25.0), null);
        assertEquals(0.35 * 0.5 + 0.25 * 0.5 + 0.25 * 0.5 + 0.15 * 0.5, QualityScore.market(e), 1e-12);
    }

    @Test
    void brokenUselessOrCheatingScriptsAreTurnedAway() {
        assertRejected("an indicator, not a strategy()", MetaTestData.INDICATOR);
        assertRejected("never trades on 2 market(s)", MetaTestData.NEVER_TRADES);
        assertRejected("uses look-ahead (barmerge.lookahead_on at line 3)", MetaTestData.LOOKAHEAD);
        assertRejected("checker errors: line ", "//@version=6\nstrategy(\"x\")\ny = sma(close, 10)\n");
    }

    private void assertRejected(String why, String source) {
        KnowledgeCurator.Assessment a = curator.assess(KnowledgeEntry.Origin.CRAWLED, "s", "", source);
        assertFalse(a.accepted());
        assertTrue(a.rejection().startsWith("s: " + why), a.rejection());
    }

    @Test
    void nearDuplicatesAreRemovedKeepingTheBetterOne() {
        KnowledgeEntry ema = entry(KnowledgeEntry.Origin.CRAWLED, MetaTestData.EMA_CROSS, 0.5);
        KnowledgeEntry renamed = entry(KnowledgeEntry.Origin.CRAWLED, MetaTestData.EMA_CROSS_RENAMED, 0.6);
        KnowledgeEntry rsi = entry(KnowledgeEntry.Origin.CRAWLED, MetaTestData.RSI_REVERSION, 0.4);
        KnowledgeEntry approvedTwin = entry(KnowledgeEntry.Origin.APPROVED, MetaTestData.EMA_CROSS_RENAMED + "\n",
                0.6);

        assertEquals(List.of(renamed, rsi), curator.dedupe(List.of(ema, renamed, rsi)));
        assertEquals(List.of(approvedTwin, rsi), curator.dedupe(List.of(ema, renamed, rsi, approvedTwin)),
                "on a tie the approved one stays");
    }

    private static KnowledgeEntry entry(KnowledgeEntry.Origin origin, String source, double quality) {
        return new KnowledgeEntry(KnowledgeEntry.idOf(source + origin), origin, "n", "", Set.of(), quality, source);
    }

    @Test
    void crawledAndApprovedStrategiesArePersistedAndQuotedByQuality() throws Exception {
        String post = "{\"data\":{\"children\":[{\"data\":{\"title\":\"RSI idea\",\"selftext\":"
                + quote("```pine\n" + MetaTestData.RSI_REVERSION + "```") + ",\"permalink\":\"/r/p/1\"}},"
                + "{\"data\":{\"title\":\"broken\",\"selftext\":" + quote("```\n" + MetaTestData.INDICATOR + "```")
                + ",\"permalink\":\"/r/p/2\"}}]}}";
        List<String> notices = new ArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(404).build()); // robots.txt
            server.enqueue(new MockResponse.Builder().code(200).body(post).build());
            server.start();
            HttpFetcher fetcher = new HttpFetcher(new OkHttpClient(), null, new RateLimiter(Ticker.SYSTEM, 0),
                    new Backoff(10, 100, 1), null, Ticker.SYSTEM, 1);
            Crawler crawler = new Crawler(fetcher, List.of(new RedditListing(server.url("/r/x.json").toString(),
                    "https://www.reddit.com")), 10);
            try (MetaTestData.Stores stores = MetaTestData.Stores.open(dir)) {
                KnowledgeBase kb = MetaKnowledge.assemble(stores.meta(), KnowledgeBase.EMPTY, curator, crawler,
                        notices::add);
                assertEquals(1, kb.examples().size(), notices.toString());
                assertTrue(notices.stream().anyMatch(n -> n.startsWith("crawled script rejected: broken: an "
                        + "indicator")), notices.toString());
                KnowledgeCurator.Assessment approved = MetaKnowledge.approve(stores.meta(), curator, "mine",
                        MetaTestData.EMA_CROSS);
                assertTrue(approved.accepted());
            }
        }
        try (MetaTestData.Stores reopened = MetaTestData.Stores.open(dir)) {
            List<KnowledgeEntry> saved = reopened.meta().knowledge();
            assertEquals(2, saved.size());
            KnowledgeBase kb = MetaKnowledge.assemble(reopened.meta(), MetaTestData.smallKnowledge(), curator, null,
                    notices::add);
            assertEquals(2, kb.examples().size(), "the shipped twins of both are near-duplicates: " + kb.examples()
                    .stream().map(KnowledgeBase.Example::file).toList());
            assertEquals("https://www.reddit.com/r/p/1", saved.stream().filter(e -> e.origin()
                    == KnowledgeEntry.Origin.CRAWLED).findFirst().orElseThrow().url());
        }
    }

    @Test
    void shippedExamplesKeepTheirMeasuredQuality() throws Exception {
        Path folder = MetaTestData.examplesFolder();
        Assumptions.assumeTrue(folder != null, "pine/examples not found");
        KnowledgeBase examples = KnowledgeBase.load(folder);
        List<KnowledgeEntry> entries = KnowledgeCurator.fromExamples(examples);
        assertEquals(examples.examples().size(), entries.size());
        KnowledgeEntry donchian = entries.stream().filter(e -> e.url().equals("file:donchian_breakout.pine"))
                .findFirst().orElseThrow();
        assertEquals(0.653, donchian.quality(), 1e-9);
        assertNotNull(KnowledgeCurator.toKnowledgeBase(curator.dedupe(entries)).best());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
