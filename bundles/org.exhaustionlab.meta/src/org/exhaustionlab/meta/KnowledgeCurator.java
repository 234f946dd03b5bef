package org.exhaustionlab.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.exhaustionlab.evolution.AstFingerprint;
import org.exhaustionlab.optimize.pine.PineStrategyEvaluator;
import org.exhaustionlab.evolution.KnowledgeBase;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.Metrics;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.Severity;
import org.exhaustionlab.pine.check.CheckResult;
import org.exhaustionlab.pine.check.PineChecker;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;

/**
 * Admits strategies into the knowledge base: each candidate is parsed and checked, compiled, must be a strategy
 * without look-ahead, is backtested on the quality markets and must trade; it then gets the {@link QualityScore}.
 * Near-duplicates (AST similarity at or above the threshold) are removed, keeping the better one (approved before
 * shipped before crawled on a tie). The best few are what prompts quote.
 *
 * @implNote Immutable; thread-safe.
 */
public final class KnowledgeCurator {

    /** Similarity from which two scripts count as the same idea with different numbers or names. */
    public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.9;

    /** The outcome of assessing one script: the entry, or why it was turned away. */
    public record Assessment(KnowledgeEntry entry, String rejection) {
        public boolean accepted() {
            return entry != null;
        }
    }

    private final List<BarSeries> markets;
    private final double duplicateThreshold;

    public KnowledgeCurator(List<BarSeries> markets, double duplicateThreshold) {
        if (markets.isEmpty()) {
            throw new IllegalArgumentException("the knowledge base needs at least one market to backtest on");
        }
        this.markets = List.copyOf(markets);
        this.duplicateThreshold = duplicateThreshold;
    }

    public Assessment assess(KnowledgeEntry.Origin origin, String name, String url, String source) {
        String file = name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".pine";
        CheckResult checked = PineChecker.check(source, file);
        if (checked.hasErrors()) {
            return reject(name, "checker errors: " + firstError(checked.diagnostics()));
        }
        PineProgram program = PineEngine.compile(source, file);
        if (program.hasErrors()) {
            return reject(name, "does not compile: " + firstError(program.diagnostics()));
        }
        if (!program.isStrategy()) {
            return reject(name, "an indicator, not a strategy()");
        }
        String lookAhead = org.exhaustionlab.evolution.LookAheadFinding.first(source);
        if (lookAhead != null) {
            return reject(name, "uses look-ahead (" + lookAhead + ")");
        }
        List<Evaluation> runs = new ArrayList<>();
        for (BarSeries bars : markets) {
            Evaluation e = PineStrategyEvaluator.backtest(program, bars);
            if (e.failed()) {
                return reject(name, "fails on " + bars.symbol().name() + ": " + e.error());
            }
            runs.add(e);
        }
        if (runs.stream().allMatch(e -> e.metric(Metrics.TRADES, 0) < 1)) {
            return reject(name, "never trades on " + markets.size() + " market(s)");
        }
        Set<String> tags = new LinkedHashSet<>(AstFingerprint.of(source).builtinTags());
        tags.add(origin.name().toLowerCase(Locale.ROOT));
        return new Assessment(new KnowledgeEntry(KnowledgeEntry.idOf(source), origin, name, url, tags,
                QualityScore.of(runs), source), null);
    }

    private static Assessment reject(String name, String why) {
        return new Assessment(null, name + ": " + why);
    }

    private static String firstError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
                .map(d -> "line " + d.range().startLine() + ": " + d.message()).orElse("unknown error");
    }

    /** Best first, without near-duplicates and without repeated ids. */
    public List<KnowledgeEntry> dedupe(List<KnowledgeEntry> entries) {
        List<KnowledgeEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingDouble(KnowledgeEntry::quality).reversed()
                .thenComparing(KnowledgeEntry::origin).thenComparing(KnowledgeEntry::id));
        List<KnowledgeEntry> kept = new ArrayList<>();
        List<AstFingerprint> prints = new ArrayList<>();
        for (KnowledgeEntry e : sorted) {
            AstFingerprint fp = AstFingerprint.of(e.source());
            boolean duplicate = kept.stream().anyMatch(k -> k.id().equals(e.id()))
                    || prints.stream().anyMatch(p -> p.similarity(fp) >= duplicateThreshold);
            if (!duplicate) {
                kept.add(e);
                prints.add(fp);
            }
        }
        return kept;
    }

    /** Shipped examples as entries, keeping their measured index.tsv quality (the repository's tests check it). */
    public static List<KnowledgeEntry> fromExamples(KnowledgeBase examples) {
        List<KnowledgeEntry> out = new ArrayList<>();
        for (KnowledgeBase.Example e : examples.examples()) {
            out.add(new KnowledgeEntry(KnowledgeEntry.idOf(e.source()), KnowledgeEntry.Origin.EXAMPLE, e.name(),
                    "file:" + e.file(), e.tags(), e.quality(), e.source()));
        }
        return out;
    }

    /** The prompt knowledge base over the curated entries. */
    public static KnowledgeBase toKnowledgeBase(List<KnowledgeEntry> entries) {
        return KnowledgeBase.of(entries.stream().map(KnowledgeEntry::toExample).toList());
    }
}
