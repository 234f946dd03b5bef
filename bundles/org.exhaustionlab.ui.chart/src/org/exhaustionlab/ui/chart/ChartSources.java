package org.exhaustionlab.ui.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Resampler;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.SeriesInfo;
import org.exhaustionlab.store.SeriesKey;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Where the chart's bars come from: the offline demo markets, the local store of the data home, or a live feed (an
 * installed {@link MarketDataFeed} service with live data).
 */
final class ChartSources {

    static final String DEMO = "Demo";
    static final String STORE = "Store";
    static final String LIVE_PREFIX = "Live: ";
    static final List<Timeframe> INTERVALS = List.of(Timeframe.MINUTE_1, Timeframe.MINUTE_5, Timeframe.MINUTE_15,
            Timeframe.HOUR_1, Timeframe.HOUR_4, Timeframe.DAY_1);
    /** Bars of history a live chart starts with. */
    static final int LIVE_HISTORY_BARS = 500;

    private ChartSources() {
    }

    /** Source names: Demo, Store, then "Live: <feed id>" for each installed feed with live data. */
    static List<String> sources() {
        List<String> out = new ArrayList<>(List.of(DEMO, STORE));
        for (MarketDataFeed feed : liveFeeds()) {
            out.add(LIVE_PREFIX + feed.id());
        }
        return out;
    }

    static List<MarketDataFeed> liveFeeds() {
        List<MarketDataFeed> feeds = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(ChartSources.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return feeds;
        }
        try {
            for (ServiceReference<MarketDataFeed> ref : context.getServiceReferences(MarketDataFeed.class, null)) {
                MarketDataFeed feed = context.getService(ref);
                if (feed != null && feed.supportsLive()) {
                    feeds.add(feed);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter is given
        }
        feeds.sort((a, b) -> a.id().compareTo(b.id()));
        return feeds;
    }

    static MarketDataFeed liveFeed(String source) {
        String id = source.substring(LIVE_PREFIX.length());
        return liveFeeds().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("the live feed '" + id + "' is not installed"));
    }

    /** Demo bars: a month of minutes for 1m, more days for coarser intervals (resampled from minutes). */
    static BarSeries demo(String symbol, Timeframe interval) {
        int days = interval.durationMs() <= Timeframe.MINUTE_1.durationMs() ? 30
                : interval.durationMs() <= Timeframe.HOUR_1.durationMs() ? 120 : 365;
        BarSeries minutes = DemoMarket.generate(symbol, Timeframe.MINUTE_1, ChartView.DEMO_START_MS, days * 1440,
                ChartView.DEMO_SEED);
        return interval == Timeframe.MINUTE_1 ? minutes : Resampler.resample(minutes, interval);
    }

    /** The data home of the preferences (Preferences > ExhaustionLab), else the store's default home. */
    static Path dataHome() {
        try {
            String home = Platform.getPreferencesService().getString(BacktestDefaults.NODE, "dataHome", null, null);
            if (home != null && !home.isBlank()) {
                return Path.of(home);
            }
        } catch (RuntimeException e) {
            // no preferences service (plain JVM): the default home
        }
        return MarketStore.defaultHome();
    }

    /** The series of the local store. */
    static List<SeriesInfo> stored() throws IOException {
        try (MarketStore store = MarketStore.open(dataHome())) {
            return store.bars().list();
        }
    }

    static BarSeries load(SeriesKey key) throws IOException {
        try (MarketStore store = MarketStore.open(dataHome())) {
            return store.bars().loadAll(key);
        }
    }
}
