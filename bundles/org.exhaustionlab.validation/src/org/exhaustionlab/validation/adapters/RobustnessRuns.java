package org.exhaustionlab.validation.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.validation.EquityCurve;
import org.exhaustionlab.validation.report.OutOfSampleSplit;
import org.exhaustionlab.validation.report.PeriodFigures;
import org.exhaustionlab.validation.report.WalkForwardRow;
import org.exhaustionlab.validation.report.WalkForwardSummary;
import org.exhaustionlab.validation.walkforward.OosStitcher;
import org.exhaustionlab.validation.walkforward.WalkForwardEfficiency;
import org.exhaustionlab.validation.walkforward.WalkForwardWindow;
import org.exhaustionlab.validation.walkforward.WindowSplitter;

/**
 * The out-of-sample split, the cross-market runs and the fixed-parameter walk-forward. Every part is backtested on
 * its own slice of bars, so indicators warm up again at the start of each slice (as they would after a restart).
 */
final class RobustnessRuns {
    /** Fewer bars than this in a slice make its figures meaningless: the slice is not run. */
    static final int MIN_SLICE_BARS = 30;

    private RobustnessRuns() {
    }

    static OutOfSampleSplit outOfSample(Function<BarSeries, BacktestResult> backtester, BarSeries data, double oosFraction) {
        int cut = (int) Math.round(data.size() * (1 - oosFraction));
        if (cut < MIN_SLICE_BARS || data.size() - cut < MIN_SLICE_BARS) {
            return null;
        }
        Run is = Run.of(backtester, data.slice(0, cut));
        Run oos = Run.of(backtester, data.slice(cut, data.size()));
        return new OutOfSampleSplit(oosFraction, is.figures("In sample"), oos.figures("Out of sample"));
    }

    static List<PeriodFigures> crossMarket(Function<BarSeries, BacktestResult> backtester, List<BarSeries> markets) {
        List<PeriodFigures> out = new ArrayList<>();
        for (BarSeries m : markets) {
            out.add(Run.of(backtester, m).figures(m.symbol().name() + " " + m.timeframe().code()));
        }
        return out;
    }

    /** Share of markets with a positive total return; NaN when there are none. */
    static double profitableShare(List<PeriodFigures> markets) {
        if (markets.isEmpty()) {
            return Double.NaN;
        }
        return markets.stream().filter(PeriodFigures::profitable).count() / (double) markets.size();
    }

    /** Null when there are too few bars for the requested windows. */
    static WalkForwardSummary walkForward(Function<BarSeries, BacktestResult> backtester, BarSeries data, int runs, double oosFraction,
            WindowSplitter.Mode mode) {
        List<WalkForwardWindow> windows;
        try {
            windows = WindowSplitter.byRuns(data.size(), runs, oosFraction, mode);
        } catch (IllegalArgumentException tooFewBars) {
            return null;
        }
        if (windows.isEmpty() || windows.get(0).outOfSampleBars() < MIN_SLICE_BARS) {
            return null;
        }
        List<WalkForwardRow> rows = new ArrayList<>();
        List<EquityCurve> isCurves = new ArrayList<>();
        List<EquityCurve> oosCurves = new ArrayList<>();
        int profitable = 0;
        for (WalkForwardWindow w : windows) {
            Run is = Run.of(backtester, data.slice(w.inSampleStart(), w.inSampleEnd()));
            Run oos = Run.of(backtester, data.slice(w.outOfSampleStart(), w.outOfSampleEnd()));
            PeriodFigures oosFigures = oos.figures("Window " + (w.index() + 1) + " out of sample");
            rows.add(new WalkForwardRow(w.index(), is.figures("Window " + (w.index() + 1) + " in sample"), oosFigures));
            isCurves.add(is.curve());
            oosCurves.add(oos.curve());
            profitable += oosFigures.profitable() ? 1 : 0;
        }
        EquityCurve stitched = OosStitcher.stitch(oosCurves, 1.0);
        double efficiency = WalkForwardEfficiency.of(isCurves, oosCurves);
        return new WalkForwardSummary(mode.name().toLowerCase(Locale.ROOT), rows, efficiency, profitable / (double) rows.size(),
                stitched.totalReturn());
    }
}
