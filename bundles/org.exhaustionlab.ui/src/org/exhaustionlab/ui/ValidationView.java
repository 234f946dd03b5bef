package org.exhaustionlab.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
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
 * The readiness score of the flagship strategy on a year of demo data: line by line, with the verdict, the equity and
 * drawdown charts, and the HTML report one click away. The work runs in a background job; the view only shows results.
 */
public final class ValidationView extends ViewPart {

    public static final String ID = "org.exhaustionlab.ui.views.validation";
    private static final long DEMO_START_MS = 1_704_067_200_000L;

    private Label verdict;
    private Table table;
    private Button save;
    private SeriesChart equity;
    private SeriesChart drawdown;
    private volatile ValidationReport report;
    private volatile Job job;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        Label what = new Label(parent, SWT.NONE);
        what.setText("Flagship exhaustion strategy · BTCUSDT 1h · one year of demo data, 3 other markets");
        what.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button run = new Button(parent, SWT.PUSH);
        run.setText("Validate");
        run.addListener(SWT.Selection, e -> validate());
        save = new Button(parent, SWT.PUSH);
        save.setText("Save HTML report");
        save.setEnabled(false);
        save.addListener(SWT.Selection, e -> saveReport());
        verdict = new Label(parent, SWT.NONE);
        verdict.setText("Not validated yet: press Validate.");
        verdict.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        org.eclipse.swt.custom.SashForm charts = new org.eclipse.swt.custom.SashForm(sash, SWT.HORIZONTAL);
        equity = new SeriesChart(charts, "Equity", false, 0x2962FF);
        drawdown = new SeriesChart(charts, "Drawdown from the peak (%)", true, 0xEF5350);
        sash.setWeights(55, 45);
        for (String[] c : new String[][] { { "Item", "260" }, { "Measured", "120" }, { "Rule", "300" }, { "Points", "90" } }) {
            TableColumn column = new TableColumn(table, c[0].equals("Item") ? SWT.LEFT : SWT.RIGHT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
    }

    /** Starts a validation in the background (as the Validate button does) and returns its job. */
    public Job validate() {
        Path pine = pineFolder();
        Job started = Job.create("Validating the flagship strategy", (IProgressMonitor monitor) -> {
            try {
                ValidationReport result = run(pine);
                report = result;
                table.getDisplay().asyncExec(() -> show(result));
                return Status.OK_STATUS;
            } catch (RuntimeException | java.io.IOException e) {
                table.getDisplay().asyncExec(() -> {
                    if (!verdict.isDisposed()) {
                        verdict.setText("Validation failed: " + e.getMessage());
                    }
                });
                return Status.error("validation failed: " + e.getMessage(), e);
            }
        });
        job = started;
        started.schedule();
        return started;
    }

    private static ValidationReport run(Path pine) throws java.io.IOException {
        if (pine == null) {
            throw new IllegalStateException("the shipped Pine scripts were not found (-Dexhaustionlab.pine)");
        }
        String source = Files.readString(pine.resolve("strategies/exhaustion_signal.pine"), StandardCharsets.UTF_8);
        PineProgram program = PineEngine.compile(source, "exhaustion_signal.pine");
        if (program.hasErrors()) {
            throw new IllegalStateException("the flagship has errors: " + program.diagnostics().get(0).message());
        }
        Function<BarSeries, BacktestResult> backtest = bars -> {
            PineStrategyHost host = new PineStrategyHost(bars, Double.NaN);
            RunResult result = program.run(bars, RunOptions.defaults().withStrategyHost(host));
            if (!result.ok()) {
                throw new IllegalStateException(result.failure().toString());
            }
            return host.result();
        };
        BarSeries main = hourly("BTCUSDT");
        List<BarSeries> others = List.of(hourly("ETHUSDT"), hourly("ADAUSDT"), hourly("SOLUSDT"));
        return new ValidationPipeline(backtest, PipelineOptions.defaults()).run(program.title(), main, others);
    }

    private static BarSeries hourly(String symbol) {
        return Resampler.resample(DemoMarket.generate(symbol, Timeframe.MINUTE_1, DEMO_START_MS, 365 * 1440, 20240101L),
                Timeframe.HOUR_1);
    }

    private void show(ValidationReport result) {
        if (table.isDisposed()) {
            return;
        }
        table.removeAll();
        for (ScoreLine line : result.readiness().lines()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { line.item().label(), line.item().format(line.measured()),
                    line.item().thresholdText(), String.format(Locale.ROOT, "%.2f / %.0f", line.points(), line.maxPoints()) });
        }
        long passed = result.readiness().gates().stream().filter(g -> g.passed()).count();
        verdict.setText(String.format(Locale.ROOT, "Score %.1f / 100 — %s · %d of %d gates passed", result.readiness().total(),
                result.readiness().verdict(), passed, result.readiness().gates().size()));
        save.setEnabled(true);
        double[] curve = result.equity().equity();
        equity.setValues(curve, "%,.0f");
        drawdown.setValues(SeriesChart.drawdownPercent(curve), "%.1f%%");
    }

    /** Writes the HTML report to the data home and returns its path. */
    public Path saveReport() {
        ValidationReport current = report;
        if (current == null) {
            return null;
        }
        try {
            String home = System.getProperty("exhaustionlab.home", System.getProperty("user.home") + "/.exhaustionlab");
            Path file = Path.of(home, "reports", "workbench-validation.html");
            Files.createDirectories(file.getParent());
            HtmlReportWriter.write(current, file);
            verdict.setText(verdict.getText() + " · report: " + file);
            return file;
        } catch (java.io.IOException e) {
            verdict.setText("Could not write the report: " + e.getMessage());
            return null;
        }
    }

    /** For tests: the verdict line and the number of score lines shown. */
    public String verdictText() {
        return verdict.getText();
    }

    /** The equity and drawdown (percent) series the charts show. */
    public double[] equityShown() {
        return equity.values();
    }

    public double[] drawdownShown() {
        return drawdown.values();
    }

    public int lineCount() {
        return table.getItemCount();
    }

    static Path pineFolder() {
        String configured = System.getProperty("exhaustionlab.pine");
        Path folder = configured != null ? Path.of(configured) : Path.of("pine");
        return Files.isDirectory(folder.resolve("strategies")) ? folder : null;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        Job running = job;
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }
}
