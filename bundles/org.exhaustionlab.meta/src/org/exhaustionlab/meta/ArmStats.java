package org.exhaustionlab.meta;

/**
 * What the bandit learned about one arm: how often it was pulled and the sum of its rewards (each in [0, 1]).
 *
 * @param dimension e.g. {@code directive}, {@code operator}, {@code temperature}, {@code ga}
 * @param arm       the arm's name within the dimension, e.g. {@code CUT_DRAWDOWN}, {@code 0.8}
 */
public record ArmStats(String dimension, String arm, long pulls, double rewardSum) {

    public ArmStats {
        if (pulls < 0 || rewardSum < 0 || rewardSum > pulls + 1e-9) {
            throw new IllegalArgumentException("arm " + dimension + "/" + arm + ": " + pulls + " pulls cannot have "
                    + "a reward sum of " + rewardSum);
        }
    }

    /** Mean reward, 0 before the first pull. */
    public double mean() {
        return pulls == 0 ? 0 : rewardSum / pulls;
    }

    ArmStats plus(double reward) {
        return new ArmStats(dimension, arm, pulls + 1, rewardSum + reward);
    }
}
