package org.exhaustionlab.market.csv;

import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;

/**
 * What the caller knows about a CSV file beyond its contents. Every part is optional ({@code null} / {@code NaN}):
 * <ul>
 * <li>symbol: full metadata; otherwise the symbol is named {@code symbolName}, or after the file name
 * ({@code BTCUSDT-1m-2024-01.csv} → {@code BTCUSDT}), with lot size 1e-8;</li>
 * <li>tick size: overrides the symbol's; otherwise inferred as 10^-d where d is the most decimals any price in the
 * file has;</li>
 * <li>timeframe: otherwise inferred from the most common time step between bars (or a Binance file name).</li>
 * </ul>
 */
public record CsvImportOptions(Symbol symbol, String symbolName, double tickSize, Timeframe timeframe) {

    private static final CsvImportOptions DEFAULTS = new CsvImportOptions(null, null, Double.NaN, null);

    /** Everything inferred from the file. */
    public static CsvImportOptions defaults() {
        return DEFAULTS;
    }

    public CsvImportOptions withSymbol(Symbol newSymbol) {
        return new CsvImportOptions(newSymbol, symbolName, tickSize, timeframe);
    }

    public CsvImportOptions withSymbolName(String newName) {
        return new CsvImportOptions(symbol, newName, tickSize, timeframe);
    }

    public CsvImportOptions withTickSize(double newTickSize) {
        return new CsvImportOptions(symbol, symbolName, newTickSize, timeframe);
    }

    public CsvImportOptions withTimeframe(Timeframe newTimeframe) {
        return new CsvImportOptions(symbol, symbolName, tickSize, newTimeframe);
    }
}
