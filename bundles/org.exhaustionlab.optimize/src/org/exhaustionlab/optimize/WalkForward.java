package org.exhaustionlab.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * Walk-forward analysis: cut a data range into in-sample/out-of-sample windows, optimise on each in-sample window
 * with {@link GeneticOptimizer}, evaluate the winner on the following out-of-sample window, stitch the
 * out-of-sample returns and compute the walk-forward efficiency.
 */
public final class WalkForward {

    private static final double YEAR_DAYS = 365.0;

    private WalkForward() {
    }

    /**
     * The windows over {@code full}. Rolling: in-sample windows of fixed length, each step moves both windows by the
     * out-of-sample length. Anchored: every in-sample window starts at {@code full}'s start and grows by the
     * out-of-sample length. Only complete out-of-sample windows are produced (a tail shorter than
     * {@code outOfSampleMs} is left out); consecutive out-of-sample windows touch without overlap.
     */
    public static List<WalkForwardWindow> windows(DataWindow full, long inSampleMs, long outOfSampleMs,
            boolean anchored) {
        if (inSampleMs <= 0 || outOfSampleMs <= 0) {
            throw new IllegalArgumentException("walk-forward needs positive in-sample and out-of-sample lengths");
        }
        List<WalkForwardWindow> out = new ArrayList<>();
        for (int k = 0;; k++) {
            long oosStart = full.startMs() + inSampleMs + k * outOfSampleMs;
            long oosEnd = oosStart + outOfSampleMs;
            if (oosEnd > full.endMs()) {
                break;
            }
            long isStart = anchored ? full.startMs() : oosStart - inSampleMs;
            out.add(new WalkForwardWindow(k, new DataWindow(isStart, oosStart), new DataWindow(oosStart, oosEnd)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the data range of " + Math.round(full.days())
                    + " days is too short for one in-sample plus one out-of-sample window");
        }
        return out;
    }

    /**
     * Runs the analysis. Each fold's optimisation uses {@code config} with run id {@code <runId>/fold-<i>} and seed
     * {@code seed + i}; the out-of-sample evaluation is reported to {@code sink} as generation 0 of run
     * {@code <runId>/fold-<i>/oos}.
     */
    public static WalkForwardResult run(ParameterSpace space, Evaluator evaluator, FitnessFunction fitness,
            OptimizerConfig config, List<WalkForwardWindow> windows, TrialSink sink) {
        TrialSink s = sink == null ? TrialSink.NONE : sink;
        List<WalkForwardFold> folds = new ArrayList<>();
        List<Double> stitched = new ArrayList<>();
        double oosGrowth = 1;
        double oosDays = 0;
        double isAnnualSum = 0;
        for (WalkForwardWindow w : windows) {
            OptimizerConfig foldConfig = config.toBuilder().runId(config.runId() + "/fold-" + w.index())
                    .seed(config.seed() + w.index()).build();
            OptimizationResult best = new GeneticOptimizer(space, evaluator, fitness, foldConfig).withTrialSink(s)
                    .run(w.inSample());
            Evaluation oos = evaluateOutOfSample(evaluator, best, w);
            double oosFitness = fitness.score(oos);
            try {
                s.accept(new Trial(foldConfig.runId() + "/oos", 0, best.bestParams(), oos, oosFitness));
            } catch (Exception e) {
                throw new IllegalStateException("the trial sink failed on fold " + w.index() + ": " + e.getMessage(),
                        e);
            }
            folds.add(new WalkForwardFold(w, best.bestParams(), best.bestFitness(), best.bestEvaluation(), oos));
            for (int i = 0; i < oos.periods(); i++) {
                stitched.add(oos.periodReturn(i));
            }
            oosGrowth *= 1 + oos.metric(Metrics.NET_PROFIT_PCT, 0) / 100;
            oosDays += w.outOfSample().days();
            isAnnualSum += annualize(best.bestEvaluation().metric(Metrics.NET_PROFIT_PCT, 0) / 100,
                    w.inSample().days());
        }
        double annualOos = annualize(oosGrowth - 1, oosDays);
        double annualIs = isAnnualSum / windows.size();
        double efficiency = annualIs > 0 ? annualOos / annualIs : Double.NaN;
        double[] returns = new double[stitched.size()];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = stitched.get(i);
        }
        return new WalkForwardResult(folds, returns, (oosGrowth - 1) * 100, annualOos * 100, annualIs * 100,
                efficiency);
    }

    private static Evaluation evaluateOutOfSample(Evaluator evaluator, OptimizationResult best, WalkForwardWindow w) {
        try {
            Evaluation e = evaluator.evaluate(best.bestParams(), w.outOfSample());
            return e == null ? Evaluation.failed("the evaluator returned nothing") : e;
        } catch (Exception e) {
            return Evaluation.failed("out-of-sample window " + w.index() + ": " + e.getMessage());
        }
    }

    /** (1 + r)^(365 / days) − 1; a total loss stays −1. */
    static double annualize(double totalReturn, double days) {
        if (totalReturn <= -1) {
            return -1;
        }
        return Math.pow(1 + totalReturn, YEAR_DAYS / days) - 1;
    }
}
