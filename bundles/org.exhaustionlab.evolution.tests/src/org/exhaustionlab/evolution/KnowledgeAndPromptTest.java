package org.exhaustionlab.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeAndPromptTest {

    @TempDir
    Path temp;

    private static String example(String name, String tags, String quality) {
        return "//@version=6\n// @example-name: " + name + "\n// @example-tags: " + tags + "\n// @example-quality: "
                + quality + " (see index.tsv)\n// @example-summary: " + name + " summary\nstrategy(\"" + name
                + "\")\n";
    }

    private KnowledgeBase small() throws IOException {
        Files.writeString(temp.resolve("a.pine"), example("Alpha RSI", "mean-reversion, rsi, ema", "0.40"));
        Files.writeString(temp.resolve("b.pine"), example("Beta EMA", "trend-following, ema, atr", "0.60"));
        Files.writeString(temp.resolve("c.pine"), example("Gamma Donchian", "breakout, donchian, atr", "0.70"));
        Files.writeString(temp.resolve("index.tsv"), "file\tname\ttags\tquality\n"
                + "a.pine\tAlpha RSI\tx\t0.450\nb.pine\tBeta EMA\tx\t0.600\n");
        Files.writeString(temp.resolve("notes.txt"), "not an example");
        return KnowledgeBase.load(temp);
    }

    @Test
    void loadsHeadersAndPrefersTheIndexQuality() throws IOException {
        KnowledgeBase kb = small();
        assertEquals(3, kb.examples().size());
        KnowledgeBase.Example a = kb.examples().get(0);
        assertEquals("a.pine", a.file());
        assertEquals("Alpha RSI", a.name());
        assertEquals(Set.of("mean-reversion", "rsi", "ema"), a.tags());
        assertEquals(0.45, a.quality(), 1e-12, "index.tsv wins over the header");
        assertEquals(0.70, kb.examples().get(2).quality(), 1e-12, "header quality when not in the index");
        assertEquals("Gamma Donchian", kb.best().name());
    }

    @Test
    void selectsByTagOverlapThenQuality() throws IOException {
        KnowledgeBase kb = small();
        assertEquals(List.of("a.pine", "b.pine"), kb.select(List.of("RSI", "ema"), 2).stream()
                .map(KnowledgeBase.Example::file).toList());
        assertEquals(List.of("c.pine", "b.pine"), kb.select(List.of("atr"), 2).stream()
                .map(KnowledgeBase.Example::file).toList(), "both have atr: quality decides");
        assertEquals(List.of("c.pine"), kb.select(List.of("unknown"), 1).stream().map(KnowledgeBase.Example::file)
                .toList(), "no overlap: best quality");
    }

    @Test
    void missingFolderIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> KnowledgeBase.load(temp.resolve("nope")));
        assertTrue(e.getMessage().endsWith("nope does not exist"), e.getMessage());
    }

    @Test
    void loadsTheRepositoryExamples() throws IOException {
        Path folder = TestData.examplesFolder();
        assumeTrue(folder != null, "pine/examples not found; set -Dexhaustionlab.pine");
        KnowledgeBase kb = KnowledgeBase.load(folder);
        assertTrue(kb.examples().size() >= 8);
        for (KnowledgeBase.Example e : kb.examples()) {
            assertFalse(e.tags().isEmpty(), e.file());
            assertTrue(e.quality() > 0 && e.quality() <= 1, e.file());
        }
        List<KnowledgeBase.Example> rsi = kb.select(List.of("mean-reversion", "rsi"), 1);
        assertEquals("rsi_reversion_trend_filter.pine", rsi.get(0).file());
    }

    @Test
    void generatePromptHasDirectiveRulesAndRelevantExamples() throws IOException {
        Directive d = Directive.inferTags("A mean reversion strategy using RSI", Set.of("mean-reversion", "rsi",
                "breakout"));
        assertEquals(Set.of("mean-reversion", "rsi"), d.tags());
        ChatRequest r = new PromptBuilder(small(), d).generate();
        String system = r.messages().get(0).content();
        String user = r.messages().get(1).content();
        assertTrue(system.contains("`x == na` is never true"), system);
        assertTrue(system.contains("lookahead_on"), system);
        assertTrue(system.contains("NOT a multiple of 4"), system);
        assertTrue(user.startsWith("Goal: A mean reversion strategy using RSI"), user);
        assertTrue(user.contains("Example \"Alpha RSI\" (quality 0.45"), user);
        assertTrue(user.contains("Example \"Gamma Donchian\" (quality 0.70"), "no other overlap: best quality next");
        assertFalse(user.contains("Beta EMA"), "two examples only");
        assertTrue(user.indexOf("Alpha RSI") < user.indexOf("Gamma Donchian"), "most relevant first");
    }

    @Test
    void mutationPromptQuotesTheParentWithMetricsAndTheOperator() throws IOException {
        Evaluation e = Evaluation.of(Map.of(Metrics.TRADES, 42.0, Metrics.NET_PROFIT_PCT, -3.5,
                Metrics.SHARPE, -0.4, Metrics.MAX_DRAWDOWN_PCT, 6.25, Metrics.WIN_RATE_PCT, 38.0,
                Metrics.PROFIT_FACTOR, 0.91), new double[0]);
        Candidate parent = new Candidate("g1-i0-c2", TestData.RSI_REVERSION, e, 0.4321, 2,
                new Lineage(List.of("seed"), "LOGIC", 1, 0), Map.of());
        String user = new PromptBuilder(small(), Directive.DEFAULT).mutate(parent, MutationOperator.INDICATOR)
                .messages().get(1).content();
        assertTrue(user.contains("Parent strategy g1-i0-c2 — fitness 0.4321, 42 trades, net profit -3.50 %, Sharpe "
                + "-0.400, max drawdown 6.25 %, win rate 38.0 %, profit factor 0.91"), user);
        assertTrue(user.contains("r = ta.rsi(close, rsiLength)"), user);
        assertTrue(user.contains("Mutation (indicator): Replace one indicator"), user);
        // the parent's ta.rsi makes the RSI example relevant
        assertTrue(user.contains("Example \"Alpha RSI\""), user);
    }
}
