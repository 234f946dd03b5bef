package org.exhaustionlab.cli;

import java.io.IOException;
import java.util.Locale;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.SeriesInfo;
import org.exhaustionlab.store.SeriesKey;

import picocli.CommandLine.Option;

/** {@code --exchange E --symbol S --interval I [--from --to]}: a series from the local store. */
final class StoredSeriesOptions {

    @Option(names = "--exchange", description = "Exchange/feed the bars came from, e.g. binance or csv.")
    String exchange;

    @Option(names = "--symbol", description = "Symbol, e.g. BTCUSDT.")
    String symbol;

    @Option(names = { "--interval", "--timeframe" }, defaultValue = "1m", description = "Default: ${DEFAULT-VALUE}")
    String interval;

    @Option(names = "--from", description = "First bar (date, ISO-8601 or epoch ms). Default: the first stored.")
    String from;

    @Option(names = "--to", description = "End, exclusive. Default: the last stored.")
    String to;

    boolean isGiven() {
        return exchange != null || symbol != null;
    }

    BarSeries load() throws IOException {
        if (exchange == null || symbol == null) {
            throw new UsageException("name the stored series with --exchange and --symbol (see 'data list')");
        }
        String sym = symbol.toUpperCase(Locale.ROOT);
        try (MarketStore store = StoreAccess.open()) {
            SeriesKey key = resolve(store, sym);
            long fromMs = from == null ? Long.MIN_VALUE : TimeOptions.parse(from, "--from");
            long toMs = to == null ? Long.MAX_VALUE : TimeOptions.parse(to, "--to");
            BarSeries bars = store.bars().load(key, fromMs, toMs);
            if (bars.isEmpty()) {
                throw new UsageException("no stored bars for " + key + " in that range (see 'data list')");
            }
            return bars;
        }
    }

    /** The user may type "binance" for the feed id "binance-spot". */
    private SeriesKey resolve(MarketStore store, String sym) throws IOException {
        var timeframe = DataDemoCommand.parseTimeframe(interval);
        String wanted = exchange.toLowerCase(Locale.ROOT);
        for (SeriesInfo info : store.bars().list()) {
            SeriesKey k = info.key();
            String ex = k.exchange().toLowerCase(Locale.ROOT);
            if ((ex.equals(wanted) || ex.startsWith(wanted + "-")) && k.symbol().equals(sym) && k.interval() == timeframe) {
                return k;
            }
        }
        throw new UsageException("the store has no " + exchange + " " + sym + " " + timeframe.code()
                + " bars (see 'data list'; fill it with 'data fetch' or 'data import')");
    }
}
