package org.exhaustionlab.pine.runtime.interp;

import java.util.ArrayList;
import java.util.List;
import org.exhaustionlab.market.BarSeries;
import org.exhaustionlab.pine.SourceRange;
import org.exhaustionlab.pine.runtime.RunOptions;
import org.exhaustionlab.pine.runtime.ScriptEvent;
import org.exhaustionlab.pine.runtime.strategy.StrategyHost;

/** Everything one run of a program shares: the bars, the current bar index, limits, outputs. One per run/thread. */
public final class RunContext {
    final BarSeries bars;
    final long[] time;
    final double[] open;
    /** Not final: calc_on_order_fills runs on private copies (see {@link #privatePrices}). */
    double[] high;
    double[] low;
    double[] close;
    final double[] volume;
    final int count;
    int bar;
    final RunOptions options;
    final long loopLimit;
    final long deadline;
    final long barBudgetNanos;
    long barStart;
    final double[][] plotValues;
    /** False: plots write into one scratch array that nobody reads (RunOptions.recordPlots). */
    final boolean recordPlots;
    private double[] scratchValues;
    private long[] scratchColors;
    final long[][] plotColors;
    final List<ScriptEvent> events = new ArrayList<>();
    final Object[] inputValues;
    final StrategyHost host;
    final double mintick;
    final String timezone;
    final int maxBarsBack;
    /** The script's global frame (also from a request.security context: inputs are read there). */
    Frame global;
    /** The frame of this context's top level: the global frame, or a request.security expression's frame. */
    Frame contextFrame;

    RunContext(BarSeries bars, RunOptions options, int plots, Object[] inputValues) {
        this.bars = bars;
        this.time = bars.times();
        this.open = bars.opens();
        this.high = bars.highs();
        this.low = bars.lows();
        this.close = bars.closes();
        this.volume = bars.volumes();
        this.count = bars.size();
        this.options = options;
        this.loopLimit = options.maxLoopIterations();
        long now = System.nanoTime();
        this.deadline = options.maxTotalNanos() <= 0 ? Long.MAX_VALUE : now + options.maxTotalNanos();
        this.barBudgetNanos = options.maxBarNanos() <= 0 ? Long.MAX_VALUE : options.maxBarNanos();
        this.plotValues = new double[plots][];
        this.recordPlots = options.recordPlots();
        this.plotColors = new long[plots][];
        this.inputValues = inputValues;
        this.host = options.strategyHost();
        double tick = options.mintick();
        this.mintick = Double.isNaN(tick) ? bars.symbol().tickSize() : tick;
        this.timezone = options.timezone() == null ? "Etc/UTC" : options.timezone();
        this.maxBarsBack = options.maxBarsBack();
    }

    /**
     * Gives this run its own copies of high/low/close, so a re-execution at a fill point can see the path's prices
     * on the current bar without touching the (shared, immutable) bar series.
     */
    void privatePrices() {
        high = high.clone();
        low = low.clone();
        close = close.clone();
    }

    /** Stops a script that exceeds its time budget (per bar or in total), naming the construct it was in. */
    void checkTime(SourceRange pos) {
        long now = System.nanoTime();
        if (now - barStart > barBudgetNanos) {
            throw new PineError("Script took longer than " + barBudgetNanos / 1_000_000 + " ms on bar " + bar, pos);
        }
        if (now > deadline) {
            throw new PineError("Script exceeded its total time limit", pos);
        }
    }

    double[] plot(int index) {
        if (!recordPlots) {
            if (scratchValues == null) {
                scratchValues = new double[count];
            }
            return scratchValues;
        }
        double[] v = plotValues[index];
        if (v == null) {
            v = new double[count];
            java.util.Arrays.fill(v, Double.NaN);
            plotValues[index] = v;
        }
        return v;
    }

    long[] plotColor(int index) {
        if (!recordPlots) {
            if (scratchColors == null) {
                scratchColors = new long[count];
            }
            return scratchColors;
        }
        long[] v = plotColors[index];
        if (v == null) {
            v = new long[count];
            java.util.Arrays.fill(v, Long.MIN_VALUE);
            plotColors[index] = v;
        }
        return v;
    }

    private Drawings.Registry drawings;
    /** max_lines_count, max_labels_count, ... of the declaration by drawing type (set before the first bar). */
    java.util.Map<String, Integer> drawingLimits = java.util.Map.of();

    /** Seed of math.random's run generator: fixed, so that runs (and backtests) of a script are reproducible. */
    static final long RANDOM_SEED = 0x5EED_2024L;
    private java.util.SplittableRandom random;

    /** The generator unseeded math.random calls draw from, one per run. */
    java.util.SplittableRandom random() {
        if (random == null) {
            random = org.exhaustionlab.pine.runtime.lib.PineRandom.runGenerator(RANDOM_SEED);
        }
        return random;
    }

    Drawings.Registry drawings() {
        if (drawings == null) {
            drawings = new Drawings.Registry(drawingLimits);
        }
        return drawings;
    }

    java.util.List<org.exhaustionlab.pine.runtime.DrawingObject> drawingSnapshots() {
        if (drawings == null) {
            return java.util.List.of();
        }
        return drawings.items.stream().map(Drawings.Item::snapshot).toList();
    }

    void event(String type, String message) {
        events.add(new ScriptEvent(bar, time[bar], type, message));
    }
}
