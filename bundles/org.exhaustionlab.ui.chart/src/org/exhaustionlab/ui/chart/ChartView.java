package org.exhaustionlab.ui.chart;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;

/**
 * The chart of the market selected in the Markets view (demo data until a feed is chosen), with the Squeeze Momentum
 * panel and the exhaustion markers computed by the Pine engine.
 */
public final class ChartView extends ViewPart {

    public static final String ID = "org.exhaustionlab.ui.views.chart";
    static final long DEMO_START_MS = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    static final int DEMO_BARS = 30 * 1440;
    static final long DEMO_SEED = 20240101L;

    private IChartViewer viewer;
    private final ISelectionListener selectionListener = (part, selection) -> {
        if (selection instanceof IStructuredSelection
                && ((IStructuredSelection) selection).getFirstElement() instanceof Symbol) {
            show(((Symbol) ((IStructuredSelection) selection).getFirstElement()).name());
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = ChartViewers.create(parent);
        show("BTCUSDT");
        getSite().getPage().addSelectionListener(selectionListener);
    }

    /** Shows a demo market's 1-minute bars. */
    public void show(String symbol) {
        BarSeries bars = DemoMarket.generate(symbol, Timeframe.MINUTE_1, DEMO_START_MS, DEMO_BARS, DEMO_SEED);
        viewer.setData(IndicatorOverlays.add(ChartData.of(bars)));
        setContentDescription(bars.symbol().name() + " · " + bars.timeframe().code() + " · demo data");
    }

    /**
     * Shows a strategy run (bars, plots, trades, equity), e.g. from {@link StrategyRuns#run}; {@code description}
     * names it in the view's header.
     */
    public void showStrategyRun(ChartData run, String description) {
        viewer.setData(run);
        setContentDescription(run.bars().symbol().name() + " · " + run.bars().timeframe().code() + " · "
                + description + " · " + run.trades().size() + " trades");
    }

    public IChartViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selectionListener);
        super.dispose();
    }
}
