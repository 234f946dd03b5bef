package org.exhaustionlab.validation.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.exhaustionlab.validation.Direction;
import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.TradeOutcome;
import org.exhaustionlab.validation.montecarlo.MonteCarloOptions;
import org.exhaustionlab.validation.montecarlo.TradeMonteCarlo;
import org.exhaustionlab.validation.overfit.Cscv;
import org.exhaustionlab.validation.score.ReadinessScorer;
import org.exhaustionlab.validation.score.ScoreInputs;
import org.exhaustionlab.validation.stats.PerformanceSummary;

/** Builds complete reports from synthetic data (no backtester involved). */
final class ReportFixtures {
    static final long T0 = 1_672_531_200_000L; // 2023-01-01T00:00Z
    static final long HOUR = 3_600_000L;
    static final Instant GENERATED = Instant.parse("2026-11-27T12:00:00Z");

    private ReportFixtures() {
    }

    /** An hourly random-walk equity curve with a slight upward drift. */
    static EquityCurve curve(int points, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] t = new long[points];
        double[] e = new double[points];
        double v = 100_000;
        for (int i = 0; i < points; i++) {
            t[i] = T0 + i * HOUR;
            e[i] = v;
            v *= 1 + 0.00008 + 0.004 * (rng.nextDouble() * 2 - 1);
        }
        return new EquityCurve(t, e);
    }

    static List<TradeOutcome> trades(EquityCurve c, int every) {
        List<TradeOutcome> out = new ArrayList<>();
        for (int i = every; i < c.size(); i += every) {
            double profit = c.equityAt(i) - c.equityAt(i - every);
            out.add(new TradeOutcome(c.timeAt(i - every), c.timeAt(i), i % 2 == 0 ? Direction.LONG : Direction.SHORT, 50_000, profit));
        }
        return out;
    }

    static ValidationReport report(String name, int points) {
        EquityCurve c = curve(points, 7);
        List<TradeOutcome> trades = trades(c, 24);
        double perYear = 365.25 * 24;
        PerformanceSummary perf = PerformanceSummary.of(c, trades, perYear);
        ScoreInputs in = ScoreInputs.of(perf, points, 2.0, 250, 0.0008, 0.6, 0.5);
        TradeMonteCarlo mc = new TradeMonteCarlo(trades, 100_000);
        MonteCarloOptions o = MonteCarloOptions.of(500, 11);
        int half = points / 2;
        EquityCurve first = slice(c, 0, half);
        EquityCurve second = slice(c, half, points);
        OutOfSampleSplit split = new OutOfSampleSplit(0.5, PeriodFigures.of("In sample", half, first, trades, perYear),
                PeriodFigures.of("Out of sample", points - half, second, trades, perYear));
        List<WalkForwardRow> rows = List.of(new WalkForwardRow(0, split.inSample(), split.outOfSample()));
        WalkForwardSummary wf = new WalkForwardSummary("rolling", rows, 0.8, 1.0, second.totalReturn());
        List<PeriodFigures> markets = List.of(PeriodFigures.of("ETHUSDT 1h", points, curve(points, 8), trades, perYear),
                PeriodFigures.of("SOL <b>&amp;</b>", points, curve(points, 9), trades, perYear));
        double[][] matrix = new double[64][6];
        SplittableRandom rng = new SplittableRandom(3);
        for (double[] row : matrix) {
            for (int n = 0; n < row.length; n++) {
                row[n] = rng.nextGaussian() * 0.01;
            }
        }
        PboSummary pbo = PboSummary.of(Cscv.run(matrix), 6, 64);
        SharpeSignificance sharpe = new SharpeSignificance("daily", 365, 0.08, -0.2, 4.1, 0.93, 50, 0.002, 0.1, 0.41, "Deflated for 50 trials.");
        int bar = points / 2 + 12;
        LookAheadFindings look = new LookAheadFindings(List.of(points / 2, points), true, bar, c.timeAt(bar),
                List.of("bar " + bar + ": run on the first " + (points / 2 + 20) + " bars emitted [entry LONG <L>], run on all bars emitted []"));
        ExecutionEstimates exec = new ExecutionEstimates(0.0008, "10 % of the average bar range", 250, "assumed", 2.0, 1.0);
        return new ValidationReport(name, "BTCUSDT 1h, synthetic", GENERATED, ReadinessScorer.score(in), perf, "annualised from hourly returns",
                c, split, markets, wf, new MonteCarloSummary(500, 11, mc.permutation(o), mc.bootstrap(o)), sharpe, pbo, look, exec,
                List.of("A note with <angle> & ampersand"));
    }

    static EquityCurve slice(EquityCurve c, int from, int to) {
        long[] t = java.util.Arrays.copyOfRange(c.time(), from, to);
        double[] e = java.util.Arrays.copyOfRange(c.equity(), from, to);
        return new EquityCurve(t, e);
    }
}
