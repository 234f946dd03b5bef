package org.exhaustionlab.ui.chart;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.BookTicker;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.store.SeriesKey;

/**
 * The chart with its source, symbol and interval selector: the demo markets (the default, following the Markets
 * view's selection), the local store, or a live feed whose bars update the forming candle in place and whose book
 * ticker draws the bid/ask lines. The Squeeze Momentum panel and exhaustion markers come from the Pine engine.
 */
public final class ChartView extends ViewPart {

    public static final String ID = "org.exhaustionlab.ui.views.chart";
    static final long DEMO_START_MS = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    static final int DEMO_BARS = 30 * 1440;
    static final long DEMO_SEED = 20240101L;

    private IChartViewer viewer;
    private SourceBar sourceBar;
    private MarketDataFeed.Subscription live;
    private volatile long liveGeneration;
    private final ISelectionListener selectionListener = (part, selection) -> {
        if (selection instanceof IStructuredSelection
                && ((IStructuredSelection) selection).getFirstElement() instanceof Symbol) {
            show(((Symbol) ((IStructuredSelection) selection).getFirstElement()).name());
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        parent.setLayout(layout);
        sourceBar = new SourceBar(parent, this);
        sourceBar.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        area.setLayout(new FillLayout());
        viewer = ChartViewers.create(area);
        show("BTCUSDT");
        getSite().getPage().addSelectionListener(selectionListener);
    }

    /** Shows a demo market's 1-minute bars. */
    public void show(String symbol) {
        showDemo(symbol, Timeframe.MINUTE_1);
    }

    /** Shows a demo market in an interval (resampled from its minutes). */
    public void showDemo(String symbol, Timeframe interval) {
        stopLive();
        BarSeries bars = ChartSources.demo(symbol, interval);
        viewer.setData(IndicatorOverlays.add(ChartData.of(bars)));
        setContentDescription(bars.symbol().name() + " · " + bars.timeframe().code() + " · demo data");
        sourceBar.showing(ChartSources.DEMO, symbol, interval);
    }

    /** Shows a series of the local store (data home). */
    public void showStored(SeriesKey key) throws IOException {
        stopLive();
        BarSeries bars = ChartSources.load(key);
        if (bars.isEmpty()) {
            throw new IOException("the store has no bars for " + key);
        }
        viewer.setData(IndicatorOverlays.add(ChartData.of(bars)));
        setContentDescription(key + " · store · " + bars.size() + " bars");
        sourceBar.showing(ChartSources.STORE, key.exchange() + ":" + key.symbol(), key.interval());
    }

    /**
     * Shows {@code symbol} from a live feed: the last {@value ChartSources#LIVE_HISTORY_BARS} bars of history
     * (loaded in a job), then live updates (the forming candle changes in place, closed bars append) and the best
     * bid/ask as lines, until another source is shown or the view closes. Returns the loading job.
     */
    public Job showLive(MarketDataFeed feed, String symbol, Timeframe interval) {
        stopLive();
        long generation = ++liveGeneration;
        Display display = viewer.getControl().getDisplay();
        setContentDescription(symbol + " · " + interval.code() + " · " + feed.displayName() + " · loading…");
        Job job = Job.create("Loading " + symbol + " " + interval.code() + " from " + feed.displayName(),
                (IProgressMonitor monitor) -> {
                    long now = System.currentTimeMillis();
                    BarSeries history;
                    try {
                        history = feed.history(symbol, interval, now - ChartSources.LIVE_HISTORY_BARS
                                * interval.durationMs(), now);
                    } catch (IOException | RuntimeException e) {
                        display.asyncExec(() -> describe(generation, symbol + " · " + feed.displayName()
                                + " · could not load: " + e.getMessage()));
                        return Status.error("could not load " + symbol + " from " + feed.displayName() + ": "
                                + e.getMessage(), e);
                    }
                    display.syncExec(() -> startLive(generation, feed, history, symbol, interval));
                    return Status.OK_STATUS;
                });
        job.schedule();
        sourceBar.showing(ChartSources.LIVE_PREFIX + feed.id(), symbol, interval);
        return job;
    }

    private void startLive(long generation, MarketDataFeed feed, BarSeries history, String symbol,
            Timeframe interval) {
        if (generation != liveGeneration || viewer.getControl().isDisposed()) {
            return;
        }
        if (!history.isEmpty()) {
            viewer.setData(IndicatorOverlays.add(ChartData.of(history)));
        }
        setContentDescription(symbol + " · " + interval.code() + " · " + feed.displayName() + " · live");
        Display display = viewer.getControl().getDisplay();
        live = feed.subscribe(symbol, interval, new MarketDataFeed.Listener() {
            @Override
            public void onBarUpdate(Bar bar, boolean closed) {
                display.asyncExec(() -> {
                    if (generation == liveGeneration && !viewer.getControl().isDisposed()
                            && viewer.getData() != null) {
                        viewer.updateLastBar(bar);
                    }
                });
            }

            @Override
            public void onBookTicker(BookTicker ticker) {
                display.asyncExec(() -> {
                    if (generation == liveGeneration && !viewer.getControl().isDisposed()) {
                        viewer.setBidAsk(ticker.bidPrice(), ticker.askPrice());
                    }
                });
            }

            @Override
            public void onError(String message) {
                display.asyncExec(() -> describe(generation, symbol + " · " + interval.code() + " · "
                        + feed.displayName() + " · " + message));
            }
        });
    }

    private void describe(long generation, String text) {
        if (generation == liveGeneration && !viewer.getControl().isDisposed()) {
            setContentDescription(text);
        }
    }

    /** Stops a live subscription (if any) and removes the bid/ask lines. */
    void stopLive() {
        liveGeneration++;
        if (live != null) {
            live.close();
            live = null;
        }
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setBidAsk(Double.NaN, Double.NaN);
        }
    }

    /**
     * Shows a strategy run (bars, plots, trades, equity), e.g. from {@link StrategyRuns#run}; {@code description}
     * names it in the view's header.
     */
    public void showStrategyRun(ChartData run, String description) {
        stopLive();
        viewer.setData(run);
        sourceBar.showingOther("a strategy run (" + description + ")");
        setContentDescription(run.bars().symbol().name() + " · " + run.bars().timeframe().code() + " · "
                + description + " · " + run.trades().size() + " trades");
    }

    public IChartViewer viewer() {
        return viewer;
    }

    /** The selector's current source, symbol and interval (for tests): e.g. ["Demo", "BTCUSDT", "1m"]. */
    public List<String> selection() {
        return sourceBar.selection();
    }

    /** Chooses a source, symbol and interval in the selector as a user would (then the chart loads it). */
    public void select(String source, String symbol, String interval) {
        sourceBar.select(source, symbol, interval);
    }

    /** Sources the selector offers. */
    public List<String> sources() {
        return sourceBar.sources();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        stopLive();
        getSite().getPage().removeSelectionListener(selectionListener);
        super.dispose();
    }
}
