package org.exhaustionlab.market.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.exhaustionlab.market.BarSeries;

/**
 * Writes a series in the canonical format {@code time,open,high,low,close,volume}. Numbers are written as the
 * shortest decimal that reads back as the same double ({@link Double#toString} digits, never in exponent notation,
 * without a {@code .0} on whole numbers), so export followed by {@link CsvBarImporter} gives identical values. Bars
 * without volume ({@code NaN}) get an empty volume field.
 */
public final class CsvBarExporter {

    private CsvBarExporter() {
    }

    /** Writes {@code series} to {@code file} (UTF-8, replaced if it exists). */
    public static void export(BarSeries series, Path file, CsvTimeStyle timeStyle) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(series, writer, timeStyle);
        }
    }

    /** Writes {@code series} to {@code out} (not closed here), one bar per line ending in {@code \n}. */
    public static void write(BarSeries series, Writer out, CsvTimeStyle timeStyle) throws IOException {
        StringBuilder line = new StringBuilder(96);
        out.write("time,open,high,low,close,volume\n");
        for (int i = 0; i < series.size(); i++) {
            line.setLength(0);
            long time = series.time(i);
            if (timeStyle == CsvTimeStyle.EPOCH_MS) {
                line.append(time);
            } else {
                IsoTimeFormat.append(line, time);
            }
            line.append(',');
            appendNumber(line, series.open(i)).append(',');
            appendNumber(line, series.high(i)).append(',');
            appendNumber(line, series.low(i)).append(',');
            appendNumber(line, series.close(i)).append(',');
            if (!Double.isNaN(series.volume(i))) {
                appendNumber(line, series.volume(i));
            }
            line.append('\n');
            out.append(line);
        }
        out.flush();
    }

    /** Shortest round-trip decimal of a finite {@code value}: 60000, 0.4512, 0.00001234. */
    static StringBuilder appendNumber(StringBuilder out, double value) {
        // fast path for prices and volumes on a decimal grid: the fewest decimals d such that
        // round(value * 10^d) / 10^d is value again; that division is exactly how the importer reads it back
        double abs = Math.abs(value);
        if (abs < 1e15) {
            for (int d = 0; d < POW10.length; d++) {
                double units = Math.rint(abs * POW10[d]);
                if (units >= 0x1.0p53) {
                    break;
                }
                if (units / POW10[d] == abs) {
                    return appendScaled(out, value < 0 || (value == 0 && 1 / value < 0), (long) units, d);
                }
            }
        }
        String text = Double.toString(value);
        if (text.indexOf('E') >= 0) {
            // same digits, written out: BigDecimal keeps the exact decimal that Double.toString chose
            return out.append(new BigDecimal(text).toPlainString());
        }
        return text.endsWith(".0") ? out.append(text, 0, text.length() - 2) : out.append(text);
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

    /** Writes {@code units × 10^-decimals}. */
    private static StringBuilder appendScaled(StringBuilder out, boolean negative, long units, int decimals) {
        if (negative) {
            out.append('-');
        }
        if (decimals == 0) {
            return out.append(units);
        }
        String digits = Long.toString(units);
        int point = digits.length() - decimals;
        if (point <= 0) {
            out.append("0.");
            for (int i = point; i < 0; i++) {
                out.append('0');
            }
            return out.append(digits);
        }
        return out.append(digits, 0, point).append('.').append(digits, point, digits.length());
    }
}
