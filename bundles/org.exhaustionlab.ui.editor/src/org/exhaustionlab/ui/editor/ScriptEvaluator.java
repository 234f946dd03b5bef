package org.exhaustionlab.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Metrics;
import org.exhaustionlab.backtest.PeriodReturn;
import org.exhaustionlab.backtest.pine.PineStrategyHost;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.optimize.DataWindow;
import org.exhaustionlab.optimize.Evaluation;
import org.exhaustionlab.optimize.Evaluator;
import org.exhaustionlab.optimize.InputSpec;
import org.exhaustionlab.pine.runtime.InputInfo;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;

/**
 * The optimiser's evaluator for the editor's Optimise command: one backtest of the compiled strategy per parameter
 * set on a window of the bars (the same measurements as the CLI's optimiser).
 */
final class ScriptEvaluator implements Evaluator {

    private final PineProgram program;
    private final BarSeries bars;

    ScriptEvaluator(PineProgram program, BarSeries bars) {
        this.program = program;
        this.bars = bars;
    }

    DataWindow fullWindow() {
        return new DataWindow(bars.firstTime(), bars.lastTime() + bars.timeframe().durationMs());
    }

    @Override
    public Evaluation evaluate(Map<String, Object> params, DataWindow window) {
        BarSeries slice = bars.sliceByTime(window.startMs(), window.endMs());
        if (slice.size() < 2) {
            return Evaluation.failed("no bars in " + window);
        }
        PineStrategyHost host = new PineStrategyHost(slice, Double.NaN);
        RunResult run = program.run(slice, RunOptions.defaults().withInputs(params).withStrategyHost(host));
        if (!run.ok()) {
            return Evaluation.failed(run.failure().toString());
        }
        return evaluation(host.result(), slice);
    }

    private static Evaluation evaluation(BacktestResult result, BarSeries bars) {
        Metrics m = result.metrics();
        Map<String, Double> metrics = new HashMap<>();
        metrics.put(org.exhaustionlab.optimize.Metrics.NET_PROFIT_PCT, m.all().netProfitPercent());
        metrics.put(org.exhaustionlab.optimize.Metrics.SHARPE, m.sharpeRatio());
        metrics.put(org.exhaustionlab.optimize.Metrics.SORTINO, m.sortinoRatio());
        metrics.put(org.exhaustionlab.optimize.Metrics.MAX_DRAWDOWN_PCT, Math.abs(m.maxDrawdownPercent()));
        metrics.put(org.exhaustionlab.optimize.Metrics.WIN_RATE_PCT, m.all().percentProfitable());
        metrics.put(org.exhaustionlab.optimize.Metrics.PROFIT_FACTOR, m.all().profitFactor());
        metrics.put(org.exhaustionlab.optimize.Metrics.TRADES, (double) m.all().totalClosedTrades());
        double days = Math.max(1e-9, (bars.lastTime() - bars.firstTime()) / 86_400_000d);
        metrics.put(org.exhaustionlab.optimize.Metrics.TRADES_PER_DAY, m.all().totalClosedTrades() / days);
        List<PeriodReturn> daily = m.dailyReturns();
        double[] returns = new double[daily.size()];
        long[] starts = new long[daily.size()];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = daily.get(i).returnRate();
            starts[i] = daily.get(i).start();
        }
        return new Evaluation(metrics, returns, starts, null);
    }

    /** The optimiser's view of the script's numeric, boolean and choice inputs. */
    static List<InputSpec> inputs(PineProgram program) {
        return program.inputs().stream().filter(i -> i.name() != null && optimisable(i))
                .map(ScriptEvaluator::spec).toList();
    }

    private static boolean optimisable(InputInfo i) {
        return switch (i.type()) {
            case "int", "float", "bool" -> true;
            case "string" -> !i.options().isEmpty();
            default -> false;
        };
    }

    private static InputSpec spec(InputInfo i) {
        return new InputSpec(i.name(), i.title(), i.type(), i.defaultValue(), nan(i.minval()), nan(i.maxval()),
                nan(i.step()), i.options());
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
