package org.exhaustionlab.ui;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Symbol;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;

/** The markets the user can research; for now the offline demo markets with their last day's move. */
public final class MarketsView extends ViewPart {

    public static final String ID = "org.exhaustionlab.ui.views.markets";
    private static final long DEMO_START_MS = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    private static final int DAY_MINUTES = 1440;

    private Table table;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : new String[] { "Symbol", "Exchange", "Last", "24h", "Tick" }) {
            TableColumn column = new TableColumn(table, title.equals("Symbol") ? SWT.LEFT : SWT.RIGHT);
            column.setText(title);
            column.setWidth(title.equals("Symbol") ? 110 : 90);
        }
        for (Symbol symbol : DemoMarket.symbols()) {
            BarSeries day = DemoMarket.generate(symbol.name(), Timeframe.MINUTE_1, DEMO_START_MS, DAY_MINUTES, 20240101L);
            double first = day.open(0);
            double last = day.close(day.size() - 1);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { symbol.name(), symbol.exchange(), format(last, symbol.tickSize()),
                    String.format(Locale.ROOT, "%+.2f%%", (last / first - 1) * 100), Double.toString(symbol.tickSize()) });
        }
    }

    /** Rows shown, for tests and for the chart view that will open a market on selection. */
    public int marketCount() {
        return table.getItemCount();
    }

    private static String format(double price, double tick) {
        int decimals = Math.max(0, (int) Math.round(-Math.log10(tick)));
        return String.format(Locale.ROOT, "%,." + decimals + "f", price);
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
