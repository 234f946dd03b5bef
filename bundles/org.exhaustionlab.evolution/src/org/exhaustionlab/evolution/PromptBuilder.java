package org.exhaustionlab.evolution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.optimize.Metrics;

/**
 * Builds the prompts of an evolution run: a system prompt (role, output format, the {@link PineRuleSheet}), and user
 * prompts to generate a fresh strategy, mutate a parent, or repair the previous answer. Examples come from the
 * {@link KnowledgeBase}, chosen by tag overlap with the directive and the parent.
 *
 * @implNote Immutable and thread-safe.
 */
public final class PromptBuilder {

    /** Examples quoted in one prompt: enough to show the style, few enough for a 4k/8k context. */
    static final int DEFAULT_EXAMPLES = 2;
    /** Lines of diagnostics fed back in one repair prompt. */
    static final int MAX_DIAGNOSTIC_LINES = 15;

    private final KnowledgeBase knowledge;
    private final Directive directive;
    private final int exampleCount;

    public PromptBuilder(KnowledgeBase knowledge, Directive directive) {
        this(knowledge, directive, DEFAULT_EXAMPLES);
    }

    public PromptBuilder(KnowledgeBase knowledge, Directive directive, int exampleCount) {
        this.knowledge = knowledge;
        this.directive = directive;
        this.exampleCount = exampleCount;
    }

    public Directive directive() {
        return directive;
    }

    public String systemPrompt() {
        return "You are an expert quantitative developer who writes TradingView Pine Script v6 strategies.\n"
                + "Answer with exactly one complete script in a single ```pine code block and at most two "
                + "sentences of explanation. Never answer without code.\n\n" + PineRuleSheet.TEXT;
    }

    /** A fresh strategy for the directive. */
    public ChatRequest generate() {
        StringBuilder user = new StringBuilder();
        user.append("Goal: ").append(directive.goal()).append("\n\n");
        appendExamples(user, directive.tags());
        user.append("Write a new Pine v6 strategy() for this goal. It must place trades regularly on hourly "
                + "crypto data. Reply with the complete script.");
        return ChatRequest.of(systemPrompt(), user.toString());
    }

    /** A mutation of {@code parent} by {@code operator}. */
    public ChatRequest mutate(Candidate parent, MutationOperator operator) {
        StringBuilder user = new StringBuilder();
        user.append("Goal: ").append(directive.goal()).append("\n\n");
        Set<String> tags = new LinkedHashSet<>(directive.tags());
        tags.addAll(AstFingerprint.of(parent.source()).builtinTags());
        appendExamples(user, tags);
        user.append("Parent strategy ").append(parent.id()).append(" — ").append(metricsLine(parent)).append(":\n")
                .append("```pine\n").append(parent.source().strip()).append("\n```\n\n");
        user.append("Mutation (").append(operator.name().toLowerCase(Locale.ROOT)).append("): ")
                .append(operator.instruction()).append("\n");
        user.append("Improve on the parent's weaknesses shown by its metrics. Reply with the complete new script.");
        return ChatRequest.of(systemPrompt(), user.toString());
    }

    private void appendExamples(StringBuilder user, Set<String> tags) {
        List<KnowledgeBase.Example> examples = knowledge.select(tags, exampleCount);
        for (KnowledgeBase.Example e : examples) {
            user.append("Example \"").append(e.name()).append("\" (quality ")
                    .append(String.format(Locale.ROOT, "%.2f", e.quality())).append(", tags ")
                    .append(String.join(", ", e.tags())).append("):\n```pine\n").append(e.source().strip())
                    .append("\n```\n\n");
        }
    }

    static String metricsLine(Candidate c) {
        return String.format(Locale.ROOT, "fitness %.4f, %d trades, net profit %.2f %%, Sharpe %.3f, max drawdown "
                + "%.2f %%, win rate %.1f %%, profit factor %.2f", c.fitness(), c.trades(),
                c.metric(Metrics.NET_PROFIT_PCT), c.metric(Metrics.SHARPE), c.metric(Metrics.MAX_DRAWDOWN_PCT),
                c.metric(Metrics.WIN_RATE_PCT), c.metric(Metrics.PROFIT_FACTOR));
    }

    /** The repair turn after checker or compile errors: the diagnostics as {@code file:line:col: message}. */
    static String repairForDiagnostics(String diagnosticLines) {
        String[] lines = diagnosticLines.strip().split("\n");
        StringBuilder out = new StringBuilder("The checker rejected the script:\n");
        for (int i = 0; i < Math.min(lines.length, MAX_DIAGNOSTIC_LINES); i++) {
            out.append(lines[i]).append('\n');
        }
        if (lines.length > MAX_DIAGNOSTIC_LINES) {
            out.append("... and ").append(lines.length - MAX_DIAGNOSTIC_LINES).append(" more\n");
        }
        return out.append("Fix every error (see the v6 rules) and reply with the complete corrected script in one "
                + "```pine block.").toString();
    }

    static String repairForNoCode() {
        return "Your answer contains no Pine script. Reply with the complete Pine v6 strategy in one ```pine code "
                + "block, starting with //@version=6.";
    }

    static String repairForTruncation(String reason) {
        return "Your answer was cut off (" + reason + "). Reply with the complete script only, shorter: no "
                + "explanation, fewer plots and comments.";
    }

    static String repairForNotStrategy() {
        return "The script is not a strategy: declare it with strategy(...) instead of indicator()/study() and "
                + "place orders with strategy.entry. Reply with the complete script.";
    }

    static String repairForRuntime(String failure) {
        return "The script compiled but stopped with a " + failure + ". Fix it and reply with the "
                + "complete script.";
    }

    static String repairForNoTrades(int bars) {
        return "The script compiled and ran on " + bars + " hourly bars but placed no trades at all. Its entry "
                + "conditions are never true together. Loosen them (fewer filters, crossovers instead of exact "
                + "equality, realistic thresholds) so it enters several times a month, and make sure "
                + "strategy.entry is called with strategy.long or strategy.short. Reply with the complete script.";
    }

    static String repairForLookahead(String where) {
        return "The script uses look-ahead (" + where + "): it would see future data in a backtest. Remove "
                + "lookahead = barmerge.lookahead_on and reply with the complete script.";
    }
}
