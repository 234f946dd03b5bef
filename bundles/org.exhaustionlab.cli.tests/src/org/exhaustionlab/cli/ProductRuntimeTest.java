package org.exhaustionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Timeframe;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The runtime holds everything in the product's features: all of it must resolve and the services must start. */
class ProductRuntimeTest {

    private final BundleContext context = FrameworkUtil.getBundle(ProductRuntimeTest.class).getBundleContext();

    @Test
    void everyBundleOfTheProductResolves() {
        List<String> unresolved = Arrays.stream(context.getBundles())
                .filter(b -> b.getState() == Bundle.INSTALLED)
                .map(b -> b.getSymbolicName() + " " + b.getVersion())
                .collect(Collectors.toList());
        assertEquals(List.of(), unresolved, "bundles that do not resolve");
        List<String> names = Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).collect(Collectors.toList());
        for (String ours : List.of("org.exhaustionlab.market", "org.exhaustionlab.feed.demo", "org.exhaustionlab.cli",
                "org.exhaustionlab.ui", "org.apache.felix.scr", "org.eclipse.equinox.p2.director.app", "picocli")) {
            assertTrue(names.contains(ours), ours + " is missing from the runtime");
        }
    }

    @Test
    void demoFeedServiceStartsThroughDeclarativeServices() throws Exception {
        List<MarketDataFeed> feeds = awaitFeeds();
        MarketDataFeed demo = feeds.stream().filter(f -> f.id().equals("demo")).findFirst().orElseThrow(
                () -> new AssertionError("no 'demo' MarketDataFeed service among " + feeds));
        var symbols = demo.symbols().stream().map(s -> s.name()).collect(Collectors.toList());
        assertEquals(List.of("BTCUSDT", "ETHUSDT", "ADAUSDT", "SOLUSDT"), symbols);
        long from = 1_704_067_200_000L; // 2024-01-01T00:00Z
        var hours = demo.history("ETHUSDT", Timeframe.HOUR_1, from, from + 24 * 3_600_000L);
        assertEquals(24, hours.size(), "one day of hourly bars");
        var minutes = demo.history("ETHUSDT", Timeframe.MINUTE_1, from, from + 3_600_000L);
        assertEquals(60, minutes.size());
        assertEquals(minutes.open(0), hours.open(0), 0.0, "the hour opens where its first minute opens");
    }

    private List<MarketDataFeed> awaitFeeds() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            List<MarketDataFeed> feeds = new ArrayList<>();
            try {
                for (ServiceReference<MarketDataFeed> ref : context.getServiceReferences(MarketDataFeed.class, null)) {
                    feeds.add(context.getService(ref));
                }
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new AssertionError(e);
            }
            if (!feeds.isEmpty() || System.currentTimeMillis() > deadline) {
                return feeds;
            }
            Thread.sleep(50);
        }
    }
}
