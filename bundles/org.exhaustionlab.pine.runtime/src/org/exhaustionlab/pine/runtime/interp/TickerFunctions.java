package org.exhaustionlab.pine.runtime.interp;

import java.util.Map;
import java.util.function.Function;
import org.exhaustionlab.pine.runtime.lib.Ticker;

/**
 * ticker.standard / ticker.new / ticker.modify / ticker.inherit. The engine's data are 24/7 crypto bars, on which
 * TradingView's ticker modifiers (session, dividend/split adjustment, futures back-adjustment, settlement as close)
 * change nothing: the identifiers built here carry no modifiers, so request.security receives plain
 * "PREFIX:TICKER" identifiers it can resolve. ticker.standard also strips TradingView's encoded modifiers
 * ({@code ={"session":...,"symbol":"NASDAQ:AAPL"}}). ticker.heikinashi encodes the chart type the same way
 * ({@code ={"symbol":"BINANCE:BTCUSDT","type":"heikinashi"}}): request.security then computes on Heikin Ashi bars
 * of the requested timeframe. The other chart types (renko, kagi, ...) need box settings and tick data: not here.
 */
final class TickerFunctions {
    private TickerFunctions() {
    }

    static void register(Map<String, Function<Bound, Ex>> r) {
        r.put("ticker.standard", b -> {
            Ex id = b.arg("symbol", Kind.STRING);
            return text(b, f -> Ticker.standard((String) id.o(f)));
        });
        r.put("ticker.new", b -> {
            Ex prefix = b.arg("prefix", Kind.STRING);
            Ex ticker = b.arg("ticker", Kind.STRING);
            return text(b, f -> Ticker.of((String) prefix.o(f), (String) ticker.o(f)));
        });
        r.put("ticker.modify", b -> {
            Ex id = b.arg("tickerid", Kind.STRING);
            return text(b, f -> Ticker.standard((String) id.o(f)));
        });
        r.put("ticker.heikinashi", b -> {
            Ex symbol = b.arg("symbol", Kind.STRING);
            return text(b, f -> Ticker.heikinAshi((String) symbol.o(f)));
        });
        // the new symbol inherits from_tickerid's modifiers, of which the engine's identifiers have none
        r.put("ticker.inherit", b -> {
            Ex symbol = b.arg("symbol", Kind.STRING);
            return text(b, f -> Ticker.standard((String) symbol.o(f)));
        });
    }

    private interface Text {
        String of(Frame f);
    }

    private static Ex text(Bound b, Text t) {
        return new Ex(Kind.STRING, b.pos) {
            @Override
            Object o(Frame f) {
                return t.of(f);
            }
        };
    }
}
