package org.exhaustionlab.meta;

/**
 * What a step spent: backtests and model tokens. One cost unit is 50 backtests or 5,000 tokens, about one model
 * conversation with a repair or one small GA run, so the two kinds of work compare.
 */
public record Cost(long backtests, long tokens) {

    public static final Cost ZERO = new Cost(0, 0);
    /** Fitness gained per cost unit that earns a reward of 1 - 1/e (0.63). */
    static final double REWARD_SCALE = 0.1;

    public double units() {
        return backtests / 50.0 + tokens / 5000.0;
    }

    public Cost plus(Cost other) {
        return new Cost(backtests + other.backtests, tokens + other.tokens);
    }

    /**
     * The bandit reward of a step in [0, 1): {@code 1 - exp(-(improvement / units) / 0.1)}, i.e. fitness gained per
     * cost unit, saturating smoothly (0.1 per unit earns 0.63, 0.3 per unit 0.95). Costs below 0.1 units count as
     * 0.1 so a nearly free step cannot earn everything by dividing by almost nothing. No improvement earns 0.
     */
    public double reward(double improvement) {
        if (!(improvement > 0)) {
            return 0;
        }
        return 1 - Math.exp(-improvement / Math.max(0.1, units()) / REWARD_SCALE);
    }
}
