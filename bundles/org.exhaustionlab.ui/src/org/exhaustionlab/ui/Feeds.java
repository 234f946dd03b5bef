package org.exhaustionlab.ui;

import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.market.MarketDataFeed;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The market-data feeds installed as OSGi services (demo, binance-spot, add-ons). */
final class Feeds {

    private Feeds() {
    }

    static List<MarketDataFeed> installed() {
        List<MarketDataFeed> feeds = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(Feeds.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return feeds;
        }
        try {
            for (ServiceReference<MarketDataFeed> ref : context.getServiceReferences(MarketDataFeed.class, null)) {
                MarketDataFeed feed = context.getService(ref);
                if (feed != null) {
                    feeds.add(feed);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter is given
        }
        feeds.sort((a, b) -> a.id().compareTo(b.id()));
        return feeds;
    }

    /** Ids of the installed feeds, "demo" first; at least "demo". */
    static String[] ids() {
        List<String> ids = new ArrayList<>(List.of("demo"));
        installed().stream().map(MarketDataFeed::id).filter(id -> !id.equals("demo")).forEach(ids::add);
        return ids.toArray(new String[0]);
    }
}
