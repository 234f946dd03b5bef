package org.exhaustionlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalkForwardTest {

    private static final long DAY = DataWindow.DAY_MS;
    private static final DataWindow FULL = new DataWindow(0, 100 * DAY);

    private static DataWindow days(long from, long to) {
        return new DataWindow(from * DAY, to * DAY);
    }

    @Test
    void rollingWindowsMoveByTheOutOfSampleLength() {
        List<WalkForwardWindow> w = WalkForward.windows(FULL, 30 * DAY, 10 * DAY, false);
        assertEquals(7, w.size());
        assertEquals(days(0, 30), w.get(0).inSample());
        assertEquals(days(30, 40), w.get(0).outOfSample());
        assertEquals(days(10, 40), w.get(1).inSample());
        assertEquals(days(40, 50), w.get(1).outOfSample());
        assertEquals(days(60, 90), w.get(6).inSample());
        assertEquals(days(90, 100), w.get(6).outOfSample());
        for (int i = 1; i < w.size(); i++) {
            assertEquals(w.get(i - 1).outOfSample().endMs(), w.get(i).outOfSample().startMs(), "OOS windows touch");
        }
    }

    @Test
    void anchoredWindowsGrowFromTheStartAndIncompleteTailsAreDropped() {
        List<WalkForwardWindow> w = WalkForward.windows(new DataWindow(0, 95 * DAY), 30 * DAY, 20 * DAY, true);
        assertEquals(3, w.size(), "the 5-day tail after day 90 is no full OOS window");
        assertEquals(days(0, 30), w.get(0).inSample());
        assertEquals(days(0, 50), w.get(1).inSample());
        assertEquals(days(0, 70), w.get(2).inSample());
        assertEquals(days(70, 90), w.get(2).outOfSample());
        assertThrows(IllegalArgumentException.class, () -> WalkForward.windows(days(0, 20), 30 * DAY, 10 * DAY,
                false));
    }

    /**
     * The best p in a window is the window's end day / 10 (mod 10), so each fold must pick its own p; the OOS
     * window then pays 1 % per day when p matches its own target, else 0.
     */
    @Test
    void eachFoldOptimisesItsInSampleWindowAndOutOfSampleReturnsAreStitched() {
        ParameterSpace space = ParameterSpace.of(List.of(new Parameter.IntRange("p", 0, 9, 1)));
        Evaluator e = (params, window) -> {
            long p = (Long) params.get("p");
            long target = (window.endMs() / DAY / 10) % 10;
            int n = (int) Math.round(window.days());
            double daily = p == target ? 0.01 : p == (target + 9) % 10 ? 0.005 : 0;
            double[] returns = new double[n];
            java.util.Arrays.fill(returns, daily + window.startMs() / DAY * 1e-6);
            double net = (Math.pow(1 + daily, n) - 1) * 100;
            return Evaluation.of(Map.of(Metrics.NET_PROFIT_PCT, net, "score", 10.0 - Math.abs(p - target)), returns);
        };
        List<Trial> trials = new ArrayList<>();
        List<WalkForwardWindow> windows = WalkForward.windows(FULL, 30 * DAY, 10 * DAY, false);
        WalkForwardResult r = WalkForward.run(space, e, new MetricFitness("score"), OptimizerConfig.builder()
                .populationSize(20).generations(20).mutationProbability(0.3).runId("wf").build(), windows, trials::add);
        assertEquals(7, r.folds().size());
        for (WalkForwardFold f : r.folds()) {
            long isTarget = (f.window().inSample().endMs() / DAY / 10) % 10;
            assertEquals(isTarget, f.params().get("p"), "fold " + f.window().index());
            // OOS target is one higher, so the chosen p earns the 0.5 % consolation rate for 10 days
            assertEquals((Math.pow(1.005, 10) - 1) * 100, f.outOfSample().metric(Metrics.NET_PROFIT_PCT, 0), 1e-9);
        }
        double[] stitched = r.stitchedReturns();
        assertEquals(70, stitched.length);
        for (int k = 0; k < 7; k++) {
            assertEquals(0.005 + (30 + 10 * k) * 1e-6, stitched[10 * k], 1e-12, "fold " + k + " in time order");
        }
        double oos = Math.pow(1.005, 70) - 1;
        assertEquals(oos * 100, r.oosNetProfitPct(), 1e-9);
        double annualOos = Math.pow(1 + oos, 365.0 / 70) - 1;
        double annualIs = Math.pow(Math.pow(1.01, 30), 365.0 / 30) - 1;
        assertEquals(annualOos * 100, r.annualizedOosPct(), 1e-6);
        assertEquals(annualOos / annualIs, r.efficiency(), 1e-9);
        assertTrue(r.efficiency() > 0 && r.efficiency() < 1);
        assertTrue(trials.stream().anyMatch(t -> t.runId().equals("wf/fold-3/oos") && t.generation() == 0));
        assertTrue(trials.stream().anyMatch(t -> t.runId().equals("wf/fold-6")));
    }

    @Test
    void annualisationCompoundsAndCapsATotalLoss() {
        assertEquals(0.21, WalkForward.annualize(0.1, 365.0 / 2), 1e-12);
        assertEquals(-1, WalkForward.annualize(-1.5, 10));
    }
}
