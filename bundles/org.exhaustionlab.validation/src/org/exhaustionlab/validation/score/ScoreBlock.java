package org.exhaustionlab.validation.score;

/** The four blocks of the readiness rubric and their point budgets (35 + 30 + 20 + 15 = 100). */
public enum ScoreBlock {
    PERFORMANCE(35), RISK(30), EXECUTION(20), ROBUSTNESS(15);

    private final int maxPoints;

    ScoreBlock(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    public int maxPoints() {
        return maxPoints;
    }
}
