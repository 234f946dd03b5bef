package org.exhaustionlab.backtest.pine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * pine/examples/index.tsv: one row per example with its header fields, quality and the figures measured on one year
 * of 1h demo data of each {@link #MARKETS market}. {@link #main} re-measures every example, rewrites index.tsv and the
 * {@code @example-quality} header lines (run it after changing an example or the broker emulator).
 */
final class ExampleIndex {
    static final List<String> MARKETS = List.of("BTCUSDT", "ETHUSDT");
    static final String FILE = "index.tsv";

    /** One row: the figures are in {@link #MARKETS} order. */
    record Row(String file, String name, String tags, double quality, List<ScriptRun.Figures> figures, String data) {
    }

    private ExampleIndex() {
    }

    static String header() {
        StringBuilder h = new StringBuilder("file\tname\ttags\tquality");
        for (String m : MARKETS) {
            h.append("\ttrades_").append(m).append("\tnet_profit_pct_").append(m).append("\tsharpe_").append(m)
                    .append("\tmax_dd_pct_").append(m);
        }
        return h.append("\tdata").toString();
    }

    static String format(Row r) {
        StringBuilder line = new StringBuilder();
        line.append(r.file()).append('\t').append(r.name()).append('\t').append(r.tags()).append('\t')
                .append(String.format(Locale.ROOT, "%.3f", r.quality()));
        for (ScriptRun.Figures f : r.figures()) {
            line.append(String.format(Locale.ROOT, "\t%d\t%.2f\t%.3f\t%.2f", f.trades(), f.netProfitPercent(),
                    f.sharpe(), f.maxDrawdownPercent()));
        }
        return line.append('\t').append(r.data()).toString();
    }

    /** Parses index.tsv; throws with the line number when a row is malformed. */
    static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(header())) {
            throw new IllegalStateException(file + ": the first line must be the header\n" + header());
        }
        List<Row> rows = new ArrayList<>();
        int columns = header().split("\t").length;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] c = lines.get(i).split("\t", -1);
            if (c.length != columns) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": " + c.length + " columns, expected " + columns);
            }
            List<ScriptRun.Figures> figures = new ArrayList<>();
            for (int m = 0; m < MARKETS.size(); m++) {
                int at = 4 + m * 4;
                figures.add(new ScriptRun.Figures(Integer.parseInt(c[at]), Double.parseDouble(c[at + 1]),
                        Double.parseDouble(c[at + 2]), Double.parseDouble(c[at + 3])));
            }
            rows.add(new Row(c[0], c[1], c[2], Double.parseDouble(c[3]), figures, c[columns - 1]));
        }
        return rows;
    }

    /** Runs one example on every market and builds its row. */
    static Row measure(Path script) {
        ExampleHeader h = ExampleHeader.parse(PineFolder.read(script));
        List<ScriptRun.Figures> figures = new ArrayList<>();
        for (String market : MARKETS) {
            figures.add(ScriptRun.of(script, DemoData.yearHourly(market)).figures());
        }
        return new Row(script.getFileName().toString(), h.name(), h.tags(), ExampleQuality.of(figures), figures,
                DemoData.describeYearHourly(MARKETS));
    }

    /** Re-measures every example of {@code args[0]} (default: the located pine folder) and rewrites the index. */
    public static void main(String[] args) throws IOException {
        Path pine = args.length > 0 ? Path.of(args[0]) : PineFolder.find();
        if (pine == null) {
            throw new IllegalStateException("pine/ folder not found: pass it as the first argument");
        }
        List<String> out = new ArrayList<>();
        out.add(header());
        for (Path script : PineFolder.scripts(pine, "examples")) {
            Row row = measure(script);
            out.add(format(row));
            Files.writeString(script, ExampleHeader.withQuality(PineFolder.read(script), row.quality()));
            System.out.println(format(row));
        }
        Files.write(pine.resolve("examples").resolve(FILE), out);
    }
}
