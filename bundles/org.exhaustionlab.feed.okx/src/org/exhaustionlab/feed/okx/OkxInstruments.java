package org.exhaustionlab.feed.okx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.exhaustionlab.market.Symbol;

/**
 * Spot instruments from {@code /api/v5/public/instruments?instType=SPOT}: OKX names them {@code BTC-USDT}, the
 * platform {@code BTCUSDT} (base and quote joined, as on Binance), so each listing keeps both.
 */
final class OkxInstruments {

    private OkxInstruments() {
    }

    /**
     * One instrument.
     *
     * @param instId OKX instrument id, e.g. {@code BTC-USDT}
     * @param symbol our symbol: name {@code BTCUSDT}, tick size {@code tickSz}, lot size {@code lotSz}
     * @param state  OKX state: {@code live}, {@code suspend}, {@code preopen}, {@code test}
     */
    record Listing(String instId, Symbol symbol, String state) {

        boolean live() {
            return "live".equals(state);
        }
    }

    /** Parses the {@code data} array; entries without a usable grid (no tick or lot size) are left out. */
    static List<Listing> parse(JsonNode data, String exchange) {
        List<Listing> out = new ArrayList<>();
        for (JsonNode i : data) {
            String instId = i.path("instId").asText("");
            String base = i.path("baseCcy").asText("");
            String quote = i.path("quoteCcy").asText("");
            double tick = decimal(i.path("tickSz"));
            double lot = decimal(i.path("lotSz"));
            if (instId.isEmpty() || !(tick > 0) || !(lot > 0)) {
                continue; // cannot be charted or traded without a price and quantity grid
            }
            if (base.isEmpty() || quote.isEmpty()) {
                int dash = instId.indexOf('-');
                base = dash > 0 ? instId.substring(0, dash) : base;
                quote = dash > 0 ? instId.substring(dash + 1) : quote;
            }
            out.add(new Listing(instId, new Symbol(exchange, ourName(instId), base, quote, tick, lot),
                    i.path("state").asText("")));
        }
        return out;
    }

    /** {@code BTC-USDT} → {@code BTCUSDT}. */
    static String ourName(String instId) {
        return instId.replace("-", "").toUpperCase(Locale.ROOT);
    }

    /** {@code btc-usdt} or {@code BTC/USDT} → {@code BTC-USDT}; names without a separator are returned as null. */
    static String instIdIfSeparated(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT).replace('/', '-').replace('_', '-');
        return upper.indexOf('-') > 0 ? upper : null;
    }

    private static double decimal(JsonNode n) {
        try {
            return Double.parseDouble(n.asText(""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
