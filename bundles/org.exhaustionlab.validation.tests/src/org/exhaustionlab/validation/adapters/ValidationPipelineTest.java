package org.exhaustionlab.validation.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Trade;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.overfit.Cscv;
import org.exhaustionlab.validation.report.JsonReportWriter;
import org.exhaustionlab.validation.report.ValidationReport;
import org.exhaustionlab.validation.score.Gate;
import org.exhaustionlab.validation.score.ScoreItem;
import org.exhaustionlab.validation.walkforward.WindowSplitter;
import org.junit.jupiter.api.Test;

class ValidationPipelineTest {
    static final long START = 1_704_067_200_000L; // 2024-01-01
    static final int BARS = 3000;
    static final BarSeries BTC = DemoMarket.generate("BTCUSDT", Timeframe.HOUR_1, START, BARS, 21);
    static final List<BarSeries> OTHERS = List.of(DemoMarket.generate("ETHUSDT", Timeframe.HOUR_1, START, BARS, 22),
            DemoMarket.generate("SOLUSDT", Timeframe.HOUR_1, START, BARS, 23));
    static final Function<BarSeries, BacktestResult> SMA = JavaStrategies.smaCross(10, 30);
    static final Instant AT = Instant.parse("2026-11-27T20:00:00Z");

    private static PipelineOptions fast() {
        return PipelineOptions.defaults().withMonteCarlo(300, 7).withGeneratedAt(AT);
    }

    @Test
    void runsEveryStepOnDemoData() {
        ValidationReport r = new ValidationPipeline(SMA, fast()).run("SMA 10/30", BTC, OTHERS);
        BacktestResult direct = SMA.apply(BTC);
        assertEquals(direct.closedTrades().size(), r.performance().trades());
        assertEquals(BacktestAdapters.equityCurve(direct), r.equity());
        assertEquals("BTCUSDT 1h, 2024-01-01 – 2024-05-04, 3,000 bars", r.dataDescription());

        // out of sample: the last 30 % backtested on its own
        BarSeries oos = BTC.slice(2100, BARS);
        EquityCurve oosCurve = BacktestAdapters.equityCurve(SMA.apply(oos));
        assertEquals(oosCurve.totalReturn(), r.outOfSample().outOfSample().totalReturn(), 1e-12);
        assertEquals(900, r.outOfSample().outOfSample().bars());
        assertEquals(2100, r.outOfSample().inSample().bars());

        assertEquals(2, r.crossMarket().size());
        assertEquals("ETHUSDT 1h", r.crossMarket().get(0).label());
        double share = r.crossMarket().stream().filter(m -> m.totalReturn() > 0).count() / 2.0;
        assertEquals(share, r.readiness().line(ScoreItem.CROSS_MARKET).measured());

        assertEquals(5, r.walkForward().windows().size());
        assertEquals(r.walkForward().efficiency(), r.readiness().line(ScoreItem.OUT_OF_SAMPLE).measured(), 0,
                "OOS score line uses the walk-forward efficiency when it exists");
        assertEquals(300, r.monteCarlo().permutation().maxDrawdown().size());
        assertEquals(direct.closedTrades().stream().mapToDouble(Trade::profit).sum() / 100_000,
                r.monteCarlo().permutation().totalReturn().percentile(50), 1e-9, "a permutation keeps the final P&L");
        assertFalse(r.lookAhead().flagged());
        assertEquals(BARS, (long) r.readiness().gate(Gate.MIN_BARS).measured());
        assertEquals(PipelineOptions.DEFAULT_LATENCY_MILLIS, r.readiness().line(ScoreItem.LATENCY).measured());
        assertNull(r.pbo());
        assertTrue(r.notes().contains("PBO not computed: no trial return matrix was supplied."));
    }

