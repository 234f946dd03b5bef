package org.exhaustionlab.market.csv;

import java.util.Locale;

/** Which format a CSV file has and in which columns its OHLCV fields are, decided from the first line. */
final class CsvLayout {

    static final int BINANCE_COLUMNS = 12;
    private static final String EXPECTED = "expected a header time,open,high,low,close[,volume] or a 12-column "
            + "Binance kline file without header";

    final CsvFormat format;
    /** Whether the first line is a header (else it is already the first bar). */
    final boolean hasHeader;
    final int columns;
    final int time;
    final int open;
    final int high;
    final int low;
    final int close;
    /** Volume column, -1 if the file has none. */
    final int volume;
    /** Column names for messages, as written in the file (Binance: the documented names). */
    final String[] names;

    private CsvLayout(CsvFormat format, boolean hasHeader, String[] names, int time, int open, int high, int low,
            int close, int volume) {
        this.format = format;
        this.hasHeader = hasHeader;
        this.columns = names.length;
        this.names = names;
        this.time = time;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /** Detects the layout from the first non-blank line, already split into {@code fields}. */
    static CsvLayout detect(String line, FieldSplitter fields, String source, int lineNumber)
            throws CsvFormatException {
        int count = fields.count();
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = fields.text(line, i);
        }
        if (!names[0].isEmpty() && isDigits(names[0])) {
            if (count != BINANCE_COLUMNS) {
                throw new CsvFormatException(source, lineNumber,
                        "unknown format: no header and " + count + " columns (" + EXPECTED + ")");
            }
            String[] binanceNames = {"open time", "open", "high", "low", "close", "volume", "close time",
                    "quote volume", "trades", "taker buy base volume", "taker buy quote volume", "ignore"};
            return new CsvLayout(CsvFormat.BINANCE_KLINES, false, binanceNames, 0, 1, 2, 3, 4, 5);
        }
        int time = -1;
        int open = -1;
        int high = -1;
        int low = -1;
        int close = -1;
        int volume = -1;
        for (int i = 0; i < count; i++) {
            String name = names[i].toLowerCase(Locale.ROOT);
            switch (name) {
                case "time", "open_time", "open time", "opentime", "timestamp", "datetime", "date" -> time =
                        first(time, i);
                case "open" -> open = first(open, i);
                case "high" -> high = first(high, i);
                case "low" -> low = first(low, i);
                case "close" -> close = first(close, i);
                case "volume", "vol" -> volume = first(volume, i);
                default -> {
                    // indicator or other extra column: ignored
                }
            }
        }
        String missing = time < 0 ? "time" : open < 0 ? "open" : high < 0 ? "high" : low < 0 ? "low"
                : close < 0 ? "close" : null;
        if (missing != null) {
            throw new CsvFormatException(source, lineNumber,
                    "unknown format: no '" + missing + "' column in the first line (" + EXPECTED + ")");
        }
        boolean tradingView = time == 0 && open == 1 && high == 2 && low == 3 && close == 4
                && "time".equalsIgnoreCase(names[0]) && (count > 6 || volume != 5 && count > 5);
        return new CsvLayout(tradingView ? CsvFormat.TRADINGVIEW : CsvFormat.HEADER, true, names, time, open, high,
                low, close, volume);
    }

    private static int first(int found, int index) {
        return found >= 0 ? found : index;
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && !(i == 0 && c == '-')) {
                return false;
            }
        }
        return true;
    }
}
