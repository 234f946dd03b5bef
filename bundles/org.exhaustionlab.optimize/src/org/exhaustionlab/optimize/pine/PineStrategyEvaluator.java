package org.exhaustionlab.optimize.pine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.PeriodReturn;
import org.exhaustionlab.backtest.pine.PineStrategyHost;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.DataWindow;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.Evaluator;
import org.exhaustionlab.optimize.InputSpec;
import org.exhaustionlab.optimize.Metrics;
import org.exhaustionlab.pine.runtime.InputInfo;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;

/**
 * One backtest of a compiled Pine strategy per parameter set, measured the way every optimiser, the evolution and
 * the workbench measure it (the {@link Metrics} keys plus daily returns for the validator). The program is immutable
 * and each evaluation gets its own broker, so evaluations run in parallel.
 */
public final class PineStrategyEvaluator implements Evaluator {

    private final PineProgram program;
    private final BarSeries bars;
    private final double tick;

    /**
     * @param tick the symbol's tick size, or NaN for the bars' own (the host's fallback)
     * @throws IllegalArgumentException when the script is not a strategy() (there is nothing to evaluate)
     */
    public PineStrategyEvaluator(PineProgram program, BarSeries bars, double tick) {
        if (!program.isStrategy()) {
            throw new IllegalArgumentException(program.fileName() + " is not a strategy() script: nothing to evaluate");
        }
        this.program = program;
        this.bars = bars;
        this.tick = tick;
    }

    /** Backtests a compiled strategy with its default inputs on all {@code bars}. */
    public static Evaluation backtest(PineProgram program, BarSeries bars) {
        if (!program.isStrategy()) {
            return Evaluation.failed(program.fileName() + " is not a strategy() script");
        }
        return new PineStrategyEvaluator(program, bars, Double.NaN).run();
    }

    /** The whole of {@code bars} as a window (end exclusive: the last bar's close time). */
    public static DataWindow fullWindow(BarSeries bars) {
        return new DataWindow(bars.firstTime(), bars.lastTime() + bars.timeframe().durationMs());
    }

    /** The whole of this evaluator's bars. */
    public DataWindow fullWindow() {
        return fullWindow(bars);
    }

    /** A backtest with the script's default inputs on all bars. */
    public Evaluation run() {
        return evaluate(Map.of(), fullWindow(bars));
    }

    @Override
    public Evaluation evaluate(Map<String, Object> params, DataWindow window) {
        BarSeries slice = bars.sliceByTime(window.startMs(), window.endMs());
        if (slice.size() < 2) {
            return Evaluation.failed("no bars in " + window);
        }
        PineStrategyHost host = new PineStrategyHost(slice, tick);
        // the strategy's result is all an evaluation needs: plots are not recorded
        RunResult run = program.run(slice,
                RunOptions.defaults().withInputs(params).withStrategyHost(host).withoutPlots());
        if (!run.ok()) {
            return Evaluation.failed("runtime error at " + run.failure());
        }
        return evaluation(host.result(), slice);
    }

    /** The optimiser's measurements of one backtest over {@code bars}. */
    public static Evaluation evaluation(BacktestResult result, BarSeries bars) {
        org.exhaustionlab.backtest.Metrics m = result.metrics();
        Map<String, Double> metrics = new HashMap<>();
        metrics.put(Metrics.NET_PROFIT_PCT, m.all().netProfitPercent());
        metrics.put(Metrics.SHARPE, m.sharpeRatio());
        metrics.put(Metrics.SORTINO, m.sortinoRatio());
        metrics.put(Metrics.MAX_DRAWDOWN_PCT, Math.abs(m.maxDrawdownPercent()));
        metrics.put(Metrics.WIN_RATE_PCT, m.all().percentProfitable());
        metrics.put(Metrics.PROFIT_FACTOR, m.all().profitFactor());
        metrics.put(Metrics.TRADES, (double) m.all().totalClosedTrades());
        double days = Math.max(1e-9, (bars.lastTime() - bars.firstTime()) / 86_400_000d);
        metrics.put(Metrics.TRADES_PER_DAY, m.all().totalClosedTrades() / days);
        List<PeriodReturn> daily = m.dailyReturns();
        double[] returns = new double[daily.size()];
        long[] starts = new long[daily.size()];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = daily.get(i).returnRate();
            starts[i] = daily.get(i).start();
        }
        return new Evaluation(metrics, returns, starts, null);
    }

    /** The script's tunable inputs: numbers, bools and strings with options. */
    public static List<InputSpec> inputs(PineProgram program) {
        return program.inputs().stream().filter(i -> i.name() != null && tunable(i))
                .map(PineStrategyEvaluator::spec).toList();
    }

    private static boolean tunable(InputInfo i) {
        return switch (i.type()) {
            case "int", "float", "bool" -> true;
            case "string" -> !i.options().isEmpty();
            default -> false;
        };
    }

    private static InputSpec spec(InputInfo i) {
        return new InputSpec(i.name(), i.title(), i.type(), i.defaultValue(), orNull(i.minval()), orNull(i.maxval()),
                orNull(i.step()), i.options());
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
