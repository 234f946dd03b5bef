package org.exhaustionlab.ui.chart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.exhaustionlab.market.MarketDataFeed;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.store.SeriesInfo;
import org.exhaustionlab.store.SeriesKey;

/**
 * The source / symbol / interval selector above the chart. Choosing a source fills the symbols and intervals it has;
 * choosing a symbol or interval loads the chart. A live feed's symbol can be typed (then Enter).
 */
final class SourceBar {

    private final ChartView view;
    private final Composite bar;
    private final Combo source;
    private final Combo symbol;
    private final Combo interval;
    private final Label message;
    private List<SeriesInfo> stored = List.of();
    private boolean updating;

    SourceBar(Composite parent, ChartView view) {
        this.view = view;
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(7, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        new Label(bar, SWT.NONE).setText("Source");
        source = new Combo(bar, SWT.READ_ONLY);
        new Label(bar, SWT.NONE).setText("Symbol");
        symbol = new Combo(bar, SWT.DROP_DOWN);
        symbol.setLayoutData(new org.eclipse.swt.layout.GridData(150, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText("Interval");
        interval = new Combo(bar, SWT.READ_ONLY);
        message = new Label(bar, SWT.NONE);
        message.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false));
        source.setItems(ChartSources.sources().toArray(new String[0]));
        source.addListener(SWT.Selection, e -> {
            if (!updating) {
                fill(source.getText());
                load();
            }
        });
        symbol.addListener(SWT.Selection, e -> {
            if (!updating) {
                if (ChartSources.STORE.equals(source.getText())) {
                    fillStoredIntervals();
                }
                load();
            }
        });
        symbol.addListener(SWT.DefaultSelection, e -> load());
        interval.addListener(SWT.Selection, e -> {
            if (!updating) {
                load();
            }
        });
    }

    Control control() {
        return bar;
    }

    /** Fills the symbol and interval lists of {@code name}. */
    private void fill(String name) {
        updating = true;
        try {
            message.setText("");
            if (ChartSources.STORE.equals(name)) {
                try {
                    stored = ChartSources.stored();
                } catch (IOException e) {
                    stored = List.of();
                    message.setText("Cannot read the store: " + e.getMessage());
                }
                Set<String> names = new LinkedHashSet<>();
                stored.forEach(s -> names.add(s.key().exchange() + ":" + s.key().symbol()));
                symbol.setItems(names.toArray(new String[0]));
                if (names.isEmpty() && message.getText().isEmpty()) {
                    message.setText("The store is empty: fetch or import data first (exhaustionlab data ...).");
                }
                symbol.select(0);
                fillStoredIntervals();
            } else {
                symbol.setItems(DemoMarket.symbols().stream().map(Symbol::name).toArray(String[]::new));
                symbol.select(0);
                List<String> codes = new ArrayList<>();
                for (Timeframe t : ChartSources.INTERVALS) {
                    codes.add(t.code());
                }
                interval.setItems(codes.toArray(new String[0]));
                interval.select(0);
            }
        } finally {
            updating = false;
        }
    }

    private void fillStoredIntervals() {
        List<String> codes = new ArrayList<>();
        for (SeriesInfo s : stored) {
            if ((s.key().exchange() + ":" + s.key().symbol()).equals(symbol.getText())) {
                codes.add(s.key().interval().code());
            }
        }
        interval.setItems(codes.toArray(new String[0]));
        interval.select(0);
    }

    /** Loads what the selector shows into the chart. */
    private void load() {
        String name = source.getText();
        String sym = symbol.getText().strip();
        if (sym.isEmpty() || interval.getText().isEmpty()) {
            return;
        }
        Timeframe tf = Timeframe.parse(interval.getText());
        try {
            if (ChartSources.DEMO.equals(name)) {
                view.showDemo(sym, tf);
            } else if (ChartSources.STORE.equals(name)) {
                int colon = sym.indexOf(':');
                view.showStored(new SeriesKey(sym.substring(0, colon), sym.substring(colon + 1), tf));
            } else {
                MarketDataFeed feed = ChartSources.liveFeed(name);
                view.showLive(feed, sym.toUpperCase(java.util.Locale.ROOT), tf);
            }
        } catch (IOException | RuntimeException e) {
            message.setText("Cannot show " + sym + " " + tf.code() + ": " + e.getMessage());
        }
    }

    /** Reflects what the chart shows (also when it was changed from elsewhere, e.g. the Markets view). */
    void showing(String name, String sym, Timeframe tf) {
        updating = true;
        try {
            if (!name.equals(source.getText())) {
                if (source.indexOf(name) < 0) {
                    source.add(name);
                }
                source.select(source.indexOf(name));
                updating = false;
                fill(name);
                updating = true;
            }
            if (symbol.indexOf(sym) < 0) {
                symbol.add(sym);
            }
            symbol.select(symbol.indexOf(sym));
            if (interval.indexOf(tf.code()) < 0) {
                interval.add(tf.code());
            }
            interval.select(interval.indexOf(tf.code()));
            message.setText("");
        } finally {
            updating = false;
        }
    }

    /** The chart shows something no source offers (a strategy run): the selector says so. */
    void showingOther(String what) {
        message.setText("Showing " + what + "; choose a source to go back to market data.");
    }

    List<String> selection() {
        return List.of(source.getText(), symbol.getText(), interval.getText());
    }

    List<String> sources() {
        return List.of(source.getItems());
    }

    /** As a user: picks the source, then the symbol and the interval, and the chart loads them. */
    void select(String name, String sym, String tf) {
        if (source.indexOf(name) < 0) {
            throw new IllegalArgumentException("no source '" + name + "'; the selector offers " + sources());
        }
        source.select(source.indexOf(name));
        fill(name);
        updating = true;
        try {
            if (symbol.indexOf(sym) < 0) {
                symbol.add(sym);
            }
            symbol.select(symbol.indexOf(sym));
            if (ChartSources.STORE.equals(name)) {
                fillStoredIntervals();
            }
            interval.select(interval.indexOf(tf));
        } finally {
            updating = false;
        }
        load();
    }

    String message() {
        return message.getText();
    }
}
