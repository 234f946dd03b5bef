package org.exhaustionlab.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.pine.PineStrategyHost;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Resampler;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.exhaustionlab.validation.adapters.PipelineOptions;
import org.exhaustionlab.validation.adapters.ValidationPipeline;
import org.exhaustionlab.validation.report.HtmlReportWriter;
import org.exhaustionlab.validation.report.ValidationReport;
import org.exhaustionlab.validation.score.ScoreLine;

/**
 * "Validate": scores the active strategy's readiness (the validation pipeline: BTCUSDT 1h, one year of demo data,
 * three other markets for robustness) in a background job; the score lines go to the console and the HTML report to
 * the data home's reports folder.
 */
public final class ValidateHandler extends AbstractHandler {

    private static final long DEMO_START_MS = 1_704_067_200_000L; // 2024-01-01T00:00:00Z

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
                : HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        validate(page);
        return null;
    }

    /** Starts the validation and returns its job, or null when no script is open (the console says so). */
    public static Job validate(IWorkbenchPage page) {
        ActiveScript script = ActiveScript.of(page);
        if (script == null) {
            PineConsole.println("Validate: open a strategy .pine script in the editor first.");
            return null;
        }
        Job job = Job.create("Validating " + script.name(), (IProgressMonitor monitor) -> {
            PineProgram program = PineEngine.compile(script.source(), script.name());
            if (program.hasErrors() || !program.isStrategy()) {
                PineConsole.println("Validate: " + script.name() + (program.hasErrors() ? " has errors (see the editor)"
                        : " is not a strategy() script") + ": nothing to validate.");
                return Status.OK_STATUS;
            }
            PineConsole.println("Validating " + script.name() + " on BTCUSDT 1h, one year of demo data...");
            try {
                ValidationReport report = run(program);
                long passed = report.readiness().gates().stream().filter(g -> g.passed()).count();
                PineConsole.println(String.format(Locale.ROOT, "Score %.1f / 100 \u2014 %s \u00b7 %d of %d gates passed",
                        report.readiness().total(), report.readiness().verdict(), passed,
                        report.readiness().gates().size()));
                for (ScoreLine line : report.readiness().lines()) {
                    PineConsole.println(String.format(Locale.ROOT, "  %-32s %12s  %-30s %5.2f / %.0f",
                            line.item().label(), line.item().format(line.measured()), line.item().thresholdText(),
                            line.points(), line.maxPoints()));
                }
                Path file = reportFile(script.name());
                Files.createDirectories(file.getParent());
                HtmlReportWriter.write(report, file);
                PineConsole.println("Report: " + file);
            } catch (RuntimeException | java.io.IOException e) {
                PineConsole.println("Validate: " + script.name() + ": " + e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    private static ValidationReport run(PineProgram program) {
        Function<BarSeries, BacktestResult> backtest = bars -> {
            PineStrategyHost host = new PineStrategyHost(bars, Double.NaN);
            RunResult result = program.run(bars, RunOptions.defaults().withStrategyHost(host));
            if (!result.ok()) {
                throw new IllegalStateException(result.failure().toString());
            }
            return host.result();
        };
        List<BarSeries> others = List.of(hourly("ETHUSDT"), hourly("ADAUSDT"), hourly("SOLUSDT"));
        return new ValidationPipeline(backtest, PipelineOptions.defaults()).run(program.title(), hourly("BTCUSDT"),
                others);
    }

    private static BarSeries hourly(String symbol) {
        return Resampler.resample(DemoMarket.generate(symbol, Timeframe.MINUTE_1, DEMO_START_MS, 365 * 1440, 20240101L),
                Timeframe.HOUR_1);
    }

    private static Path reportFile(String scriptName) {
        String home = System.getProperty("exhaustionlab.home", System.getProperty("user.home") + "/.exhaustionlab");
        return Path.of(home, "reports", scriptName.replaceFirst("\\.pine$", "") + "-validation.html");
    }
}
