package org.exhaustionlab.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.part.ViewPart;
import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.evolution.EvolutionConfig;
import org.exhaustionlab.evolution.EvolutionMode;
import org.exhaustionlab.evolution.EvolutionResult;
import org.exhaustionlab.evolution.KnowledgeBase;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.llm.ProviderPresets;
import org.exhaustionlab.llm.openai.OpenAiCompatibleProvider;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.market.Resampler;
import org.exhaustionlab.market.Timeframe;
import org.exhaustionlab.market.synthetic.DemoMarket;
import org.exhaustionlab.optimize.Metrics;

/**
 * Configure and start an evolution run (GA, LLM or HYBRID) as a background job, watch the best fitness per
 * generation and the population, open the best strategy in the editor and diff a candidate against its parent.
 * The data is the demo BTCUSDT market in 1h bars; the seed is the flagship strategy.
 */
public final class EvolutionView extends ViewPart {

    public static final String ID = "org.exhaustionlab.ui.views.evolution";
    private static final long DEMO_START_MS = 1_704_067_200_000L;

    private Combo mode;
    private Spinner population;
    private Spinner generations;
    private Spinner days;
    private Combo provider;
    private Button run;
    private Button cancel;
    private Button openBest;
    private Button diff;
    private Button chartBest;
    private BarSeries runBars;
    private Label status;
    private FitnessChart chart;
    private TableViewer table;
    private final List<Candidate> rows = new ArrayList<>();
    private volatile EvolutionJob job;
    private volatile EvolutionResult result;
    private Map<String, Candidate> seen = new HashMap<>();
    private String lastOutcome = "";

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite form = new Composite(parent, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        form.setLayout(new GridLayout(14, false));
        mode = combo(form, "Mode", new String[] { "GA", "LLM", "HYBRID" }, "GA");
        population = spinner(form, "Population", 2, 200, 8);
        generations = spinner(form, "Generations", 1, 500, 10);
        days = spinner(form, "Days (BTCUSDT 1h demo)", 10, 730, 180);
        provider = combo(form, "Provider", ProviderPresets.ids().toArray(new String[0]), Prefs.provider());
        run = new Button(form, SWT.PUSH);
        run.setText("Run");
        run.addListener(SWT.Selection, e -> start());
        cancel = new Button(form, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> cancelRun());
        status = new Label(parent, SWT.NONE);
        status.setText("Not run yet: choose the mode and sizes, then Run.");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = new FitnessChart(sash);
        Composite lower = new Composite(sash, SWT.NONE);
        lower.setLayout(new GridLayout(4, false));
        openBest = new Button(lower, SWT.PUSH);
        openBest.setText("Open best");
        openBest.setEnabled(false);
        openBest.addListener(SWT.Selection, e -> openBest());
        diff = new Button(lower, SWT.PUSH);
        diff.setText("Diff with parent");
        diff.setEnabled(false);
        diff.addListener(SWT.Selection, e -> {
            DiffDialog dialog = diffDialog(selectedOrBest());
            if (dialog != null) {
                dialog.open();
            }
        });
        chartBest = new Button(lower, SWT.PUSH);
        chartBest.setText("Show on chart");
        chartBest.setEnabled(false);
        chartBest.addListener(SWT.Selection, e -> showOnChart(selectedOrBest()));
        new Label(lower, SWT.NONE).setText("Population (best first); select a candidate to diff or chart it");
        table = new TableViewer(lower, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        column("Candidate", 150, c -> c.id());
        column("Fitness", 80, c -> String.format(Locale.ROOT, "%.4f", c.fitness()));
        column("Trades", 60, c -> Integer.toString(c.trades()));
        column("Net %", 70, c -> String.format(Locale.ROOT, "%.2f", c.metric(Metrics.NET_PROFIT_PCT)));
        column("Max DD %", 70, c -> String.format(Locale.ROOT, "%.2f", c.metric(Metrics.MAX_DRAWDOWN_PCT)));
        column("Sharpe", 60, c -> String.format(Locale.ROOT, "%.3f", c.metric(Metrics.SHARPE)));
        column("Operator", 110, c -> c.lineage().operator());
        column("Parent", 120, c -> String.join(", ", c.lineage().parents()));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(rows);
        sash.setWeights(35, 65);
        getSite().setSelectionProvider(table);
    }

    private Combo combo(Composite parent, String label, String[] items, String selected) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        int index = java.util.Arrays.asList(items).indexOf(selected);
        combo.select(Math.max(0, index));
        return combo;
    }

