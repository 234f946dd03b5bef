package org.exhaustionlab.benchmarks;

import java.util.concurrent.TimeUnit;

import org.exhaustionlab.backtest.BacktestResult;
import org.exhaustionlab.backtest.Broker;
import org.exhaustionlab.backtest.CommissionType;
import org.exhaustionlab.backtest.Direction;
import org.exhaustionlab.backtest.QtyType;
import org.exhaustionlab.backtest.StrategyProperties;
import org.exhaustionlab.backtest.pine.PineStrategyHost;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.runtime.PineEngine;
import org.exhaustionlab.pine.runtime.PineProgram;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.RunResult;
import org.exhaustionlab.pine.runtime.bench.SqueezeBenchmark;
import org.exhaustionlab.pine.runtime.bench.SqueezeJava;
import org.exhaustionlab.pine.runtime.ta.Crossover;
import org.exhaustionlab.pine.runtime.ta.Crossunder;
import org.exhaustionlab.pine.runtime.ta.Sma;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Pine engine against hand-written Java on the same 200,000 demo bars, in the same JVM: LazyBear's Squeeze
 * Momentum (indicator) and an SMA-cross strategy with 10 % of equity and 0.05 % commission through the broker.
 * Scores are milliseconds per full pass; bars/s = 200,000 / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    static final int BARS = 200_000;
    static final String SMA_CROSS = "//@version=6\n"
            + "strategy(\"SMA cross\", initial_capital = 10000, default_qty_type = strategy.percent_of_equity, "
            + "default_qty_value = 10, commission_type = strategy.commission.percent, commission_value = 0.05)\n"
            + "fast = ta.sma(close, 10)\nslow = ta.sma(close, 30)\n"
            + "if ta.crossover(fast, slow)\n    strategy.entry(\"L\", strategy.long)\n"
            + "if ta.crossunder(fast, slow)\n    strategy.entry(\"S\", strategy.short)\n";

    BarSeries bars;
    PineProgram squeeze;
    PineProgram smaCross;

    @Setup
    public void setUp() {
        bars = SqueezeBenchmark.demoBars(BARS);
        squeeze = PineEngine.compile(SqueezeBenchmark.bundledScript(), "squeeze_momentum.pine");
        smaCross = PineEngine.compile(SMA_CROSS, "sma_cross.pine");
        if (squeeze.hasErrors() || smaCross.hasErrors()) {
            throw new IllegalStateException(squeeze.diagnostics() + " " + smaCross.diagnostics());
        }
    }

    @Benchmark
    public RunResult squeezeEngine() {
        return squeeze.run(bars, RunOptions.defaults());
    }

    @Benchmark
    public Object squeezeJava() {
        return SqueezeJava.run(bars, 20, 20, 1.5, true); // the script's defaults
    }

    @Benchmark
    public BacktestResult smaCrossEngine() {
        PineStrategyHost host = new PineStrategyHost(bars, Double.NaN);
        smaCross.run(bars, RunOptions.defaults().withStrategyHost(host));
        return host.result();
    }

    @Benchmark
    public BacktestResult smaCrossJava() {
        Broker broker = new Broker(StrategyProperties.builder().initialCapital(10_000)
                .defaultQty(QtyType.PERCENT_OF_EQUITY, 10).commission(CommissionType.PERCENT, 0.05).build(),
                bars.symbol());
        Sma fast = new Sma();
        Sma slow = new Sma();
        Crossover up = new Crossover();
        Crossunder down = new Crossunder();
        for (int i = 0; i < bars.size(); i++) {
            broker.beginBar(i, bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
            double f = fast.next(bars.close(i), 10);
            double s = slow.next(bars.close(i), 30);
            boolean crossUp = up.next(f, s);
            boolean crossDown = down.next(f, s);
            if (crossUp) {
                broker.entry("L", Direction.LONG);
            }
            if (crossDown) {
                broker.entry("S", Direction.SHORT);
            }
            broker.endBar();
        }
        return broker.result();
    }
}
