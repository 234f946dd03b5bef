package org.exhaustionlab.market.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.exhaustionlab.market.BarValidation;

/**
 * Reads all rows of one CSV file into columns, checking every field and bar as it goes; the first problem aborts
 * the whole import with a {@link CsvFormatException} naming the line.
 */
final class CsvBarParser {

    /** More decimals than this in a price are taken to be binary noise of a shorter decimal. */
    private static final int NOISE_DECIMALS = 10;

    private final String source;
    private final FieldSplitter fields = new FieldSplitter();
    private final NumberField numbers = new NumberField();
    private final TimeField times = new TimeField();

    CsvLayout layout;
    int size;
    long[] time = new long[1024];
    double[] open = new double[1024];
    double[] high = new double[1024];
    double[] low = new double[1024];
    double[] close = new double[1024];
    double[] volume = new double[1024];
    /** Most decimals seen in any price: the basis of the inferred tick size. */
    int maxPriceDecimals;
    /** Line of the first (or only) bar, for errors about the file as a whole. */
    int firstBarLine;
    /** For each time step between consecutive bars: {count, line of its first occurrence}. */
    final Map<Long, long[]> steps = new HashMap<>();

    private int lineNumber;
    private int headerLine;
    private int previousLine;

    CsvBarParser(String source) {
        this.source = source;
    }

    void parse(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1); // UTF-8 byte order mark written by Excel
            }
            if (line.isBlank()) {
                continue;
            }
            fields.split(line);
            if (layout == null) {
                layout = CsvLayout.detect(line, fields, source, lineNumber);
                headerLine = lineNumber;
                if (layout.hasHeader) {
                    continue;
                }
            }
            row(line);
        }
        if (layout == null) {
            throw fail(Math.max(1, lineNumber), "file is empty (expected a header time,open,high,low,close,volume "
                    + "or Binance kline rows)");
        }
        if (size == 0) {
            throw fail(headerLine, "no bars after the header");
        }
    }

    private void row(String line) throws CsvFormatException {
        if (fields.count() != layout.columns) {
            throw fail(lineNumber, "expected " + layout.columns + " columns"
                    + (layout.hasHeader ? " as in the header" : "") + ", found " + fields.count());
        }
        long t = times.parse(line, fields.start(layout.time), fields.end(layout.time));
        if (t == TimeField.INVALID) {
            throw fail(lineNumber, "column '" + layout.names[layout.time] + "': '" + fields.text(line, layout.time)
                    + "' " + times.problem);
        }
        double o = price(line, layout.open);
        double h = price(line, layout.high);
        double l = price(line, layout.low);
        double c = price(line, layout.close);
        double v = layout.volume < 0 || fields.start(layout.volume) == fields.end(layout.volume) ? Double.NaN
                : number(line, layout.volume);
        String problem = BarValidation.problem(o, h, l, c, v);
        if (problem != null) {
            throw fail(lineNumber, problem);
        }
        if (size > 0) {
            long previous = time[size - 1];
            if (t == previous) {
                throw fail(lineNumber, "duplicate bar: time " + Instant.ofEpochMilli(t) + " is already on line "
                        + previousLine);
            }
            if (t < previous) {
                throw fail(lineNumber, "time " + Instant.ofEpochMilli(t) + " goes backwards (line " + previousLine
                        + " has " + Instant.ofEpochMilli(previous) + ")");
            }
            long[] step = steps.computeIfAbsent(t - previous, k -> new long[] {0, lineNumber});
            step[0]++;
        } else {
            firstBarLine = lineNumber;
        }
        if (size == time.length) {
            grow();
        }
        time[size] = t;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        size++;
        previousLine = lineNumber;
    }

    private double price(String line, int column) throws CsvFormatException {
        double value = number(line, column);
        int decimals = numbers.decimals > NOISE_DECIMALS ? gridDecimals(value) : numbers.decimals;
        maxPriceDecimals = Math.max(maxPriceDecimals, decimals);
        return value;
    }

    /**
     * Decimals of the coarsest decimal grid {@code value} lies on within binary noise: TradingView exports
     * 1.0683799999999999 for the 5-decimal price 1.06838.
     */
    private static int gridDecimals(double value) {
        double scale = 1;
        for (int d = 0; d <= NOISE_DECIMALS; d++) {
            double scaled = value * scale;
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
                return d;
            }
            scale *= 10;
        }
        return NOISE_DECIMALS;
    }

    private double number(String line, int column) throws CsvFormatException {
        double value = numbers.parse(line, fields.start(column), fields.end(column));
        if (!Double.isFinite(value)) {
            String text = fields.text(line, column);
            String name = "column '" + layout.names[column] + "'";
            if (text.isEmpty()) {
                throw fail(lineNumber, name + " is empty");
            }
            String why = isNanOrInfinity(text) ? "is not a finite number" : "is not a number";
            throw fail(lineNumber, name + ": '" + abbreviate(text) + "' " + why);
        }
        return value;
    }

    private static boolean isNanOrInfinity(String text) {
        String t = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        return t.equalsIgnoreCase("nan") || t.equalsIgnoreCase("infinity") || t.equalsIgnoreCase("inf")
                || t.matches("[0-9.]+[eE][0-9]+"); // an exponent so large the value overflows
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    CsvFormatException fail(int line, String reason) {
        return new CsvFormatException(source, line, reason);
    }

    private void grow() {
        int capacity = time.length * 2;
        time = Arrays.copyOf(time, capacity);
        open = Arrays.copyOf(open, capacity);
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        close = Arrays.copyOf(close, capacity);
        volume = Arrays.copyOf(volume, capacity);
    }
}
