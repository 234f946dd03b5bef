package org.exhaustionlab.validation.montecarlo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.exhaustionlab.validation.Distribution;
import org.exhaustionlab.validation.TradeOutcome;
import org.exhaustionlab.validation.montecarlo.MonteCarloResult.Method;

/**
 * Monte Carlo on a closed-trade list. Profits are added to the starting capital (fixed position sizing), so a
 * permutation keeps the final P&amp;L exactly while the path, and with it the drawdown, changes.
 *
 * <ul>
 * <li>{@link #permutation}: shuffles the trade order (Fisher–Yates).</li>
 * <li>{@link #bootstrap}: draws n trades with replacement: confidence intervals on return and Sharpe.</li>
 * <li>{@link #blockBootstrap}: draws runs of consecutive trades (circular blocks) to keep streaks and
 * autocorrelation.</li>
 * </ul>
 * Each variant can also skip random trades and charge random slippage. With overlapping positions, feed per-bar
 * equity changes as pseudo-trades instead, so the resampled units are independent of each other.
 *
 * <p>Determinism: every run gets its own generator seeded from one root {@link SplittableRandom}, so runs can go in
 * parallel and the result depends only on the seed.
 */
public final class TradeMonteCarlo {
    private final TradeOutcome[] trades;
    private final double initialCapital;

    public TradeMonteCarlo(List<TradeOutcome> trades, double initialCapital) {
        if (trades.isEmpty()) {
            throw new IllegalArgumentException("Monte Carlo needs at least one trade");
        }
        if (!(initialCapital > 0) || Double.isInfinite(initialCapital)) {
            throw new IllegalArgumentException("initial capital must be positive and finite, got " + initialCapital);
        }
        this.trades = trades.toArray(new TradeOutcome[0]);
        this.initialCapital = initialCapital;
    }

    public MonteCarloResult permutation(MonteCarloOptions options) {
        return simulate(Method.PERMUTATION, options);
    }

    public MonteCarloResult bootstrap(MonteCarloOptions options) {
        return simulate(Method.BOOTSTRAP, options);
    }

    public MonteCarloResult blockBootstrap(MonteCarloOptions options) {
        return simulate(Method.BLOCK_BOOTSTRAP, options);
    }

    private MonteCarloResult simulate(Method method, MonteCarloOptions options) {
        long[] seeds = new SplittableRandom(options.seed()).longs(options.runs()).toArray();
        double[] totalReturn = new double[options.runs()];
        double[] maxDrawdown = new double[options.runs()];
        double[] sharpe = new double[options.runs()];
        boolean[] ruined = new boolean[options.runs()];
        IntStream.range(0, options.runs()).parallel().forEach(run -> {
            SplittableRandom rng = new SplittableRandom(seeds[run]);
            int[] order = switch (method) {
                case PERMUTATION -> permutedOrder(rng);
                case BOOTSTRAP -> bootstrapOrder(rng);
                case BLOCK_BOOTSTRAP -> blockOrder(rng, options.blockLength());
            };
            PathStatistics path = walk(order, rng, options);
            totalReturn[run] = path.totalReturn;
            maxDrawdown[run] = path.maxDrawdown;
            sharpe[run] = path.sharpe;
            ruined[run] = path.ruined;
        });
        int ruins = 0;
        for (boolean r : ruined) {
            ruins += r ? 1 : 0;
        }
        return new MonteCarloResult(method, Distribution.of(totalReturn), Distribution.of(maxDrawdown), Distribution.of(sharpe),
                ruins / (double) options.runs());
    }

    private int[] permutedOrder(SplittableRandom rng) {
        int[] order = IntStream.range(0, trades.length).toArray();
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }

    private int[] bootstrapOrder(SplittableRandom rng) {
        int[] order = new int[trades.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = rng.nextInt(trades.length);
        }
        return order;
    }

    private int[] blockOrder(SplittableRandom rng, int blockLength) {
        int[] order = new int[trades.length];
        int filled = 0;
        while (filled < order.length) {
            int start = rng.nextInt(trades.length);
            for (int k = 0; k < blockLength && filled < order.length; k++) {
                order[filled++] = (start + k) % trades.length;
            }
        }
        return order;
    }

    private record PathStatistics(double totalReturn, double maxDrawdown, double sharpe, boolean ruined) {
    }

    private PathStatistics walk(int[] order, SplittableRandom rng, MonteCarloOptions options) {
        double equity = initialCapital;
        double peak = equity;
        double maxDd = 0;
        boolean ruined = false;
        double sum = 0;
        double sumSq = 0;
        int kept = 0;
        for (int index : order) {
            TradeOutcome t = trades[index];
            if (options.skipProbability() > 0 && rng.nextDouble() < options.skipProbability()) {
                continue;
            }
            double profit = t.profit();
            if (options.maxSlippageFraction() > 0) {
                profit -= rng.nextDouble() * options.maxSlippageFraction() * t.notional();
            }
            double r = profit / t.notional();
            sum += r;
            sumSq += r * r;
            kept++;
            equity += profit;
            peak = Math.max(peak, equity);
            maxDd = Math.max(maxDd, Math.min(1.0, (peak - equity) / peak));
            ruined |= equity <= 0;
        }
        return new PathStatistics(equity / initialCapital - 1, maxDd, sharpe(sum, sumSq, kept), ruined);
    }

    private static double sharpe(double sum, double sumSq, int n) {
        if (n < 2) {
            return 0;
        }
        double mean = sum / n;
        double var = (sumSq - sum * mean) / (n - 1);
        return var <= 1e-300 ? 0 : mean / Math.sqrt(var);
    }
}
