package org.exhaustionlab.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.Diagnostic;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.ui.chart.ChartView;

/**
 * "Run on chart": runs the active editor's script on the chart's bars in a background job and shows its plots,
 * shapes, lines, boxes, labels, background and bar colours and (for a strategy) trades on the chart; the summary or the errors go to the console.
 */
public final class RunOnChartHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
                : HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        runOnChart(page, ActiveScript.of(page));
        return null;
    }

    /** Starts the run and returns its job, or null when there is no script or no chart (the console says why). */
    public static Job runOnChart(IWorkbenchPage page) {
        return runOnChart(page, ActiveScript.of(page));
    }

    static Job runOnChart(IWorkbenchPage page, ActiveScript script) {
        if (script == null) {
            PineConsole.println("Run on chart: open a .pine script in the editor first.");
            return null;
        }
        ChartView chart;
        try {
            chart = (ChartView) page.showView(ChartView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            PineConsole.println("Run on chart: the chart cannot be opened: " + e.getMessage());
            return null;
        }
        BarSeries bars = chart.viewer().getData().bars();
        Display display = Display.getCurrent();
        Job job = Job.create("Running " + script.name() + " on the chart", (IProgressMonitor monitor) -> {
            PineProgram program = PineEngine.compile(script.source(), script.name());
            if (program.hasErrors()) {
                PineConsole.println(script.name() + " has errors and cannot run:");
                for (Diagnostic d : program.diagnostics()) {
                    PineConsole.println("  line " + d.line() + ":" + d.column() + " " + d.severity().label() + ": "
                            + d.message());
                }
                return Status.OK_STATUS; // the problems are in the editor and the console; no error dialog
            }
            try {
                ChartRun run = ChartRun.run(program, bars, script.source());
                display.asyncExec(() -> {
                    if (!chart.viewer().getControl().isDisposed()) {
                        chart.viewer().setData(run.data());
                    }
                });
                PineConsole.println("Ran " + run.summary());
            } catch (RuntimeException e) {
                PineConsole.println("Run on chart: " + script.name() + ": " + e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }
}
