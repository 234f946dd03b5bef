package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.StrategyRecord;
import org.exhaustionlab.store.TrialRecord;
import org.junit.jupiter.api.Test;

/** The registry view lists the strategies of the data home with metrics and lineage, opens and compares them. */
class RegistryViewTest {

    @Test
    void listsStrategiesWithMetricsAndLineageAndComparesTwo() throws Exception {
        String tag = "t" + System.nanoTime();
        try (MarketStore store = MarketStore.open(Prefs.dataHome())) {
            long run = store.registry().startRun("test", "{}", 1);
            store.registry().saveStrategy(new StrategyRecord(tag + "-root", tag + " root", null, "hand",
                    "//@version=6\nstrategy(\"a\")\nx = 1\n", 10));
            store.registry().saveStrategy(new StrategyRecord(tag + "-child", tag + " child", tag + "-root", "ga",
                    "//@version=6\nstrategy(\"a\")\nx = 2\n", 11));
            store.registry().addTrial(new TrialRecord(0, run, tag + "-child", "{}",
                    "{\"fitness\":0.75,\"net_profit_pct\":12.5,\"trades\":42}", 12), new long[0], new double[0]);
            store.registry().finishRun(run, "finished", 13);
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Display display = PlatformUI.getWorkbench().getDisplay();
        RegistryView view = (RegistryView) page.showView(RegistryView.ID);
        view.refresh();
        UiTestSupport.flush(display, 200);
        RegistryView.Row child = view.rows().stream().filter(r -> r.strategy().id().equals(tag + "-child"))
                .findFirst().orElseThrow(() -> new AssertionError("the saved strategy is listed: " + view.rows()));
        assertEquals(List.of(tag + " child", tag + " root"), child.lineage());
        assertEquals(0.75, child.metrics().get("fitness"));
        assertEquals("12.50", child.metric("net_profit_pct"));
        assertTrue(view.statusText().contains(view.rows().size() + " strategies"), view.statusText());

        view.select(tag + "-child");
        Path file = view.open(view.selection());
        assertNotNull(file);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("x = 2"));

        assertEquals(0, view.showOnChart(view.selection()), "a script without orders runs and shows no trades: "
                + view.statusText());
        page.showView(RegistryView.ID);

        view.select(tag + "-root", tag + "-child");
        assertEquals(2, view.selection().size());
        DiffDialog compare = view.compareDialog(view.selection());
        assertNotNull(compare);
        assertEquals(2, LineDiff.changes(compare.rows()), "x = 1 removed, x = 2 added: " + compare.rows());
        compare.setBlockOnOpen(false);
        compare.open();
        UiTestSupport.flush(display, 300);
        UiTestSupport.screenshot(compare.getShell(), "registry-compare.png");
        compare.close();
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "registry.png");
        page.hideView(view);
    }

    @Test
    void lineDiffAlignsChangedLines() {
        List<LineDiff.Row> rows = LineDiff.of("a\nb\nc", "a\nB\nc\nd");
        assertEquals(List.of(LineDiff.Kind.SAME, LineDiff.Kind.ADDED, LineDiff.Kind.REMOVED, LineDiff.Kind.SAME,
                LineDiff.Kind.ADDED), rows.stream().map(LineDiff.Row::kind).toList());
    }
}
