package org.exhaustionlab.ui;

import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;

/**
 * The markets the user can research; for now the offline demo markets with their first day's move. Selecting one
 * shows it on the chart (the selection is a {@link Symbol}).
 */
public final class MarketsView extends ViewPart {

    public static final String ID = "org.exhaustionlab.ui.views.markets";
    private static final long DEMO_START_MS = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    private static final int DAY_MINUTES = 1440;

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Symbol", 110, SWT.LEFT, s -> s.name());
        column("Exchange", 80, SWT.RIGHT, Symbol::exchange);
        column("Last", 90, SWT.RIGHT, s -> format(dayOf(s).close(DAY_MINUTES - 1), s.tickSize()));
        column("24h", 70, SWT.RIGHT, s -> {
            BarSeries day = dayOf(s);
            return String.format(Locale.ROOT, "%+.2f%%", (day.close(DAY_MINUTES - 1) / day.open(0) - 1) * 100);
        });
        column("Tick", 70, SWT.RIGHT, s -> java.math.BigDecimal.valueOf(s.tickSize()).toPlainString());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(DemoMarket.symbols());
        getSite().setSelectionProvider(viewer);
    }

    private void column(String title, int width, int align, java.util.function.Function<Symbol, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, align);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Symbol) element);
            }
        });
    }

    private static BarSeries dayOf(Symbol symbol) {
        return DemoMarket.generate(symbol.name(), Timeframe.MINUTE_1, DEMO_START_MS, DAY_MINUTES, 20240101L);
    }

    /** Rows shown. */
    public int marketCount() {
        return viewer.getTable().getItemCount();
    }

    /** Selects a market as a click would (the chart follows). */
    public void select(String symbol) {
        DemoMarket.symbols().stream().filter(s -> s.name().equals(symbol)).findFirst()
                .ifPresent(s -> viewer.setSelection(new StructuredSelection(s), true));
    }

    private static String format(double price, double tick) {
        int decimals = Math.max(0, (int) Math.round(-Math.log10(tick)));
        return String.format(Locale.ROOT, "%,." + decimals + "f", price);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
