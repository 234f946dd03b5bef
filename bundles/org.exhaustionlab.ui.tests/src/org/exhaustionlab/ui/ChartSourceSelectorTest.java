package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.exhaustionlab.market.Bar;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.BookTicker;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.SeriesKey;
import org.exhaustionlab.ui.chart.ChartView;
import org.exhaustionlab.ui.chart.IChartViewer;
import org.junit.jupiter.api.Test;

/** The chart's source / symbol / interval selector: demo markets, the local store and a live feed. */
class ChartSourceSelectorTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private final Display display = PlatformUI.getWorkbench().getDisplay();

    @Test
    void demoAndStoreSeriesAreChosenInTheSelector() throws Exception {
        ChartView view = (ChartView) page.showView(ChartView.ID);
        assertTrue(view.sources().containsAll(List.of("Demo", "Store")), "sources: " + view.sources());
        view.select("Demo", "ETHUSDT", "1h");
        UiTestSupport.flush(display, 200);
        BarSeries shown = view.viewer().getData().bars();
        assertEquals("ETHUSDT", shown.symbol().name());
        assertEquals(Timeframe.HOUR_1, shown.timeframe());
        assertEquals(List.of("Demo", "ETHUSDT", "1h"), view.selection());

        BarSeries stored = org.exhaustionlab.market.Resampler.resample(DemoMarket.generate("ADAUSDT",
                Timeframe.MINUTE_1, 1_704_067_200_000L, 20 * 1440, 3), Timeframe.HOUR_4);
        try (MarketStore store = MarketStore.open(Prefs.dataHome())) {
            store.bars().upsert(new SeriesKey("selector-test", "ADAUSDT", Timeframe.HOUR_4), stored);
        }
        view.select("Store", "selector-test:ADAUSDT", "4h");
        UiTestSupport.flush(display, 200);
        BarSeries fromStore = view.viewer().getData().bars();
        assertEquals(stored.size(), fromStore.size());
        assertEquals(Timeframe.HOUR_4, fromStore.timeframe());
        assertEquals(stored.close(stored.size() - 1), fromStore.close(fromStore.size() - 1));
        assertTrue(view.getContentDescription().contains("store"), view.getContentDescription());
        UiTestSupport.screenshot(view.getSite().getShell(), "chart-store.png");
        view.show("BTCUSDT");
    }

    @Test
    void liveFeedUpdatesTheFormingCandleInPlaceAndDrawsBidAsk() throws Exception {
        ChartView view = (ChartView) page.showView(ChartView.ID);
        FakeFeed feed = new FakeFeed();
        Job job = view.showLive(feed, "BTCUSDT", Timeframe.MINUTE_1);
        job.join();
        UiTestSupport.flush(display, 300);
        IChartViewer viewer = view.viewer();
        int size = viewer.getData().bars().size();
        assertEquals(feed.history.size(), size, "the history is shown");
        assertNotNull(feed.listener.get(), "subscribed");
        assertTrue(view.getContentDescription().endsWith("live"), view.getContentDescription());

        Bar last = feed.history.bar(size - 1);
        Thread feedThread = new Thread(() -> { // callbacks arrive on the feed's own thread
            feed.listener.get().onBookTicker(new BookTicker(last.time(), last.close() - 1, 2, last.close() + 1, 3));
            feed.listener.get().onBarUpdate(new Bar(last.time(), last.open(), last.high() + 50, last.low(),
                    last.close() + 40, last.volume() + 1), false);
        });
        feedThread.start();
        feedThread.join();
        UiTestSupport.flush(display, 300);
        assertEquals(size, viewer.getData().bars().size(), "the forming candle changed in place");
        assertEquals(last.close() + 40, viewer.getData().bars().close(size - 1));
        assertEquals(last.close() - 1, viewer.getBidAsk()[0]);
        assertEquals(last.close() + 1, viewer.getBidAsk()[1]);

        long next = last.time() + 60_000;
        Thread closing = new Thread(() -> feed.listener.get().onBarUpdate(new Bar(next, 1, 2, 0.5, 1.5, 7), false));
        closing.start();
        closing.join();
        UiTestSupport.flush(display, 300);
        assertEquals(size + 1, viewer.getData().bars().size(), "a new bar was appended");
        assertEquals(size + 1, viewer.getVisibleTo(), "the chart follows the live bar");
        UiTestSupport.screenshot(view.getSite().getShell(), "chart-live.png");

        view.show("BTCUSDT");
        UiTestSupport.flush(display, 100);
        assertTrue(feed.closed.get(), "choosing another source closes the subscription");
        assertTrue(Double.isNaN(viewer.getBidAsk()[0]), "and removes the bid/ask lines");
    }

    /** A live feed serving demo minutes as history and whatever the test sends as live data. */
    private static final class FakeFeed implements MarketDataFeed {
        final BarSeries history = DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, 1_704_067_200_000L, 500, 9);
        final AtomicReference<Listener> listener = new AtomicReference<>();
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public String id() {
            return "fake-live";
        }

        @Override
        public String displayName() {
            return "Fake Live";
        }

        @Override
        public List<Symbol> symbols() {
            return List.of(history.symbol());
        }

        @Override
        public Set<Timeframe> timeframes() {
            return Set.of(Timeframe.MINUTE_1);
        }

        @Override
        public BarSeries history(String symbol, Timeframe timeframe, long fromMs, long toMs) {
            return history;
        }

        @Override
        public Subscription subscribe(String symbol, Timeframe timeframe, Listener l) {
            listener.set(l);
            return () -> closed.set(true);
        }
    }
}