    private Spinner spinner(Composite parent, String label, int min, int max, int value) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        return spinner;
    }

    private void column(String title, int width, java.util.function.Function<Candidate, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Candidate) element);
            }
        });
    }

    /** Sets the form as a user would (for tests and callers). */
    public void configure(EvolutionMode m, int populationSize, int generationCount, int dayCount) {
        mode.select(java.util.Arrays.asList(mode.getItems()).indexOf(m.name()));
        population.setSelection(populationSize);
        generations.setSelection(generationCount);
        days.setSelection(dayCount);
    }

    /** Chooses the LLM provider in the form (one of {@link ProviderPresets#ids()}). */
    public void configureProvider(String id) {
        int index = java.util.Arrays.asList(provider.getItems()).indexOf(id);
        if (index < 0) {
            throw new IllegalArgumentException("unknown provider '" + id + "'; the form offers "
                    + String.join(", ", provider.getItems()));
        }
        provider.select(index);
    }

    /** Starts a run with the form's settings (as the Run button does) and returns its job, or null. */
    public Job start() {
        if (job != null) {
            return null;
        }
        EvolutionMode m = EvolutionMode.valueOf(mode.getText());
        int size = population.getSelection();
        EvolutionConfig config = EvolutionConfig.defaults().withMode(m).withSize(size, generations.getSelection(),
                Math.min(2, size)).withTuning(2, 4);
        String flagship = flagship();
        if (flagship != null) {
            config = config.withSeedScript(flagship);
        }
        KnowledgeBase knowledge;
        try {
            Path pine = ValidationView.pineFolder();
            knowledge = pine == null ? KnowledgeBase.EMPTY : KnowledgeBase.load(pine.resolve("examples"));
        } catch (IOException e) {
            knowledge = KnowledgeBase.EMPTY;
        }
        LlmProvider model = null;
        if (m != EvolutionMode.GA) {
            try {
                model = new OpenAiCompatibleProvider(Prefs.providerConfig(provider.getText(), SecureKeys.standard()));
            } catch (RuntimeException e) {
                status.setText("The LLM provider cannot be set up (" + e.getMessage() + "); the run falls back to GA.");
            }
        }
        BarSeries bars = Resampler.resample(DemoMarket.generate("BTCUSDT", Timeframe.MINUTE_1, DEMO_START_MS,
                days.getSelection() * 1440, 20240101L), Timeframe.HOUR_1);
        rows.clear();
        table.refresh();
        chart.clear();
        result = null;
        openBest.setEnabled(false);
        diff.setEnabled(false);
        runBars = bars;
        chartBest.setEnabled(false);
        EvolutionJob started = new EvolutionJob(config, bars, knowledge, model, new UiEvents());
        job = started;
        run.setEnabled(false);
        cancel.setEnabled(true);
        status.setText("Running: " + started.getName());
        started.schedule();
        return started;
    }

    private void cancelRun() {
        EvolutionJob running = job;
        if (running != null) {
            running.cancel();
            status.setText("Cancelling…");
        }
    }

    /** Relays the job's events to the UI thread. */
    private final class UiEvents implements EvolutionJob.Events {
        @Override
        public void generation(int generation, double bestFitness) {
            ui(() -> chart.add(generation, bestFitness));
        }

        @Override
        public void candidate(Candidate c) {
            ui(() -> {
                rows.removeIf(r -> r.id().equals(c.id()));
                rows.add(c);
                rows.sort((a, b) -> Double.compare(b.fitness(), a.fitness()));
                table.refresh();
            });
        }

        @Override
        public void notice(String text) {
            ui(() -> status.setText(text));
        }

        @Override
        public void finished(EvolutionResult r, Map<String, Candidate> all, String savedAs) {
            ui(() -> {
                result = r;
                seen = new HashMap<>(all);
                rows.clear();
                rows.addAll(r.population());
                table.refresh();
                Candidate best = r.best();
                status.setText(best == null ? "Finished without a candidate." : "Best: " + best.summary() + " · "
                        + r.modeUsed() + " · " + r.trials() + " backtests · " + savedAs);
                openBest.setEnabled(best != null);
                diff.setEnabled(best != null);
                chartBest.setEnabled(best != null);
                done();
            });
        }

        @Override
        public void failed(String message) {
            ui(() -> {
                status.setText("Run " + ("cancelled".equals(message) ? "cancelled." : "failed: " + message));
                done();
            });
        }
    }

    private void done() {
        job = null;
        run.setEnabled(true);
        cancel.setEnabled(false);
    }

    private void ui(Runnable r) {
        if (!status.isDisposed()) {
            status.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private Candidate selectedOrBest() {
        Object selected = ((IStructuredSelection) table.getSelection()).getFirstElement();
        if (selected instanceof Candidate) {
            return (Candidate) selected;
        }
        return result == null ? null : result.best();
    }

    /** Writes the best strategy to the data home and opens it with the editor for *.pine; returns the file. */
    public Path openBest() {
        EvolutionResult r = result;
        if (r == null || r.best() == null) {
            return null;
        }
        try {
            Path file = StrategyFiles.write("evolved-best-" + r.best().id(), r.best().source());
            lastOutcome = StrategyFiles.open(getSite().getPage(), file);
            status.setText(lastOutcome);
            return file;
        } catch (IOException e) {
            status.setText("Could not write the best strategy: " + e.getMessage());
            return null;
        }
    }

    /** Backtests {@code c} on the run's bars and shows it on the chart (trades, equity); false when it cannot. */
    public boolean showOnChart(Candidate c) {
        if (c == null || runBars == null) {
            status.setText("Run an evolution first.");
            return false;
        }
        try {
            ChartLink.show(getSite().getPage(), c.id(), c.source(), runBars);
            return true;
        } catch (RuntimeException e) {
            status.setText("Cannot chart " + c.id() + ": " + e.getMessage());
            return false;
        }
    }

    /** The side-by-side diff of {@code c} against its first parent (not opened), or null when it has none. */
    public DiffDialog diffDialog(Candidate c) {
        if (c == null || c.lineage().parents().isEmpty()) {
            status.setText(c == null ? "Select a candidate." : c.id() + " has no parent (it is the seed).");
            return null;
        }
        Candidate parent = seen.get(c.lineage().parents().get(0));
        if (parent == null) {
            status.setText("The parent " + c.lineage().parents().get(0) + " of " + c.id() + " is not known.");
            return null;
        }
        return new DiffDialog(getSite().getShell(), "Diff with parent", parent.id() + " (parent)", parent.source(),
                c.id(), c.source());
    }

    private static String flagship() {
        Path pine = ValidationView.pineFolder();
        if (pine == null) {
            return null;
        }
        try {
            return Files.readString(pine.resolve("strategies/exhaustion_signal.pine"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** For tests and the status line. */
    public EvolutionResult result() {
        return result;
    }

    public int populationRows() {
        return table.getTable().getItemCount();
    }

    public List<Double> fitnessHistory() {
        return chart.points().stream().map(FitnessChart.Point::fitness).toList();
    }

    public String statusText() {
        return status.getText();
    }

    public String lastOpenOutcome() {
        return lastOutcome;
    }

    @Override
    public void setFocus() {
        run.setFocus();
    }

    @Override
    public void dispose() {
        EvolutionJob running = job;
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }
}
