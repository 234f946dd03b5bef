package org.exhaustionlab.ui.editor;

import org.exhaustionlab.optimize.pine.PineStrategyEvaluator;

import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.FitnessFunction;
import org.exhaustionlab.optimize.FitnessPresets;
import org.exhaustionlab.optimize.GeneticOptimizer;
import org.exhaustionlab.optimize.OptimizationResult;
import org.exhaustionlab.optimize.OptimizerConfig;
import org.exhaustionlab.optimize.ParameterSpace;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.ui.chart.ChartView;

/**
 * "Optimise": tunes the active strategy's inputs with the genetic optimiser (balanced fitness, a small population so
 * it finishes in about a minute) on the chart's bars, in a background job; progress and the best values go to the
 * console. The script is not changed: the best values are printed for the user to apply.
 */
public final class OptimiseHandler extends AbstractHandler {

    static final int POPULATION = 16;
    static final int GENERATIONS = 8;

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
                : HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        optimise(page, POPULATION, GENERATIONS);
        return null;
    }

    /** Starts the optimisation and returns its job, or null when there is nothing to optimise (the console says why). */
    public static Job optimise(IWorkbenchPage page, int population, int generations) {
        ActiveScript script = ActiveScript.of(page);
        if (script == null) {
            PineConsole.println("Optimise: open a strategy .pine script in the editor first.");
            return null;
        }
        ChartView chart = (ChartView) page.findView(ChartView.ID);
        BarSeries bars = chart == null ? null : chart.viewer().getData().bars();
        if (bars == null) {
            PineConsole.println("Optimise: show the chart first: the optimiser runs on its bars.");
            return null;
        }
        Job job = Job.create("Optimising " + script.name(), (IProgressMonitor monitor) -> {
            PineProgram program = PineEngine.compile(script.source(), script.name());
            if (program.hasErrors() || !program.isStrategy()) {
                PineConsole.println("Optimise: " + script.name() + (program.hasErrors() ? " has errors (see the editor)"
                        : " is not a strategy() script") + ": nothing to optimise.");
                return Status.OK_STATUS;
            }
            try {
                optimise(script.name(), program, bars, population, generations);
            } catch (RuntimeException e) {
                PineConsole.println("Optimise: " + script.name() + ": " + e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    private static void optimise(String name, PineProgram program, BarSeries bars, int population,
        int generations) {
        PineStrategyEvaluator evaluator = new PineStrategyEvaluator(program, bars, Double.NaN);
        ParameterSpace space = ParameterSpace.fromInputs(PineStrategyEvaluator.inputs(program), Map.of());
        if (space.size() == 0) {
            PineConsole.println("Optimise: " + name + " has no int/float/bool inputs to tune.");
            return;
        }
        FitnessFunction fitness = FitnessPresets.byName("BALANCED");
        OptimizerConfig config = OptimizerConfig.builder().seed(42).populationSize(population)
                .generations(generations).build();
        PineConsole.println(String.format(Locale.ROOT, "Optimising %s on %s %s (%,d bars): %d parameters, "
                + "population %d x %d generations, fitness %s", name, bars.symbol().name(),
                bars.timeframe().code(), bars.size(), space.size(), population, generations, fitness.name()));
        OptimizationResult result = new GeneticOptimizer(space, evaluator, fitness, config)
                .withProgress(p -> PineConsole.println(String.format(Locale.ROOT,
                        "  generation %d/%d: best %.4f, mean %.4f, %d evaluations", p.generation(), generations,
                        p.best(), p.mean(), p.evaluations())))
                .run(evaluator.fullWindow());
        PineConsole.println(String.format(Locale.ROOT, "Best fitness %.4f after %d evaluations; values:",
                result.bestFitness(), result.evaluations()));
        result.bestParams().forEach((k, v) -> PineConsole.println("  " + k + " = " + v));
    }
}
