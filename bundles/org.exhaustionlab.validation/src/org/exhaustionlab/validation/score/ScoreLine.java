package org.exhaustionlab.validation.score;

/** One scored line of the readiness report: what was measured, the rule and the points earned. */
public record ScoreLine(ScoreItem item, double measured, double points) {

    public double maxPoints() {
        return item.maxPoints();
    }

    public boolean wasMeasured() {
        return !Double.isNaN(measured);
    }

    public boolean fullPoints() {
        return points >= item.maxPoints();
    }

    /** E.g. "Max drawdown: 18% (full at ≤ 15%, zero at ≥ 50%) → 13.71 / 15". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s: %s (%s) → %.2f / %.0f", item.label(), item.format(measured), item.thresholdText(),
                points, item.maxPoints());
    }
}
