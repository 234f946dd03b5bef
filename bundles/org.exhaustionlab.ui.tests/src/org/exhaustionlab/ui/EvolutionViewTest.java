package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.evolution.EvolutionMode;
import org.exhaustionlab.evolution.EvolutionResult;
import org.exhaustionlab.store.MarketStore;
import org.exhaustionlab.store.StrategyRecord;
import org.junit.jupiter.api.Test;

/** The Evolution perspective and view: a small GA job runs to the end and the view shows its best strategy. */
class EvolutionViewTest {

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final Display display = PlatformUI.getWorkbench().getDisplay();

    @Test
    void smallGaJobCompletesAndTheViewShowsTheBestResult() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(EvolutionPerspective.ID));
        try {
            UiTestSupport.flush(display, 200);
            EvolutionView view = (EvolutionView) page.findView(EvolutionView.ID);
            assertNotNull(view, "the Evolution perspective shows the Evolution view");
            assertNotNull(page.findView(RegistryView.ID), "and the strategy registry");
            view.configure(EvolutionMode.GA, 4, 3, 60);
            Job job = view.start();
            assertNotNull(job);
            assertNull(view.start(), "one run at a time");
            waitFor(job);
            assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
            UiTestSupport.flush(display, 300);

            EvolutionResult result = view.result();
            assertNotNull(result, "the view has the result");
            Candidate best = result.best();
            assertNotNull(best);
            assertEquals(EvolutionMode.GA, result.modeUsed());
            assertTrue(view.statusText().startsWith("Best: " + best.id()), view.statusText());
            assertTrue(view.statusText().contains("run "), "saved to the registry: " + view.statusText());
            assertEquals(result.population().size(), view.populationRows());
            assertTrue(view.fitnessHistory().size() >= 2, "fitness per generation: " + view.fitnessHistory());
            assertTrue(view.fitnessHistory().get(view.fitnessHistory().size() - 1) >= view.fitnessHistory().get(0),
                    "the best fitness never falls: " + view.fitnessHistory());

            Path file = view.openBest();
            assertNotNull(file);
            assertEquals(best.source(), Files.readString(file, StandardCharsets.UTF_8));
            assertTrue(view.lastOpenOutcome().contains(file.toString()), view.lastOpenOutcome());

            if (!best.lineage().parents().isEmpty()) {
                DiffDialog diff = view.diffDialog(best);
                assertNotNull(diff, "the parent of " + best.id() + " is known");
                assertTrue(LineDiff.changes(diff.rows()) > 0, "tuned inputs differ from the seed's");
            }

            assertTrue(view.showOnChart(best), view.statusText());
            org.exhaustionlab.ui.chart.ChartView chart = (org.exhaustionlab.ui.chart.ChartView) page.findView(
                    org.exhaustionlab.ui.chart.ChartView.ID);
            assertNotNull(chart, "the chart shows the best strategy");
            assertEquals(best.trades(), chart.viewer().getData().trades().stream().filter(t -> !t.open()).count(),
                    "the chart's backtest has the run's closed trades");
            assertNotNull(chart.viewer().getData().equity(), "with its equity panel");
            UiTestSupport.screenshot(window.getShell(), "evolution-best-on-chart.png");

            try (MarketStore store = MarketStore.open(Prefs.dataHome())) {
                assertTrue(store.registry().strategies().stream().map(StrategyRecord::name)
                        .anyMatch(best.id()::equals), "the best strategy is in the registry");
            }
            UiTestSupport.screenshot(window.getShell(), "evolution.png");
        } finally {
            page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                    .findPerspectiveWithId(ResearchPerspective.ID));
        }
    }

    @Test
    void hybridRunWithAnUnreachableProviderFallsBackToGaAndSaysSo() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        EvolutionView view = (EvolutionView) page.showView(EvolutionView.ID);
        String key = Prefs.urlKey("llamacpp");
        Prefs.store().setValue(key, "http://127.0.0.1:9/v1"); // nothing listens on the discard port
        try {
            view.configure(EvolutionMode.HYBRID, 2, 1, 30);
            view.configureProvider("llamacpp");
            Job job = view.start();
            assertNotNull(job);
            waitFor(job);
            assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
            UiTestSupport.flush(display, 300);
            EvolutionResult result = view.result();
            assertNotNull(result);
            assertTrue(result.fellBack(), "the run says it fell back: " + result.notices());
            assertEquals(EvolutionMode.GA, result.modeUsed());
            assertTrue(result.notices().get(0).contains("llama.cpp server"), result.notices().get(0));
            assertTrue(view.statusText().contains("GA"), view.statusText());
        } finally {
            Prefs.store().setToDefault(key);
            page.hideView(view);
        }
    }

    @Test
    void cancellingStopsTheJob() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        EvolutionView view = (EvolutionView) page.showView(EvolutionView.ID);
        view.configure(EvolutionMode.GA, 6, 200, 120);
        Job job = view.start();
        assertNotNull(job);
        UiTestSupport.flush(display, 500);
        job.cancel();
        waitFor(job);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), String.valueOf(job.getResult()));
        UiTestSupport.flush(display, 200);
        assertTrue(view.statusText().contains("cancelled"), view.statusText());
        assertNotNull(view.start(), "a new run can start after a cancel");
        // and that one is cancelled too, to leave the workbench idle
        Job.getJobManager().cancel(null);
        page.hideView(view);
        UiTestSupport.flush(display, 300);
    }

    /** Keeps the event loop running while the job works (its events reach the view through asyncExec). */
    private void waitFor(Job job) {
        long until = System.currentTimeMillis() + 300_000; // hang guard only
        while (job.getResult() == null && System.currentTimeMillis() < until) {
            UiTestSupport.flush(display, 50);
        }
        assertNotNull(job.getResult(), "the job did not finish within the hang guard");
    }
}
