package org.exhaustionlab.meta;

import java.util.List;

/**
 * The validator's verdict on one of the best strategies.
 *
 * @param candidateId the population member
 * @param score       readiness score 0-100
 * @param verdict     the validator's verdict, e.g. {@code PAPER_TRADE}
 * @param gatesPassed whether every gate passed
 * @param lines       the score card, one line per rubric line, gate and limit
 */
public record Readiness(String candidateId, double score, String verdict, boolean gatesPassed, List<String> lines) {

    public Readiness {
        lines = List.copyOf(lines);
    }
}
