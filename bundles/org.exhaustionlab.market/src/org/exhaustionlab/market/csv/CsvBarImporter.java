package org.exhaustionlab.market.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;

/**
 * Imports OHLCV bars from CSV, detecting the {@link CsvFormat} from the first line. Files are read as UTF-8.
 * <p>
 * Import is all or nothing: the first bad line aborts with a {@link CsvFormatException} whose message names the file
 * and line ({@code btc.csv:17: high 41000.5 is below low 41200.0}). Refused: unreadable or non-finite fields, a
 * wrong number of columns, times that repeat or go backwards, bars breaking {@code low <= open, close <= high} or
 * with negative volume, files without bars, unknown layouts. An empty volume field, or no volume column, gives
 * {@code NaN} volume (no volume data, like Pine's {@code na}).
 */
public final class CsvBarImporter {

    private static final double UNKNOWN_LOT_SIZE = 1e-8;
    private static final int MAX_INFERRED_DECIMALS = 12;
    private static final long DAY_MS = 86_400_000L;

    private CsvBarImporter() {
    }

    /** Imports {@code file}, inferring symbol, tick size and timeframe. */
    public static BarSeries importFile(Path file) throws IOException {
        return importFile(file, CsvImportOptions.defaults());
    }

    /** Imports {@code file}; messages name it by its file name. */
    public static BarSeries importFile(Path file, CsvImportOptions options) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importFrom(reader, name, options);
        }
    }

    /**
     * Imports CSV text from {@code reader} (not closed here).
     *
     * @param sourceName file name used in error messages and, unless the options name a symbol, as the symbol name
     */
    public static BarSeries importFrom(Reader reader, String sourceName, CsvImportOptions options)
            throws IOException {
        BufferedReader buffered = reader instanceof BufferedReader ? (BufferedReader) reader
                : new BufferedReader(reader, 1 << 16);
        CsvBarParser parser = new CsvBarParser(sourceName);
        parser.parse(buffered);
        Timeframe timeframe = options.timeframe() != null ? options.timeframe() : inferTimeframe(parser, sourceName);
        Symbol symbol = symbol(parser, sourceName, options);
        BarSeries.Builder bars = BarSeries.builder(symbol, timeframe, parser.size);
        try {
            for (int i = 0; i < parser.size; i++) {
                bars.add(parser.time[i], parser.open[i], parser.high[i], parser.low[i], parser.close[i],
                        parser.volume[i]);
            }
        } catch (IllegalArgumentException e) {
            // every rule was checked per line already; reaching this means the two checks disagree
            throw new IllegalStateException("bars accepted by the CSV parser failed series validation", e);
        }
        return bars.build();
    }

    /** The format of a file whose first non-blank line is {@code firstLine}. */
    public static CsvFormat detectFormat(String firstLine, String sourceName) throws CsvFormatException {
        FieldSplitter fields = new FieldSplitter();
        fields.split(firstLine);
        return CsvLayout.detect(firstLine, fields, sourceName, 1).format;
    }

    private static Symbol symbol(CsvBarParser parser, String sourceName, CsvImportOptions options) {
        double tick = options.tickSize();
        Symbol given = options.symbol();
        if (given != null) {
            return Double.isNaN(tick) ? given : given.withTickSize(tick);
        }
        if (Double.isNaN(tick)) {
            int decimals = Math.min(parser.maxPriceDecimals, MAX_INFERRED_DECIMALS);
            tick = Double.parseDouble("1e-" + decimals);
        }
        String name = options.symbolName() != null ? options.symbolName() : nameFromFile(sourceName);
        return Symbol.of(name, tick, UNKNOWN_LOT_SIZE);
    }

    /** {@code BTCUSDT-1m-2024-01.csv} → {@code BTCUSDT}; {@code btc.csv} → {@code BTC}. */
    static String nameFromFile(String sourceName) {
        String base = baseName(sourceName);
        int cut = base.length();
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (c == '-' || c == '_' || c == '.' || c == ' ') {
                cut = i;
                break;
            }
        }
        String name = base.substring(0, cut).toUpperCase(Locale.ROOT);
        return name.isEmpty() ? "UNKNOWN" : name;
    }

    private static String baseName(String sourceName) {
        String base = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /** Timeframe of the most common step between bars; a single bar needs a Binance-style file name. */
    private static Timeframe inferTimeframe(CsvBarParser parser, String sourceName) throws CsvFormatException {
        long bestStep = 0;
        long bestCount = 0;
        long bestLine = parser.firstBarLine;
        for (Map.Entry<Long, long[]> e : parser.steps.entrySet()) {
            long count = e.getValue()[0];
            if (count > bestCount || count == bestCount && e.getKey() < bestStep) {
                bestStep = e.getKey();
                bestCount = count;
                bestLine = e.getValue()[1];
            }
        }
        if (bestCount == 0) {
            Optional<Timeframe> fromName = timeframeFromFileName(sourceName);
            if (fromName.isPresent()) {
                return fromName.get();
            }
            throw parser.fail(parser.firstBarLine,
                    "cannot infer the timeframe from a single bar; give the timeframe explicitly");
        }
        if (bestStep >= 28 * DAY_MS && bestStep <= 31 * DAY_MS) {
            return Timeframe.MONTH_1;
        }
        Optional<Timeframe> timeframe = Timeframe.ofDurationMs(bestStep);
        if (timeframe.isEmpty()) {
            throw parser.fail((int) bestLine, "bars are mostly " + describe(bestStep) + " apart, which is not a "
                    + "supported timeframe; give the timeframe explicitly");
        }
        return timeframe.get();
    }

    private static Optional<Timeframe> timeframeFromFileName(String sourceName) {
        String[] parts = baseName(sourceName).split("[-_]");
        for (int i = 1; i < parts.length; i++) {
            try {
                return Optional.of(Timeframe.parse(parts[i]));
            } catch (IllegalArgumentException notATimeframe) {
                // try the next part
            }
        }
        return Optional.empty();
    }

    private static String describe(long ms) {
        if (ms % 60_000 == 0) {
            return ms / 60_000 + " minutes";
        }
        return ms % 1000 == 0 ? ms / 1000 + " seconds" : ms + " ms";
    }
}
