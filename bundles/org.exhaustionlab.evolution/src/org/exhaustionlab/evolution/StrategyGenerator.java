package org.exhaustionlab.evolution;

import org.exhaustionlab.optimize.pine.PineStrategyEvaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.exhaustionlab.evolution.GenerationResult.Attempt;
import org.exhaustionlab.evolution.GenerationResult.Problem;
import org.exhaustionlab.evolution.GenerationResult.Status;
import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ExtractedPine;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.llm.PineCodeExtractor;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.Metrics;
import org.exhaustionlab.pine.check.CheckResult;
import org.exhaustionlab.pine.check.PineChecker;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;

/**
 * One strategy from the model: request → extract the code (fenced or not, reasoning removed) → check → compile →
 * backtest → must trade. Any failure becomes a repair turn in the same conversation (the diagnostics as
 * {@code file:line:col: message}), at most {@code repairAttempts} times.
 *
 * @implNote Thread-safe when the provider is; holds no per-call state.
 */
public final class StrategyGenerator {

    /** Repairs after the first answer, as the research on repair loops suggests (3 reach 95 %+). */
    public static final int DEFAULT_REPAIR_ATTEMPTS = 3;
    static final String FILE_NAME = "candidate.pine";

    private final LlmProvider provider;
    private final BarSeries bars;
    private final int repairAttempts;

    public StrategyGenerator(LlmProvider provider, BarSeries bars, int repairAttempts) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.bars = Objects.requireNonNull(bars, "bars");
        if (repairAttempts < 0) {
            throw new IllegalArgumentException("repair attempts must be >= 0, got " + repairAttempts);
        }
        this.repairAttempts = repairAttempts;
    }

    /**
     * Runs the conversation that starts with {@code request}; the accepted candidate gets {@code id} and
     * {@code lineage} and an unscored fitness (NaN).
     */
    public GenerationResult generate(ChatRequest request, String id, Lineage lineage) {
        List<Attempt> attempts = new ArrayList<>();
        ChatRequest current = request;
        for (int answer = 0; answer <= repairAttempts; answer++) {
            ChatResponse response;
            try {
                response = provider.chat(current);
            } catch (LlmException e) {
                if (e.kind() == LlmException.Kind.TRUNCATED && e.partialResponse().isPresent()) {
                    response = e.partialResponse().get();
                } else {
                    return failure(e, attempts);
                }
            }
            Verdict verdict = judge(response);
            attempts.add(new Attempt(verdict.problem, verdict.detail));
            if (verdict.problem == Problem.NONE) {
                Candidate c = new Candidate(id, verdict.code, verdict.evaluation, Double.NaN, attempts.size(),
                        lineage, java.util.Map.of());
                return new GenerationResult(Status.ACCEPTED, c, attempts, "accepted after " + attempts.size()
                        + (attempts.size() == 1 ? " answer" : " answers"));
            }
            current = current.toBuilder().message(response.toMessage()).user(verdict.repairPrompt).build();
        }
        Attempt last = attempts.get(attempts.size() - 1);
        return new GenerationResult(Status.GAVE_UP, null, attempts, "gave up after " + attempts.size()
                + " answers (" + (attempts.size() - 1) + " repairs): " + describe(last.problem()) + firstLine(
                        last.detail()));
    }

    private GenerationResult failure(LlmException e, List<Attempt> attempts) {
        boolean down = e.kind() == LlmException.Kind.CONNECTION_REFUSED
                || e.kind() == LlmException.Kind.UNKNOWN_HOST;
        return new GenerationResult(down ? Status.UNREACHABLE : Status.PROVIDER_FAILED, null, attempts,
                provider.displayName() + ": " + e.getMessage() + " [" + e.kind() + "]");
    }

    private record Verdict(Problem problem, String detail, String repairPrompt, String code, Evaluation evaluation) {
    }

    private static Verdict problem(Problem p, String detail, String repair) {
        return new Verdict(p, detail, repair, "", null);
    }

    /** Classifies one answer; the verdict carries the repair prompt for every problem. */
    private Verdict judge(ChatResponse response) {
        ExtractedPine extracted = PineCodeExtractor.extract(response);
        if (!extracted.hasCode()) {
            if (extracted.truncated()) {
                return problem(Problem.TRUNCATED, extracted.truncationReason(),
                        PromptBuilder.repairForTruncation(extracted.truncationReason()));
            }
            return problem(Problem.NO_CODE, "no Pine code in the answer", PromptBuilder.repairForNoCode());
        }
        if (extracted.truncated()) {
            return problem(Problem.TRUNCATED, extracted.truncationReason(),
                    PromptBuilder.repairForTruncation(extracted.truncationReason()));
        }
        String code = extracted.code();
        CheckResult checked = PineChecker.check(code, FILE_NAME);
        if (checked.hasErrors()) {
            String lines = errorLines(checked.diagnostics());
            return problem(Problem.CHECK_ERRORS, lines, PromptBuilder.repairForDiagnostics(lines));
        }
        PineProgram program = PineEngine.compile(code, FILE_NAME);
        if (program.hasErrors()) {
            String lines = errorLines(program.diagnostics());
            return problem(Problem.COMPILE_ERRORS, lines, PromptBuilder.repairForDiagnostics(lines));
        }
        if (!program.isStrategy()) {
            return problem(Problem.NOT_A_STRATEGY, "declared as an indicator", PromptBuilder.repairForNotStrategy());
        }
        String lookahead = LookAheadFinding.first(code);
        if (lookahead != null) {
            return problem(Problem.LOOKAHEAD, lookahead, PromptBuilder.repairForLookahead(lookahead));
        }
        Evaluation evaluation = PineStrategyEvaluator.backtest(program, bars);
        if (evaluation.failed()) {
            return problem(Problem.RUNTIME_ERROR, evaluation.error(), PromptBuilder.repairForRuntime(
                    evaluation.error()));
        }
        if (evaluation.metric(Metrics.TRADES, 0) < 1) {
            return problem(Problem.NEVER_TRADES, "0 trades on " + bars.size() + " bars",
                    PromptBuilder.repairForNoTrades(bars.size()));
        }
        return new Verdict(Problem.NONE, "", "", code, evaluation);
    }

    /** Errors only, as {@code candidate.pine:line:col: error: message [code]}. */
    static String errorLines(List<org.exhaustionlab.pine.Diagnostic> diagnostics) {
        List<org.exhaustionlab.pine.Diagnostic> errors = diagnostics.stream()
                .filter(d -> d.severity() == org.exhaustionlab.pine.Severity.ERROR).toList();
        return PineChecker.formatText(FILE_NAME, errors);
    }

    private static String describe(Problem p) {
        return switch (p) {
            case NO_CODE -> "no code in the answer";
            case TRUNCATED -> "the answer was cut off";
            case CHECK_ERRORS -> "checker errors: ";
            case COMPILE_ERRORS -> "compile errors: ";
            case NOT_A_STRATEGY -> "not a strategy";
            case LOOKAHEAD -> "uses look-ahead: ";
            case RUNTIME_ERROR -> "runtime error: ";
            case NEVER_TRADES -> "the script never trades: ";
            case NONE -> "";
        };
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank() || text.equals("no Pine code in the answer")) {
            return "";
        }
        String s = text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
