package org.exhaustionlab.validation.score;

/** What the readiness report recommends. */
public enum Verdict {
    /** Score below 70. */
    NOT_READY,
    /** Score 70 or more, but at least one pre-production gate failed. */
    GATES_FAILED,
    /** Score 70–79 with every gate passed: may be considered for live deployment. */
    CONSIDER_LIVE,
    /** Score 80 or more with every gate passed: the target. */
    TARGET_REACHED
}
