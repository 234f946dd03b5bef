package org.exhaustionlab.ui;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.ui.chart.BacktestDefaults;
import org.exhaustionlab.ui.chart.ChartData;
import org.exhaustionlab.ui.chart.ChartView;
import org.exhaustionlab.ui.chart.StrategyRuns;

/** Backtests a strategy and shows the run (plots, trades, equity) on the chart view. */
final class ChartLink {

    private ChartLink() {
    }

    /** Returns the chart data shown, or throws with a one-line reason (script errors, no strategy, view failure). */
    static ChartData show(IWorkbenchPage page, String name, String source, BarSeries bars) {
        ChartData run = StrategyRuns.run(source, name, bars, BacktestDefaults.fromPreferences());
        try {
            ChartView chart = (ChartView) page.showView(ChartView.ID);
            chart.showStrategyRun(run, name);
            return run;
        } catch (PartInitException e) {
            throw new IllegalStateException("the chart view cannot be opened: " + e.getMessage(), e);
        }
    }
}
