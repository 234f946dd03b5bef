package org.exhaustionlab.market.csv;

/** The CSV layouts the importer recognises from the first line of a file. */
public enum CsvFormat {
    /**
     * Header naming the columns {@code time,open,high,low,close,volume} in any order and case, extra columns ignored
     * ({@code open_time}/{@code timestamp}/{@code date} accepted for time); the canonical export format.
     */
    HEADER,
    /**
     * TradingView "Export chart data": header starting {@code time,open,high,low,close}, then indicator columns (and
     * usually {@code Volume}) in any order; only the OHLCV columns are read.
     */
    TRADINGVIEW,
    /**
     * Binance kline dump (data.binance.vision): no header, 12 columns {@code open time, open, high, low, close,
     * volume, close time, quote volume, trades, taker buy base, taker buy quote, ignore}; open time in ms or µs.
     */
    BINANCE_KLINES
}