    @Test
    void withoutTrialsTheDsrIsThePsrAndTheReportSaysSo() {
        ValidationReport r = new ValidationPipeline(SMA, fast().withWalkForward(0, 0.2, WindowSplitter.Mode.ROLLING).withLookAheadCheck(false))
                .run("SMA", BTC, List.of());
        assertEquals(1, r.sharpeSignificance().trials());
        assertEquals(r.sharpeSignificance().psr(), r.sharpeSignificance().dsr());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("DSR with N = 1 is the PSR")), r.notes().toString());
        assertNull(r.walkForward());
        assertNull(r.lookAhead());
        assertTrue(Double.isNaN(r.readiness().line(ScoreItem.CROSS_MARKET).measured()));
        assertEquals(r.outOfSample().efficiency(), r.readiness().line(ScoreItem.OUT_OF_SAMPLE).measured(), 0,
                "without a walk-forward the single split's efficiency is scored");
    }

    @Test
    void trialsDeflateTheSharpeAndAMatrixGivesPbo() {
        double[][] matrix = new double[120][8];
        SplittableRandom rng = new SplittableRandom(4);
        for (double[] row : matrix) {
            for (int n = 0; n < row.length; n++) {
                row[n] = rng.nextGaussian() * 0.01;
            }
        }
        PipelineOptions o = fast().withTrials(200, 0.01).withTrialReturns(matrix).withLookAheadCheck(false);
        ValidationReport r = new ValidationPipeline(SMA, o).run("SMA", BTC, List.of());
        assertTrue(r.sharpeSignificance().deflated());
        assertTrue(r.sharpeSignificance().dsr() < r.sharpeSignificance().psr(), "deflation lowers the probability");
        assertTrue(r.sharpeSignificance().expectedMaxSharpe() > 0);
        assertNotNull(r.pbo());
        assertEquals(Cscv.run(matrix).pbo(), r.pbo().pbo());
        assertEquals(8, r.pbo().trials());
        assertEquals(120, r.pbo().periods());
    }

    @Test
    void slippageFromSpreadOrBarRange() {
        double[] spread = new double[BARS];
        java.util.Arrays.fill(spread, 0.002);
        PipelineOptions base = fast().withLookAheadCheck(false).withWalkForward(0, 0.2, WindowSplitter.Mode.ROLLING).withMonteCarlo(0, 1);
        ValidationReport quoted = new ValidationPipeline(SMA, base.withSlippage(0.1, spread)).run("SMA", BTC, List.of());
        assertEquals(0.001, quoted.execution().slippage(), 1e-15, "half the spread");

        ValidationReport ranged = new ValidationPipeline(SMA, base.withSlippage(0.25, null)).run("SMA", BTC, List.of());
        BacktestResult direct = SMA.apply(BTC);
        Set<Integer> fillBars = new HashSet<>();
        for (Trade t : direct.allTrades()) {
            fillBars.add(t.entryBarIndex());
            if (!t.open()) {
                fillBars.add(t.exitBarIndex());
            }
        }
        double sum = 0;
        for (int i : fillBars) {
            sum += (BTC.high(i) - BTC.low(i)) / BTC.close(i);
        }
        assertEquals(0.25 * sum / fillBars.size(), ranged.execution().slippage(), 1e-15);
        double days = BARS / 24.0;
        long exits = direct.closedTrades().size();
        assertEquals((direct.allTrades().size() + exits) / days, ranged.execution().signalsPerDay(), 1e-9,
                "entries plus exits per day (reversals close one trade and open the next)");
        assertNull(ranged.monteCarlo());
    }

    @Test
    void equalSeedsGiveIdenticalReports() {
        String a = JsonReportWriter.toJson(new ValidationPipeline(SMA, fast().withLookAheadCheck(false)).run("SMA", BTC, OTHERS));
        String b = JsonReportWriter.toJson(new ValidationPipeline(SMA, fast().withLookAheadCheck(false)).run("SMA", BTC, OTHERS));
        assertEquals(a, b);
    }

    @Test
    void peekingStrategyIsFlaggedInTheReport() {
        ValidationReport r = new ValidationPipeline(JavaStrategies.peeking(1, JavaStrategies.ON_CLOSE), fast().withMonteCarlo(0, 1))
                .run("Peeker", BTC, List.of());
        assertTrue(r.lookAhead().flagged());
        assertTrue(r.performance().winRate() > 0.8, "peeking looks too good to be true: " + r.performance().winRate());
    }
}
