package org.exhaustionlab.validation.score;

/** Pre-production gates: every one must pass before live deployment is considered, whatever the score. */
public enum Gate {
    MIN_BARS("Bars tested", 1000, true),
    MIN_SHARPE("Sharpe ratio (annualised)", 1.2, true),
    MAX_DRAWDOWN("Max drawdown", 0.25, false),
    MIN_WIN_RATE("Win rate", 0.40, true);

    private final String label;
    private final double threshold;
    private final boolean atLeast;

    Gate(String label, double threshold, boolean atLeast) {
        this.label = label;
        this.threshold = threshold;
        this.atLeast = atLeast;
    }

    public String label() {
        return label;
    }

    public double threshold() {
        return threshold;
    }

    /** Passes at exactly the threshold (the rubric says ≥ / ≤); a value that was not measured (NaN) fails. */
    public boolean passes(double measured) {
        if (Double.isNaN(measured)) {
            return false;
        }
        return atLeast ? measured >= threshold : measured <= threshold;
    }

    public String ruleText() {
        return (atLeast ? "≥ " : "≤ ") + format(threshold);
    }

    /** Bars and Sharpe as numbers, drawdown and win rate as percent. */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "not measured";
        }
        return switch (this) {
            case MIN_BARS -> Long.toString(Math.round(value));
            case MIN_SHARPE -> ScoreItem.SHARPE.format(value);
            case MAX_DRAWDOWN -> ScoreItem.MAX_DRAWDOWN.format(value);
            case MIN_WIN_RATE -> ScoreItem.WIN_RATE.format(value);
        };
    }
}
