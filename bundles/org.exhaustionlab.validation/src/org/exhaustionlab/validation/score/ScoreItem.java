package org.exhaustionlab.validation.score;

/**
 * One line of the readiness rubric: its points, the value that earns full points and the value that earns none.
 * Points scale linearly in between and are clamped outside, so the scale is continuous: the rubric's strict
 * "&lt; 12 %" and a "≤ 12 %" award the same points, and full points are given at the threshold itself.
 *
 * <p>Zero points, and why:
 * <ul>
 * <li>Higher-is-better lines (Sharpe, annualised return, win rate, out-of-sample efficiency, cross-market share)
 * start at 0: a strategy with no edge earns nothing, anything positive earns a share. Win rate is deliberately
 * generous (0 % → 0), because trend followers earn well with low hit rates; the pre-production gate (≥ 40 %)
 * already stops the extreme cases.</li>
 * <li>Max drawdown reaches zero at 50 %: a half-lost account needs +100 % to recover.</li>
 * <li>The other lower-is-better lines reach zero at three times their threshold: monthly volatility 36 %,
 * average recovery 90 days, latency 1,500 ms, slippage 1.5 %.</li>
 * <li>Signal frequency is a band: full from 5 to 50 signals a day, falling linearly to zero at 0 a day and at
 * 100 a day (the production limit of trades per strategy and day).</li>
 * <li>Out-of-sample performance is measured as walk-forward efficiency (annualised OOS return / annualised IS
 * return); full at ≥ 0.5, the usual rule of thumb that a robust system keeps half its in-sample return.</li>
 * <li>Cross-market stability is the share of tested markets on which the strategy was profitable out of sample;
 * full at ≥ 0.75 (e.g. three of four markets).</li>
 * </ul>
 */
public enum ScoreItem {
    SHARPE(ScoreBlock.PERFORMANCE, "Sharpe ratio (annualised)", 15, 2.0, 0.0, ""),
    ANNUALISED_RETURN(ScoreBlock.PERFORMANCE, "Total return (annualised)", 10, 0.25, 0.0, "%"),
    WIN_RATE(ScoreBlock.PERFORMANCE, "Win rate", 10, 0.45, 0.0, "%"),
    MAX_DRAWDOWN(ScoreBlock.RISK, "Max drawdown", 15, 0.15, 0.50, "%"),
    CONSISTENCY(ScoreBlock.RISK, "Consistency (monthly return volatility)", 10, 0.12, 0.36, "%"),
    RECOVERY_TIME(ScoreBlock.RISK, "Recovery time (average)", 5, 30, 90, " days"),
    SIGNAL_FREQUENCY(ScoreBlock.EXECUTION, "Signal frequency", 10, 5, 0, " signals/day"),
    LATENCY(ScoreBlock.EXECUTION, "Latency", 5, 500, 1500, " ms"),
    SLIPPAGE(ScoreBlock.EXECUTION, "Slippage estimate", 5, 0.005, 0.015, "%"),
    OUT_OF_SAMPLE(ScoreBlock.ROBUSTNESS, "Out-of-sample performance (walk-forward efficiency)", 7, 0.5, 0.0, ""),
    CROSS_MARKET(ScoreBlock.ROBUSTNESS, "Cross-market stability (share of markets profitable)", 8, 0.75, 0.0, "%");

    /** Upper edge of the optimal signal band and where its points reach zero again. */
    static final double SIGNAL_BAND_HIGH = 50;
    static final double SIGNAL_ZERO_HIGH = 100;

    private final ScoreBlock block;
    private final String label;
    private final double maxPoints;
    private final double fullAt;
    private final double zeroAt;
    private final String unit;

    ScoreItem(ScoreBlock block, String label, double maxPoints, double fullAt, double zeroAt, String unit) {
        this.block = block;
        this.label = label;
        this.maxPoints = maxPoints;
        this.fullAt = fullAt;
        this.zeroAt = zeroAt;
        this.unit = unit;
    }

    public ScoreBlock block() {
        return block;
    }

    public String label() {
        return label;
    }

    public double maxPoints() {
        return maxPoints;
    }

    /** The value at which full points start (for signal frequency: the lower edge of the band). */
    public double fullAt() {
        return fullAt;
    }

    /** The value at which points reach zero (for signal frequency: the lower zero, 0/day). */
    public double zeroAt() {
        return zeroAt;
    }

    /** Points for a measured value; NaN (not measured) earns 0. */
    public double points(double measured) {
        if (Double.isNaN(measured)) {
            return 0;
        }
        if (this == SIGNAL_FREQUENCY && measured > SIGNAL_BAND_HIGH) {
            return maxPoints * clamp((SIGNAL_ZERO_HIGH - measured) / (SIGNAL_ZERO_HIGH - SIGNAL_BAND_HIGH));
        }
        return maxPoints * clamp((measured - zeroAt) / (fullAt - zeroAt));
    }

    /** The rule in words, e.g. "full at ≤ 15%, zero at ≥ 50%". */
    public String thresholdText() {
        if (this == SIGNAL_FREQUENCY) {
            return "full at 5–50 signals/day, zero at 0 and at ≥ 100 signals/day";
        }
        boolean higherIsBetter = fullAt > zeroAt;
        return "full at " + (higherIsBetter ? "≥ " : "≤ ") + format(fullAt) + ", zero at " + (higherIsBetter ? "≤ " : "≥ ") + format(zeroAt);
    }

    /** A value in this line's unit (fractions shown as percent). */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "not measured";
        }
        if ("%".equals(unit)) {
            return trim(value * 100) + "%";
        }
        return trim(value) + unit;
    }

    private static String trim(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }
}
