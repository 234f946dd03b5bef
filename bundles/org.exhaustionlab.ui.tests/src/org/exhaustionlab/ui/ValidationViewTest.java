package org.exhaustionlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The Validation view runs the pipeline in a job and shows the score line by line. */
class ValidationViewTest {

    @Test
    void validatesTheFlagshipAndSavesTheReport() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Display display = PlatformUI.getWorkbench().getDisplay();
        ValidationView view = (ValidationView) page.showView(ValidationView.ID);
        assertNotNull(view);
        Job job = view.validate();
        job.join();
        assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));
        // the result reaches the view through the event queue, maybe behind other work (an editor opening)
        long until = System.currentTimeMillis() + 20_000; // hang guard
        while (view.lineCount() < 11 && System.currentTimeMillis() < until) {
            UiTestSupport.flush(display, 50);
        }
        assertEquals(11, view.lineCount(), "the eleven rubric lines; verdict: " + view.verdictText());
        assertTrue(view.verdictText().startsWith("Score "), view.verdictText());
        double[] equity = view.equityShown();
        double[] drawdown = view.drawdownShown();
        assertTrue(equity.length > 100, "the equity chart has the curve: " + equity.length);
        assertEquals(equity.length, drawdown.length);
        assertEquals(0.0, java.util.Arrays.stream(drawdown).max().orElseThrow(), 1e-12, "at a peak the drawdown is 0");
        assertTrue(java.util.Arrays.stream(drawdown).min().orElseThrow() < 0, "and below it is negative");
        Path report = view.saveReport();
        assertNotNull(report);
        assertTrue(Files.readString(report).contains("<svg"), "the HTML report with its charts");
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "validation.png");
        page.hideView(view);
    }
}
