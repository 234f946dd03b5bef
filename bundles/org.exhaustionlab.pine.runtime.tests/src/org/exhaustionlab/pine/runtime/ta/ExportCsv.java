package org.exhaustionlab.pine.runtime.ta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A TradingView "Export chart data" CSV: OHLCV bars plus one column per plotted value, na read as NaN. */
record ExportCsv(String name, List<String> headers, double[][] columns) {

    static ExportCsv read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> headers = split(lines.get(0));
        double[][] columns = new double[headers.size()][lines.size() - 1];
        for (int row = 1; row < lines.size(); row++) {
            List<String> cells = split(lines.get(row));
            if (cells.size() != headers.size()) {
                throw new IOException(file + ":" + (row + 1) + ": expected " + headers.size() + " cells, found "
                        + cells.size());
            }
            for (int c = 0; c < cells.size(); c++) {
                // times come as epoch seconds or ISO-8601; no ta function needs them, so the column holds bar numbers
                columns[c][row - 1] = headers.get(c).equals("time") ? row - 1 : parse(cells.get(c));
            }
        }
        return new ExportCsv(file.getFileName().toString(), headers, columns);
    }

    int bars() {
        return columns[0].length;
    }

    double[] column(String header) {
        int index = headers.indexOf(header);
        if (index < 0) {
            throw new IllegalArgumentException(name + " has no column '" + header + "'");
        }
        return columns[index];
    }

    /** The bars of this export as an array (volume NaN when the file has none). */
    Bar[] bars(boolean withVolume) {
        double[] open = column("open");
        double[] high = column("high");
        double[] low = column("low");
        double[] close = column("close");
        double[] volume = withVolume ? column("Volume") : null;
        Bar[] bars = new Bar[bars()];
        for (int i = 0; i < bars.length; i++) {
            bars[i] = new Bar(i, open[i], high[i], low[i], close[i], volume == null ? Double.NaN : volume[i]);
        }
        return bars;
    }

    private static double parse(String cell) {
        return cell.isEmpty() || cell.equals("NaN") ? Double.NaN : Double.parseDouble(cell);
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** One bar; hl2, hlc3, ohlc4 and hlcc4 as Pine defines them. */
    record Bar(int index, double open, double high, double low, double close, double volume) {
        double hl2() {
            return (high + low) / 2;
        }

        double hlc3() {
            return (high + low + close) / 3;
        }

        double ohlc4() {
            return (open + high + low + close) / 4;
        }

        double hlcc4() {
            return (high + low + close + close) / 4;
        }
    }
}
