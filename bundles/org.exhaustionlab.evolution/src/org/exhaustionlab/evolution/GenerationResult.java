package org.exhaustionlab.evolution;

import java.util.List;

/**
 * The outcome of asking the model for one strategy (first answer plus repairs).
 *
 * @param status    what happened
 * @param candidate the accepted strategy, null unless {@link Status#ACCEPTED}
 * @param attempts  one entry per model answer, in order
 * @param message   one line for the user: why it was rejected or what failed
 */
public record GenerationResult(Status status, Candidate candidate, List<Attempt> attempts, String message) {

    /** Overall outcome. */
    public enum Status {
        /** Checked, compiled, ran and traded. */
        ACCEPTED,
        /** Every allowed repair was used and the last answer still had a {@link Problem}. */
        GAVE_UP,
        /** The model server is not running or its host does not resolve: no point asking again. */
        UNREACHABLE,
        /** The provider failed otherwise (rate limit after retries, auth, server error, replay missing). */
        PROVIDER_FAILED
    }

    /** What was wrong with one answer. */
    public enum Problem {
        NONE, NO_CODE, TRUNCATED, CHECK_ERRORS, COMPILE_ERRORS, NOT_A_STRATEGY, LOOKAHEAD, RUNTIME_ERROR,
        NEVER_TRADES
    }

    /**
     * One model answer.
     *
     * @param problem what was wrong with it ({@link Problem#NONE} for the accepted one)
     * @param detail  the diagnostics or reason fed back to the model; empty for NONE
     */
    public record Attempt(Problem problem, String detail) {
    }

    public GenerationResult {
        attempts = List.copyOf(attempts);
    }

    public boolean accepted() {
        return status == Status.ACCEPTED;
    }

    /** True when the first answer already passed the checker (it may still have failed later stages). */
    public boolean firstAnswerPassedChecker() {
        return !attempts.isEmpty() && passedChecker(attempts.get(0).problem());
    }

    /** True when some answer passed the checker. */
    public boolean anyAnswerPassedChecker() {
        return attempts.stream().anyMatch(a -> passedChecker(a.problem()));
    }

    private static boolean passedChecker(Problem p) {
        return p == Problem.NONE || p == Problem.NEVER_TRADES || p == Problem.RUNTIME_ERROR
                || p == Problem.LOOKAHEAD || p == Problem.NOT_A_STRATEGY;
    }

    /** The problem of the last answer. */
    public Problem lastProblem() {
        return attempts.isEmpty() ? Problem.NONE : attempts.get(attempts.size() - 1).problem();
    }
}
