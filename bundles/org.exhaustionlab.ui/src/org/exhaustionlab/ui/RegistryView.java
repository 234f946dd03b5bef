package org.exhaustionlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.StrategyRecord;
import org.exhaustionlab.store.TrialRecord;

/**
 * The strategy registry of the data home: every strategy with its latest metrics and its line of descent. Open one
 * in the editor, or compare two side by side.
 */
public final class RegistryView extends ViewPart {

    public static final String ID = "org.exhaustionlab.ui.views.registry";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** One row: the strategy, its latest trial's metrics and its ancestry (ids, newest first). */
    public record Row(StrategyRecord strategy, Map<String, Double> metrics, List<String> lineage) {
        String metric(String key) {
            Double v = metrics.get(key);
            return v == null ? "" : String.format(java.util.Locale.ROOT, key.equals("fitness") ? "%.4f"
                    : key.equals("trades") ? "%.0f" : "%.2f", v);
        }
    }

    private TableViewer table;
    private Label status;
    private List<Row> rows = List.of();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(5, false));
        button(parent, "Refresh", this::refresh);
        button(parent, "Open", () -> open(selected()));
        button(parent, "Compare", () -> {
            DiffDialog dialog = compareDialog(selected());
            if (dialog != null) {
                dialog.open();
            }
        });
        button(parent, "Show on chart", () -> showOnChart(selected()));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        column("Strategy", 150, r -> r.strategy().name());
        column("Origin", 90, r -> r.strategy().origin());
        column("Fitness", 70, r -> r.metric("fitness"));
        column("Net %", 70, r -> r.metric("net_profit_pct"));
        column("Max DD %", 70, r -> r.metric("max_drawdown_pct"));
        column("Sharpe", 60, r -> r.metric("sharpe"));
        column("Trades", 60, r -> r.metric("trades"));
        column("Lineage", 260, r -> String.join(" ← ", r.lineage()));
        column("Created (UTC)", 120, r -> TIME.format(Instant.ofEpochMilli(r.strategy().createdMs())));
        column("Id", 160, r -> r.strategy().id());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addDoubleClickListener(e -> open(selected()));
        getSite().setSelectionProvider(table);
        refresh();
    }

    private void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
    }

    /** Reloads the registry of the data home. */
    public void refresh() {
        Path home = Prefs.dataHome();
        try (MarketStore store = MarketStore.open(home)) {
            List<Row> loaded = new ArrayList<>();
            for (StrategyRecord s : store.registry().strategies()) {
                List<TrialRecord> trials = store.registry().trialsOf(s.id());
                Map<String, Double> metrics = trials.isEmpty() ? Map.of()
                        : MetricsJson.parse(trials.get(trials.size() - 1).metricsJson());
                List<String> lineage = store.registry().lineage(s.id()).stream().map(StrategyRecord::name)
                        .collect(Collectors.toList());
                loaded.add(new Row(s, metrics, lineage));
            }
            rows = loaded;
            table.setInput(rows);
            status.setText(rows.size() + " strategies in " + store.file());
        } catch (IOException e) {
            rows = List.of();
            table.setInput(rows);
            status.setText("Cannot read the registry in " + home + ": " + e.getMessage());
        }
    }

    private List<Row> selected() {
        List<Row> out = new ArrayList<>();
        for (Object o : ((IStructuredSelection) table.getSelection()).toList()) {
            out.add((Row) o);
        }
        return out;
    }

    /** Selects the rows of these strategy ids, as a click would. */
    public void select(String... ids) {
        List<String> wanted = List.of(ids);
        table.setSelection(new StructuredSelection(rows.stream().filter(r -> wanted.contains(r.strategy().id()))
                .toList()), true);
    }

    /** Writes the selected strategy to a .pine file and opens it; returns the file, or null. */
    public Path open(List<Row> selection) {
        if (selection.size() != 1) {
            status.setText("Select one strategy to open.");
            return null;
        }
        StrategyRecord s = selection.get(0).strategy();
        try {
            Path file = StrategyFiles.write("registry-" + s.id(), s.source());
            status.setText(StrategyFiles.open(getSite().getPage(), file));
            return file;
        } catch (IOException e) {
            status.setText("Could not write " + s.id() + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * Backtests the selected strategy on a year of the demo BTCUSDT market in 1h bars and shows it on the chart;
     * returns the number of trades, or -1 when it cannot.
     */
    public int showOnChart(List<Row> selection) {
        if (selection.size() != 1) {
            status.setText("Select one strategy to show on the chart.");
            return -1;
        }
        StrategyRecord s = selection.get(0).strategy();
        try {
            org.exhaustionlab.market.BarSeries bars = org.exhaustionlab.market.Resampler.resample(
                    org.exhaustionlab.market.synthetic.DemoMarket.generate("BTCUSDT",
                            org.exhaustionlab.market.Timeframe.MINUTE_1, 1_704_067_200_000L, 365 * 1440, 20240101L),
                    org.exhaustionlab.market.Timeframe.HOUR_1);
            int trades = ChartLink.show(getSite().getPage(), s.name(), s.source(), bars).trades().size();
            status.setText(s.name() + " on the chart: " + trades + " trades on BTCUSDT 1h demo data");
            return trades;
        } catch (RuntimeException e) {
            status.setText("Cannot chart " + s.name() + ": " + e.getMessage());
            return -1;
        }
    }

    /** The side-by-side comparison of two selected strategies (not opened), or null. */
    public DiffDialog compareDialog(List<Row> selection) {
        if (selection.size() != 2) {
            status.setText("Select two strategies to compare.");
            return null;
        }
        StrategyRecord a = selection.get(0).strategy();
        StrategyRecord b = selection.get(1).strategy();
        return new DiffDialog(getSite().getShell(), "Compare strategies", a.name() + " (" + a.id() + ")", a.source(),
                b.name() + " (" + b.id() + ")", b.source());
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Row> selection() {
        return selected();
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
