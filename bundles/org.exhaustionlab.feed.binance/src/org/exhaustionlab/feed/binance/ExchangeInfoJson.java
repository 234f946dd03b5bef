package org.exhaustionlab.feed.binance;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.exhaustionlab.market.Symbol;

/**
 * Symbols from {@code /api/v3/exchangeInfo}: name, base/quote asset, tick size ({@code PRICE_FILTER.tickSize}) and lot
 * size ({@code LOT_SIZE.stepSize}).
 */
final class ExchangeInfoJson {

    private ExchangeInfoJson() {
    }

    /** A symbol with its trading status (e.g. TRADING, BREAK). */
    record Listing(Symbol symbol, String status) {
    }

    static List<Listing> parse(JsonNode info, String exchange) {
        JsonNode symbols = info.path("symbols");
        if (!symbols.isArray()) {
            throw new IllegalArgumentException("exchangeInfo has no 'symbols' array");
        }
        List<Listing> out = new ArrayList<>();
        for (JsonNode s : symbols) {
            String name = s.path("symbol").asText("");
            double tick = filterValue(s, "PRICE_FILTER", "tickSize");
            double lot = filterValue(s, "LOT_SIZE", "stepSize");
            if (name.isEmpty() || !(tick > 0) || !(lot > 0)) {
                continue; // symbols without a usable grid cannot be traded or charted
            }
            out.add(new Listing(new Symbol(exchange, name, s.path("baseAsset").asText(""),
                    s.path("quoteAsset").asText(""), tick, lot), s.path("status").asText("")));
        }
        return out;
    }

    private static double filterValue(JsonNode symbol, String type, String field) {
        for (JsonNode f : symbol.path("filters")) {
            if (type.equals(f.path("filterType").asText())) {
                try {
                    return Double.parseDouble(f.path(field).asText(""));
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            }
        }
        return Double.NaN;
    }
}
